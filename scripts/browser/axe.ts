// axe-core (Deque's accessibility engine, from npm) run inside a page on the WCAG 2.1 A and
// AA rules. It is evaluated through the DevTools protocol, which a page's
// Content-Security-Policy does not govern, so pages that forbid every script are checked too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'puppeteer-core';

/** The rules of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  /** The rule, as axe names it: `color-contrast`, `scrollable-region-focusable`, … */
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  /** Where: a CSS selector per element, with what axe says is wrong there. */
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

let source: string | undefined;
const axeSource = (): string => (source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

export async function runAxe(page: Page, tags: readonly string[] = WCAG_21_AA): Promise<AxeViolation[]> {
  await page.evaluate(axeSource());
  const options: RunOptions = { runOnly: { type: 'tag', values: [...tags] }, resultTypes: ['violations'] };
  // Runs in the page (this file is compiled without the DOM's types).
  const run = (opts: unknown): Promise<unknown> => {
    const page = globalThis as unknown as { axe: { run(context: unknown, o: unknown): Promise<unknown> }; document: unknown };
    return page.axe.run(page.document, opts);
  };
  const results = (await page.evaluate(run, options)) as AxeResults;
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: node.target.map(String).join(' '), summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
  }));
}
