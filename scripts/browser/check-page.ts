// The check of one page at one viewport, as data: every problem a browser shows that the
// static tests of the HTML cannot see. A page passes when it has no problem of severity error.
import type { Browser } from 'puppeteer-core';
import { runAxe } from './axe.ts';
import { isUsableScrollingRegion, measureLayout } from './layout.ts';
import { openPage, type OpenedPage } from './open-page.ts';
import type { Viewport } from './viewports.ts';

export type PageProblemCode =
  | 'load-failed' // the page did not load (a missing file, a load that never ends)
  | 'console-message' // an error or warning in the console (a CSP violation is one), or an uncaught exception
  | 'request' // the page asked for something other than itself and data: URLs
  | 'accessibility' // an axe-core violation of WCAG 2.1 A/AA
  | 'wider-than-viewport' // the page scrolls sideways
  | 'scrolls-unlabelled' // a region scrolls sideways but a keyboard cannot reach it or it has no name
  | 'scrolls-sideways'; // a region scrolls sideways, reachable and named: reported, not a failure

export interface PageProblem {
  readonly code: PageProblemCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly file: string;
  readonly viewport: string;
  /** The axe rule, for `accessibility`. */
  readonly rule?: string;
}

export interface PageCheckOptions {
  /** Requests allowed besides the page itself and `data:` URLs. */
  readonly allowRequest?: (url: string) => boolean;
  /** Called with the opened page before it closes (screenshots, PDFs). */
  readonly also?: (opened: OpenedPage) => Promise<void>;
}

export async function checkPage(browser: Browser, file: string, viewport: Viewport, options: PageCheckOptions = {}): Promise<PageProblem[]> {
  const problems: PageProblem[] = [];
  const add = (code: PageProblemCode, message: string, extra: { severity?: 'error' | 'warning'; rule?: string } = {}): void => {
    problems.push({ code, severity: extra.severity ?? 'error', message, file, viewport: viewport.name, ...(extra.rule === undefined ? {} : { rule: extra.rule }) });
  };
  let opened: OpenedPage;
  try {
    opened = await openPage(browser, file, viewport);
  } catch (error) {
    add('load-failed', error instanceof Error ? error.message : String(error));
    return problems;
  }
  try {
    for (const entry of opened.console) {
      if (entry.type === 'error' || entry.type === 'warn' || entry.type === 'warning' || entry.type === 'assert' || entry.type === 'exception') {
        add('console-message', `console ${entry.type}: ${entry.text}`);
      }
    }
    for (const url of opened.requests) {
      if (url === opened.url || url.startsWith('data:') || options.allowRequest?.(url) === true) continue;
      add('request', `requested ${url}`);
    }
    for (const violation of await runAxe(opened.page)) {
      const where = violation.nodes.slice(0, 3).map((node) => `${node.target} (${node.summary})`).join('; ');
      const more = violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : '';
      add('accessibility', `${violation.id} (${violation.impact}): ${violation.help}: ${where}${more}`, { rule: violation.id });
    }
    const layout = await measureLayout(opened.page, viewport.width);
    if (layout.pageOverflow > 0) {
      const culprits = layout.wideElements.slice(0, 3).map((e) => `${e.selector} by ${e.overflow}px`).join('; ');
      add('wider-than-viewport', `the page is ${layout.pageOverflow}px wider than the ${layout.viewportWidth}px viewport${culprits ? `: ${culprits}` : ''}`);
    }
    for (const region of layout.scrollingRegions) {
      const what = `${region.table ? 'a table' : 'a region'} scrolls sideways by ${region.hidden}px at ${region.selector}`;
      if (isUsableScrollingRegion(region)) add('scrolls-sideways', `${what} (focusable, ${region.role} "${region.name}")`, { severity: 'warning' });
      else add('scrolls-unlabelled', `${what}, ${region.focusable ? '' : 'not focusable, '}${region.name === '' ? 'no name' : `role "${region.role}"`}: give it tabindex="0", role="region" and a label`);
    }
    await options.also?.(opened);
  } finally {
    await opened.close();
  }
  return problems;
}
