import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { message } from '../../grader/messages/message.ts';
import { messageRenderer } from '../../grader/report/render-message.ts';
import { compileTemplates, loadTemplates, renderStudentHtml, renderStudentMarkdown } from '../../grader/report/index.ts';
import { dieCorrect, studentResult } from './fixtures.ts';

const english = loadCatalogue('en').catalogue!;
const persian = loadCatalogue('fa').catalogue!;

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'grader-templates-'));
  await mkdir(join(folder, 'partials'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const result = studentResult({ exercises: [dieCorrect] });

describe('overrides', () => {
  it('replace one partial and keep every other default', async () => {
    await writeFile(join(folder, 'partials', 'exercise.md.hbs'), '### {{text title}}: {{status.symbol}} {{msg points}} ({{t "report.accepted"}} {{msg tolerance}})\n');
    const { templates, problems } = await loadTemplates(folder, english);
    expect(problems).toEqual([]);
    const markdown = renderStudentMarkdown(result, templates);
    expect(markdown.ok && markdown.text).toContain('\n### Probability of rolling a 3: ✓ 2 / 2 points (Accepted when correct to 3 significant figures)\n');
    expect(markdown.ok && markdown.text).toMatch(/^# Sara Ahmadi\n/);
    const html = renderStudentHtml(result, templates);
    expect(html.ok && html.text).toContain('<h2 id="title-die-probability">Probability of rolling a 3</h2>');
    // The same override in another language: its helpers say it in that language.
    const inPersian = renderStudentMarkdown(result, (await loadTemplates(folder, persian)).templates);
    const fa = messageRenderer(persian, 'md');
    const said = `${fa.render(message('report.points', { score: 2, max: 2 }))} (${fa.render(message('report.accepted'))} ${fa.render(dieCorrect.tolerance!)})`;
    expect(said).toMatch(/^۲ /);
    expect(inPersian.ok && inPersian.text).toContain(`\n### Probability of rolling a 3: ✓ ${said}\n`);
  });

  it('may add partials of their own for their templates', async () => {
    await writeFile(join(folder, 'partials', 'signature.md.hbs'), '— the course team');
    await writeFile(join(folder, 'student.md.hbs'), 'Hello {{md student.name}}.\n{{> signature}}\n');
    const { templates, problems } = await loadTemplates(folder, english);
    expect(problems).toEqual([]);
    expect(renderStudentMarkdown(result, templates)).toEqual({ ok: true, text: 'Hello Sara Ahmadi.\n— the course team\n' });
  });

  it('warn about files that are no template, and ignore them', async () => {
    await writeFile(join(folder, 'studnet.html.hbs'), '{{student.name}}');
    const { problems } = await loadTemplates(folder, english);
    expect(problems).toMatchObject([{ code: 'unknown-template', severity: 'warning', file: join(folder, 'studnet.html.hbs') }]);
  });
});

describe('broken overrides are problems naming the file and line', () => {
  it.each([
    ['a block never closed', 'partials/exercise.html.hbs', '<section>\n{{#if answer}}\n<p>{{answer}}</p>\n', 'template-syntax', 4],
    ['a mismatched block', 'student.md.hbs', '# {{md student.name}}\n{{#if late}}\n{{/each}}\n', 'template-syntax', 2],
    ['an unknown helper', 'student.html.hbs', '<html>\n<body>\n  {{shout student.name}}\n</body>\n', 'template-compile', 3],
    ['a missing partial', 'summary.html.hbs', '<main>\n\n{{> chart}}\n</main>\n', 'template-missing-partial', 3],
  ])('%s', async (_what, name, source, code, line) => {
    await writeFile(join(folder, name), source);
    const { templates, problems } = await loadTemplates(folder, english);
    expect(problems[0]).toMatchObject({ code, severity: 'error', file: join(folder, name), line });
    // A default template that uses a broken partial cannot be used either, and says so.
    for (const other of problems.slice(1)) expect(other).toMatchObject({ code: 'template-missing-partial', line: expect.any(Number) });
    // The other templates still work.
    const other = name.endsWith('.md.hbs') ? renderStudentHtml(result, templates) : renderStudentMarkdown(result, templates);
    expect(other.ok).toBe(true);
  });

  it('a template that fails while rendering is a problem too, not a crash', async () => {
    await writeFile(join(folder, 'student.md.hbs'), '# {{md student.name}}\n{{#each}}x{{/each}}\n');
    const { templates, problems } = await loadTemplates(folder, english);
    expect(problems).toEqual([]);
    expect(renderStudentMarkdown(result, templates)).toMatchObject({
      ok: false,
      problem: { code: 'template-render', file: join(folder, 'student.md.hbs'), message: 'Must pass iterator to #each' },
    });
  });

  it('a template whose partial is broken is reported, and the partial too', () => {
    const { templates, problems } = compileTemplates([
      { name: 'student.md.hbs', path: 'student.md.hbs', source: 'x {{> a}}' },
      { name: 'partials/a.md.hbs', path: 'partials/a.md.hbs', source: '{{> b}}' },
      { name: 'partials/b.md.hbs', path: 'partials/b.md.hbs', source: '{{#if}}' },
    ], english);
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      ['partials/b.md.hbs', 'template-syntax'],
      ['partials/a.md.hbs', 'template-missing-partial'],
      ['student.md.hbs', 'template-missing-partial'],
    ]);
    expect(templates.has('student.md')).toBe(false);
  });
});

describe('the Handlebars environment', () => {
  it('does not reach prototypes, and data is never compiled as a template', () => {
    const { templates } = compileTemplates([
      { name: 'student.html.hbs', path: 'student.html.hbs', source: '[{{constructor}}][{{student.name.constructor}}][{{student.name}}][{{__proto__}}]' },
    ], english);
    expect(templates.render('student.html', { student: { name: '{{constructor.constructor}}' } })).toEqual({
      ok: true,
      text: '[][][{{constructor.constructor}}][]',
    });
  });

  it('is isolated: helpers registered here are not on the global Handlebars', async () => {
    const Handlebars = (await import('handlebars')).default;
    compileTemplates([], english);
    expect(Object.keys(Handlebars.helpers)).not.toContain('md');
  });
});
