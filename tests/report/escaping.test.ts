// Issue 5, item 8: untrusted text never becomes live markup, in HTML or in Markdown.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { createSummaryBuilder, loadTemplates, renderStudentHtml, renderStudentMarkdown, renderSummaryHtml } from '../../grader/report/index.ts';
import type { ReportTemplates } from '../../grader/report/index.ts';
import { hostileResult, studentResult } from './fixtures.ts';
import { externalReferences, liveMarkupFromData, markdownOutsideCode, nestingErrors } from './html-checks.ts';

let templates: ReportTemplates;
let persianTemplates: ReportTemplates;
beforeAll(async () => {
  const loaded = await loadTemplates(undefined, loadCatalogue('en').catalogue!);
  expect(loaded.problems).toEqual([]);
  templates = loaded.templates;
  persianTemplates = (await loadTemplates(undefined, loadCatalogue('fa').catalogue!)).templates;
});

const text = (outcome: { ok: true; text: string } | { ok: false }): string => {
  if (!outcome.ok) throw new Error('render failed');
  return outcome.text;
};

describe('a student named <script>alert(1)</script> answering {{constructor}} whose code prints <img onerror>', () => {
  it.each(['en', 'fa'] as const)('HTML (%s): no script, no img, no event handler is live, and the text is still shown', (lang) => {
    const html = text(renderStudentHtml(hostileResult(), lang === 'en' ? templates : persianTemplates));
    expect(liveMarkupFromData(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    // Data is never a template: `{{constructor}}` stays literal text.
    expect(html).toContain('<code dir="ltr">{{constructor}}</code>');
    expect(html).not.toMatch(/function Object\(\)|\[native code\]/);
  });

  it.each(['en', 'fa'] as const)('Markdown (%s): outside code blocks and spans nothing is HTML, a link or emphasis', (lang) => {
    const markdown = text(renderStudentMarkdown(hostileResult(), lang === 'en' ? templates : persianTemplates));
    const prose = markdownOutsideCode(markdown);
    expect(prose).not.toMatch(/<[a-z!/]/i);
    expect(prose).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(prose).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(prose).toContain('\\[click\\](javascript:alert(1)) \\| \\*bold\\*');
    // The console output is shown verbatim, inside a fence it cannot close.
    expect(markdown).toContain('```text\n<img src=x onerror=alert(1)>\n```');
    expect(markdown).toContain('`{{constructor}}`');
  });

  it('the class summary escapes the name too and links only to relative report files', () => {
    const builder = createSummaryBuilder();
    builder.add(hostileResult());
    builder.add(studentResult());
    const html = text(renderSummaryHtml(builder.finish(), templates));
    expect(liveMarkupFromData(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<a href="reports/evil-1.html" dir="ltr">evil-1</a>');
  });
});

describe('self-contained pages', () => {
  it.each([
    ['student HTML', () => text(renderStudentHtml(studentResult(), templates))],
    ['hostile student HTML', () => text(renderStudentHtml(hostileResult(), templates))],
    [
      'summary HTML',
      () => {
        const builder = createSummaryBuilder();
        builder.add(studentResult());
        return text(renderSummaryHtml(builder.finish(), templates));
      },
    ],
  ])('%s is well nested and has no external references, scripts, @import or url()', (_name, render) => {
    const html = render();
    expect(nestingErrors(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).toMatch(/<meta name="viewport"/);
    expect(html).toMatch(/@media print/);
  });

  it('the checks themselves catch what they look for', () => {
    const bad = '<img src="https://x.example/a.png"><a href="//x.example">x</a><style>@import "a.css"; p { background: url(b.png) }</style><script src="c.js"></script><p onclick="x()">';
    expect(externalReferences(bad)).toEqual([
      'img[src=https://x.example/a.png]',
      'a[href=//x.example]',
      '<script>',
      '@import',
      'url(b.png)',
    ]);
    expect(liveMarkupFromData(bad)).toEqual(['<img>', '<script>', 'p[onclick]']);
    expect(nestingErrors('<main><p><td></p></main><div>')).toEqual(['</p> while <td> is open', '</main> while <td> is open', '<main> never closed', '<p> never closed', '<td> never closed', '<div> never closed']);
  });
});
