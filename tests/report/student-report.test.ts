import { beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../grader/result/types.ts';
import type { ExerciseResult, StudentResult } from '../../grader/result/types.ts';
import { gradescopeResults, loadTemplates, renderStudentHtml, renderStudentMarkdown } from '../../grader/report/index.ts';
import type { ReportTemplates } from '../../grader/report/index.ts';
import { STATUS_DISPLAY } from '../../grader/report/status.ts';
import { dieCorrect, reluCode, softmaxPartial, studentResult } from './fixtures.ts';

let templates: ReportTemplates;
beforeAll(async () => {
  templates = (await loadTemplates()).templates;
});

function render(result: StudentResult): { html: string; markdown: string; gradescope: string } {
  const html = renderStudentHtml(result, templates);
  const markdown = renderStudentMarkdown(result, templates);
  if (!html.ok || !markdown.ok) throw new Error('render failed');
  return { html: html.text, markdown: markdown.text, gradescope: JSON.stringify(gradescopeResults(result)) };
}

describe('hidden cases', () => {
  // A result that breaks the model's promise and carries details of its hidden cases anyway.
  const leaky: ExerciseResult = {
    ...reluCode,
    cases: [
      { visibility: 'visible', status: 'pass', args: { x: 2 }, expected: 1, received: '1' },
      { visibility: 'hidden', status: 'fail', args: { x: 424242 }, expected: 737373, received: 'HIDDEN-RECEIVED', message: 'HIDDEN-MESSAGE' },
      { visibility: 'random', status: 'fail', args: { x: 515151 }, expected: 626262, received: 'RANDOM-RECEIVED', message: 'RANDOM-MESSAGE' },
    ],
  };
  it.each(['html', 'markdown', 'gradescope'] as const)('never appear in the %s output, only as a count', (format) => {
    const text = render(studentResult({ exercises: [leaky] }))[format];
    for (const secret of ['424242', '737373', 'HIDDEN-RECEIVED', 'HIDDEN-MESSAGE', '515151', '626262', 'RANDOM-RECEIVED', 'RANDOM-MESSAGE']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('Hidden tests: 2 of 3 passed.');
  });

  it('are counted from the cases when the result has no count', () => {
    const { markdown } = render(studentResult({ exercises: [{ ...leaky, hidden: undefined }] }));
    expect(markdown).toContain('Hidden tests: 0 of 2 passed.');
  });

  it('numbers the visible cases 1, 2, … whatever hidden cases come between them', () => {
    const exercise: ExerciseResult = {
      ...reluCode,
      cases: [
        { visibility: 'hidden', status: 'pass' },
        { visibility: 'visible', status: 'fail', args: { x: -3 }, expected: 0, received: '0.01' },
      ],
    };
    const { markdown, gradescope } = render(studentResult({ exercises: [exercise] }));
    expect(markdown).toContain('| 1 | x = -3 | 0 | 0.01 | ✗ Failed |');
    expect(gradescope).toContain('Test 1 (x = -3), expected 0, returned 0.01: Failed');
  });
});

describe('expected values', () => {
  it('are shown when the result reveals them', () => {
    const { html, markdown } = render(studentResult({ exercises: [softmaxPartial] }));
    expect(markdown).toContain('- Expected: `[0.659, 0.2424, 0.09857]`');
    expect(markdown).toContain('| 1 | 0.66 | 0.659 | ✓ Passed |');
    expect(html).toContain('<dt>Expected</dt><dd><code>[0.659, 0.2424, 0.09857]</code></dd>');
  });

  it('stay hidden when the course does not reveal them', () => {
    const unrevealed: ExerciseResult = {
      ...softmaxPartial,
      expected: undefined,
      elements: softmaxPartial.elements!.map(({ expected: _, ...element }) => element),
    };
    const relu: ExerciseResult = { ...reluCode, cases: reluCode.cases!.map(({ expected: _, ...c }) => c) };
    for (const text of Object.values(render(studentResult({ exercises: [unrevealed, relu] })))) {
      expect(text).not.toMatch(/0\.659|0\.2424|0\.09857/);
      expect(text).not.toMatch(/Expected/);
    }
  });
});

describe('statuses', () => {
  it.each(STATUSES)('%s is shown by its label and symbol, with an icon in HTML', (status) => {
    const { html, markdown, gradescope } = render(studentResult({ exercises: [{ ...dieCorrect, status }] }));
    const { label, symbol } = STATUS_DISPLAY[status];
    expect(markdown).toContain(`**${symbol} ${label}**`);
    expect(html).toMatch(new RegExp(`<p class="verdict tone-\\w+"><svg class="icon[^"]*"[^>]*aria-hidden="true"[^>]*>.*?</svg> ${label} ·`));
    expect(gradescope).toContain(`${symbol} ${label}`);
  });

  it('defines each icon shape once per page, and every icon draws one that is defined', () => {
    const { html } = render(studentResult({ exercises: STATUSES.map((status) => ({ ...dieCorrect, id: `ex-${status}`, status })) }));
    const defined = [...html.matchAll(/<symbol id="(icon-[a-z]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    const used = [...html.matchAll(/<use href="#(icon-[a-z]+)"\/>/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThanOrEqual(2 * STATUSES.length);
    for (const id of used) expect(defined).toContain(id);
    expect(html.match(/<path /g)?.length).toBe(html.match(/<symbol [^>]*>[^]*?<\/symbol>/g)!.join('').match(/<path /g)?.length);
  });

  it('gives every status its own label, symbol and icon', () => {
    const displays = Object.values(STATUS_DISPLAY);
    for (const key of ['label', 'symbol', 'shape'] as const) expect(new Set(displays.map((d) => d[key])).size).toBe(STATUSES.length);
  });
});

describe('prompts', () => {
  it('shows the Persian prompt right to left, escaped', () => {
    const { html, markdown } = render(studentResult({ exercises: [{ ...softmaxPartial, prompt_fa: 'احتمال <b>هر</b> کلاس' }] }));
    expect(html).toContain('<div class="prompt" lang="fa" dir="rtl">\n<p>احتمال <span dir="ltr">&lt;b&gt;</span>هر<span dir="ltr">&lt;/b&gt;</span> کلاس</p>');
    expect(markdown).toContain('احتمال &lt;b&gt;هر&lt;/b&gt; کلاس');
  });

  it('keeps the math of the Persian prompt left to right', () => {
    const { html } = render(studentResult({ exercises: [{ ...softmaxPartial, prompt_fa: 'لاجیت‌های z = [2, 1, 0.1] را می‌دهد، مانند `[0.5, 0.3, 0.2]`.' }] }));
    expect(html).toContain('<p>لاجیت‌های <span dir="ltr">z &#x3D; [2, 1, 0.1]</span> را می‌دهد، مانند <code dir="ltr">[0.5, 0.3, 0.2]</code>.</p>');
  });

  it('keeps paragraphs, line breaks and inline code of the instructor\'s prompt', () => {
    const { html } = render(studentResult({ exercises: [{ ...dieCorrect, prompt: 'Roll a die.\nOnce.\n\nGive `P(3)` as **a fraction**.' }] }));
    expect(html).toContain('<p>Roll a die.<br>\nOnce.</p>\n<p>Give <code>P(3)</code> as <strong>a fraction</strong>.</p>');
  });
});

describe('late submissions', () => {
  it('say how late, the penalty and the score before it', () => {
    const late = [{ assignment: { id: 'week-1', title: 'Week 1' }, submittedAt: '2026-10-07T10:00:00+03:30', due: '2026-10-05T23:59:00+03:30', daysLate: 2, penaltyPercent: 20, scoreBeforePenalty: 2 }];
    const { markdown } = render(studentResult({ exercises: [dieCorrect], score: 1.6, late }));
    expect(markdown).toContain('**Score: 1.6 / 2 points (80%)**');
    expect(markdown).toContain('◷ Week 1: handed in Wednesday 7 October 2026, 10:00, 1 day 10 hours 1 minute late (due Monday 5 October 2026, 23:59; times in UTC+03:30) — each started day counts as a day, so 2 days late: 20% off (score before the penalty: 2).');
  });
});

describe('snapshots', () => {
  const small = studentResult({ id: 's042', name: 'Neda Karimi', exercises: [dieCorrect] });

  it('Markdown report', () => {
    expect(render(small).markdown).toMatchSnapshot();
  });

  it('HTML report body', () => {
    const { html } = render(small);
    expect(html.slice(html.indexOf('<main>'), html.indexOf('</main>') + 7)).toMatchSnapshot();
  });
});
