// The browser harness on pages made to fail one way each: every problem the check reports is
// shown to be found (a check that cannot fail proves nothing), and a page without them passes.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, type Chromium, DESKTOP, launchChromium, openPage, PHONE } from '../../scripts/browser/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-check-page-'));
let chromium: Chromium;
beforeAll(async () => {
  chromium = await launchChromium(); // no Chromium: this fails, it does not skip
});
afterAll(async () => {
  await chromium?.close();
  rmSync(dir, { recursive: true, force: true });
});

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
function page(name: string, body: string, head = CSP): string {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<title>${name}</title></head><body><main>${body}</main></body></html>`);
  return file;
}
const wideTable = (wrapper: string): string =>
  `<div class="wrap" ${wrapper} style="overflow-x:auto"><table><tr>${Array.from({ length: 12 }, (_, i) => `<td style="white-space:nowrap">column number ${i}</td>`).join('')}</tr></table></div>`;

describe('checkPage', () => {
  it('passes a page that fits, loads nothing and breaks no rule', async () => {
    const file = page('clean', '<h1>Fine</h1><p>Nothing to see.</p><table><tr><th>a</th><td>1</td></tr></table>');
    for (const viewport of [PHONE, DESKTOP]) expect(await checkPage(chromium.browser, file, viewport)).toEqual([]);
  });

  it('reports an accessibility violation by its axe rule', async () => {
    const file = page('low-contrast', '<h1>Title</h1><p style="color:#bbb">grey on white</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
    const problems = await checkPage(chromium.browser, file, DESKTOP);
    expect(problems.filter((p) => p.code === 'accessibility').map((p) => p.rule).sort()).toEqual(['color-contrast', 'image-alt']);
  });

  it('reports console errors, exceptions and requests', async () => {
    const file = page('noisy', '<h1>Noisy</h1><img alt="remote" src="https://example.invalid/x.png"><script>console.error("broken"); throw new Error("thrown")</script>', '');
    const problems = await checkPage(chromium.browser, file, DESKTOP);
    expect(problems.filter((p) => p.code === 'request').map((p) => p.message)).toEqual(['requested https://example.invalid/x.png']);
    const console = problems.filter((p) => p.code === 'console-message').map((p) => p.message);
    expect(console).toContain('console error: broken');
    expect(console.some((m) => m.startsWith('console exception:') && m.includes('thrown'))).toBe(true);
  });

  it('reports what the Content-Security-Policy blocks', async () => {
    const file = page('blocked', '<h1>Blocked</h1><script>document.title = "ran"</script>');
    const problems = await checkPage(chromium.browser, file, DESKTOP);
    expect(problems.map((p) => p.code)).toContain('console-message');
    expect(problems.find((p) => p.code === 'console-message')?.message).toMatch(/Content Security Policy/);
  });

  it('reports a page wider than a phone, naming what sticks out', async () => {
    const file = page('wide', '<h1>Wide</h1><p style="width:600px">a fixed-width paragraph</p>');
    const problems = await checkPage(chromium.browser, file, PHONE);
    expect(problems).toEqual([expect.objectContaining({ code: 'wider-than-viewport', severity: 'error', viewport: 'phone' })]);
    expect(problems[0]!.message).toMatch(/^the page is \d+px wider than the 390px viewport: body > main:nth-child\(1\) > p:nth-child\(2\) by \d+px$/);
    expect(await checkPage(chromium.browser, file, DESKTOP)).toEqual([]);
  });

  it('fails a table that scrolls sideways unless a keyboard can reach it and it has a name', async () => {
    const bare = await checkPage(chromium.browser, page('bare-scroll', `<h1>T</h1>${wideTable('')}`), PHONE);
    expect(bare.map((p) => p.code)).toEqual(expect.arrayContaining(['scrolls-unlabelled']));
    expect(bare.find((p) => p.code === 'scrolls-unlabelled')!.message).toMatch(/^a table scrolls sideways by \d+px at .*div\.wrap.*, not focusable, no name/);

    const unnamed = await checkPage(chromium.browser, page('unnamed-scroll', `<h1>T</h1>${wideTable('tabindex="0"')}`), PHONE);
    expect(unnamed.map((p) => p.code)).toContain('scrolls-unlabelled');

    const named = await checkPage(chromium.browser, page('named-scroll', `<h2 id="t">Scores</h2>${wideTable('tabindex="0" role="region" aria-labelledby="t"')}`), PHONE);
    expect(named).toEqual([expect.objectContaining({ code: 'scrolls-sideways', severity: 'warning' })]);
    expect(named[0]!.message).toMatch(/\(focusable, region "Scores"\)$/);
  });
  it('reports a page that does not load, and goes on', async () => {
    const problems = await checkPage(chromium.browser, join(dir, 'no-such-page.html'), DESKTOP);
    expect(problems).toEqual([expect.objectContaining({ code: 'load-failed', severity: 'error', file: join(dir, 'no-such-page.html') })]);
    expect(problems[0]!.message).toContain('ERR_FILE_NOT_FOUND');
  });
});

describe('openPage', () => {
  it('records every request a page makes, the page first, and what it printed', async () => {
    const file = page('requests', '<h1>R</h1><script>console.log("hello"); fetch("data:text/plain,hi")</script>', '');
    const opened = await openPage(chromium.browser, file, DESKTOP);
    try {
      expect(opened.requests[0]).toBe(opened.url);
      expect(opened.url).toMatch(/^file:\/\/.*requests\.html$/);
      expect(opened.console).toContainEqual({ type: 'log', text: 'hello' });
    } finally {
      await opened.close();
    }
  });
});

describe('launchChromium', () => {
  it('removes its profile folder when it closes', async () => {
    const own = await launchChromium();
    expect(existsSync(own.profile)).toBe(true);
    const opened = await openPage(own.browser, page('profile', '<h1>P</h1>'), PHONE);
    await opened.close();
    await own.close();
    expect(existsSync(own.profile)).toBe(false);
  });
});
