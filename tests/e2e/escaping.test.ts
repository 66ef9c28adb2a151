// Issue 5, item 8, through the whole CLI: a student named <script>alert(1)</script> on the
// roster, whose answer is {{constructor}} and whose code prints <img src=x onerror=alert(1)>.
// No page may carry live markup, the Markdown must be neutralised, and no gradebook cell may
// run as a spreadsheet formula. Every page written is also checked to be self-contained.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../grader/batch/csv.ts';
import { externalReferences, liveMarkupFromData, markdownOutsideCode, nestingErrors, tagsIn } from '../report/html-checks.ts';
import { HOSTILE, writeClass, writeCourse } from './fixture.ts';
import { gradeInProcess, readTree } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-e2e-escaping-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let tree: Record<string, string>;
beforeAll(async () => {
  writeCourse(dir);
  writeClass(dir);
  for (const format of ['plain', 'canvas', 'moodle']) {
    const run = await gradeInProcess(dir, ['submissions', '--roster', 'roster.csv', '--out', 'out', '--format', format]);
    expect(run.code).toBe(0);
  }
  tree = readTree(join(dir, 'out'));
});

const page = (path: string): string => tree[path] ?? '';

describe('a hostile student through grader grade', () => {
  it.each(['reports/x.hostile.html', 'summary.html'])('%s: the name and what the code printed are text, never markup', (path) => {
    const html = page(path);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(liveMarkupFromData(html)).toEqual([]);
    expect(tagsIn(html).map((t) => t.name)).not.toContain('script');
    expect(tagsIn(html).map((t) => t.name)).not.toContain('img');
    expect(tagsIn(html).flatMap((t) => t.attributes.map((a) => a.name))).not.toContain('onerror');
    expect(html).not.toMatch(/<script|<img|onerror\s*=/i);
  });

  it('the report shows the console output escaped, and {{constructor}} as the literal answer', () => {
    const html = page('reports/x.hostile.html');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('<dt>Your answer</dt><dd><code dir="ltr">{{constructor}}</code></dd>');
    expect(html).not.toMatch(/function Object\(\)|\[native code\]/);
  });

  it('Markdown: outside code nothing is HTML or a link, and the console output is fenced', () => {
    const markdown = page('reports/x.hostile.md');
    const prose = markdownOutsideCode(markdown);
    expect(prose).not.toMatch(/<[a-z!/]/i);
    expect(prose).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(prose).toContain('# &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toMatch(/```text\n<img src=x onerror=alert\(1\)>\n/);
    expect(markdown).toContain('`{{constructor}}`');
    expect(markdown).not.toMatch(/function Object\(\)|\[native code\]/);
  });

  it.each(['gradebook.csv', 'gradebook-canvas.csv', 'gradebook-moodle.csv'])('%s: no cell starts a formula, and the text is kept', (file) => {
    const parsed = parseCsv(page(file));
    if (!parsed.ok) throw new Error(`${file} is not CSV: ${parsed.message}`);
    const cells = parsed.rows.flatMap((row) => row.cells);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(HOSTILE.name);
    if (file !== 'gradebook-canvas.csv') expect(cells).toContain(`'${HOSTILE.email}`);
    if (file !== 'gradebook-moodle.csv') expect(cells).toContain(`'${HOSTILE.section}`);
  });
});

describe('every page grader grade writes', () => {
  it('is self-contained, well nested, behind a Content-Security-Policy, with no live markup from data', () => {
    const pages = Object.keys(tree).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBe(1 + 7);
    for (const path of pages) {
      const html = page(path);
      expect(nestingErrors(html), path).toEqual([]);
      expect(externalReferences(html), path).toEqual([]);
      expect(liveMarkupFromData(html), path).toEqual([]);
      expect(html, path).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
      expect(html, path).toMatch(/<meta name="viewport" content="width=device-width/);
    }
  });
});
