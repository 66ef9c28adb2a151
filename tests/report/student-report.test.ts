import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../grader/messages/catalogue.ts';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { message } from '../../grader/messages/message.ts';
import { STATUSES } from '../../grader/result/types.ts';
import type { ExerciseResult, LateResult, StudentResult } from '../../grader/result/types.ts';
import { gradescopeResults, loadTemplates, renderStudentHtml, renderStudentMarkdown } from '../../grader/report/index.ts';
import type { ReportTemplates } from '../../grader/report/index.ts';
import { messageRenderer } from '../../grader/report/render-message.ts';
import { STATUS_DISPLAY } from '../../grader/report/status.ts';
import { en } from '../messages/english.ts';
import { bceLog10, dieCorrect, reluCode, softmaxPartial, studentResult } from './fixtures.ts';

const english: Catalogue = loadCatalogue('en').catalogue!;
const persian: Catalogue = loadCatalogue('fa').catalogue!;
const templates: Record<'en' | 'fa', ReportTemplates> = {} as Record<'en' | 'fa', ReportTemplates>;
beforeAll(async () => {
  templates.en = (await loadTemplates(undefined, english)).templates;
  templates.fa = (await loadTemplates(undefined, persian)).templates;
});

function render(result: StudentResult, lang: 'en' | 'fa' = 'en'): { html: string; markdown: string; gradescope: string } {
  const html = renderStudentHtml(result, templates[lang]);
  const markdown = renderStudentMarkdown(result, templates[lang]);
  if (!html.ok || !markdown.ok) throw new Error('render failed');
  return { html: html.text, markdown: markdown.text, gradescope: JSON.stringify(gradescopeResults(result, templates[lang].catalogue)) };
}

describe('hidden cases', () => {
  // A result that breaks the model's promise and carries details of its hidden cases anyway.
  const leaky: ExerciseResult = {
    ...reluCode,
    cases: [
      { visibility: 'visible', status: 'pass', args: { x: 2 }, expected: 1, received: '1' },
      { visibility: 'hidden', status: 'fail', args: { x: 424242 }, expected: 737373, received: 'HIDDEN-RECEIVED', message: message('case.threw', { error: 'HIDDEN-MESSAGE' }) },
      { visibility: 'random', status: 'fail', args: { x: 515151 }, expected: 626262, received: 'RANDOM-RECEIVED', message: message('case.threw', { error: 'RANDOM-MESSAGE' }) },
    ],
  };
  it.each(['html', 'markdown', 'gradescope'] as const)('never appear in the %s output, only as a count', (format) => {
    const text = render(studentResult({ exercises: [leaky] }))[format];
    for (const secret of ['424242', '737373', 'HIDDEN-RECEIVED', 'HIDDEN-MESSAGE', '515151', '626262', 'RANDOM-RECEIVED', 'RANDOM-MESSAGE']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('Hidden tests: 2 of 3 passed.');
  });

  it.each(['html', 'markdown', 'gradescope'] as const)('never appear in the %s output of a Persian report either', (format) => {
    const text = render(studentResult({ exercises: [leaky] }), 'fa')[format];
    for (const secret of ['424242', '737373', 'HIDDEN-RECEIVED', 'HIDDEN-MESSAGE', '515151', '626262', 'RANDOM-RECEIVED', 'RANDOM-MESSAGE']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain(messageRenderer(persian, 'text').render(message('report.hidden-passed', { passed: 2, total: 3 })));
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
    expect(gradescope).toContain('#1 (x = -3); Failed; Your function returned: 0.01; Expected: 0');
  });
});

describe('expected values', () => {
  it('are shown when the result reveals them: once, in the table of entries when there is one', () => {
    const { html, markdown } = render(studentResult({ exercises: [softmaxPartial, bceLog10] }));
    expect(markdown).toContain('| 1 | 0.66 | 0.659 | ✓ Right |');
    expect(markdown).toContain('| 3 | 0.2 | 0.09857 | ✗ Wrong |');
    // Left to right inside its cell, which stays in the page's direction (a card on a phone keeps its labels on the reading side).
    expect(html).toContain('<td class="number" role="cell" data-label="Expected" title="0.6590011388859679"><div class="cell"><span dir="ltr">0.659</span></div></td>');
    // Not again above the table…
    expect(markdown).not.toContain('`[0.659, 0.2424, 0.09857]`');
    expect(html).not.toContain('[0.659, 0.2424, 0.09857]');
    // …and as a fact where there is no table.
    expect(markdown).toContain('- Expected: `0.2231`');
    expect(html).toContain('<dt>Expected</dt><dd><code dir="ltr">0.2231</code></dd>');
  });

  it('are not repeated beside an answer that is right', () => {
    for (const text of Object.values(render(studentResult({ exercises: [dieCorrect] })))) {
      expect(text).not.toMatch(/0\.1667|Expected/);
    }
  });

  it('stay hidden when the course does not reveal them', () => {
    const unrevealed: ExerciseResult = {
      ...softmaxPartial,
      expected: undefined,
      elements: softmaxPartial.elements!.map(({ expected: _, ...element }) => element),
    };
    const relu: ExerciseResult = { ...reluCode, cases: reluCode.cases!.map(({ expected: _, ...c }) => c) };
    const bce: ExerciseResult = { ...bceLog10, expected: undefined };
    for (const text of Object.values(render(studentResult({ exercises: [unrevealed, relu, bce] })))) {
      expect(text).not.toMatch(/0\.659|0\.2424|0\.09857|0\.2231/);
      expect(text).not.toMatch(/Expected/);
    }
  });
});

describe('statuses', () => {
  it.each(STATUSES)('%s is shown by its label and symbol, with an icon in HTML', (status) => {
    // With an exercise of another status beside it: a report whose every exercise is missing says "nothing handed in" instead.
    const other: ExerciseResult = status === 'correct' ? bceLog10 : dieCorrect;
    const { html, markdown, gradescope } = render(studentResult({ exercises: [{ ...dieCorrect, id: 'shown', status }, other] }));
    const { symbol } = STATUS_DISPLAY[status];
    const label = en(message(`status.${status}`));
    expect(label).not.toBe('');
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
    for (const key of ['symbol', 'shape'] as const) expect(new Set(displays.map((d) => d[key])).size).toBe(STATUSES.length);
    for (const catalogue of [english, persian]) {
      const labels = STATUSES.map((status) => catalogue.templates.get(`status.${status}`));
      expect(new Set(labels).size).toBe(STATUSES.length);
    }
  });
});

describe('work on these first', () => {
  it('lists the exercises that lost points, most first, each with what went wrong in one line', () => {
    const { markdown } = render(studentResult());
    const section = markdown.slice(markdown.indexOf('## Work on these first'), markdown.indexOf('## Softmax'));
    expect(section.trim().split('\n').slice(2)).toEqual([
      '1. **Binary cross-entropy of one prediction** (✗ Incorrect · 3 points lost): Likely mistake: Common logarithm instead of natural logarithm',
      '1. **ReLU derivative in code** (◐ Partly correct · 2 points lost): Passed 3 of 6 tests.',
      '1. **Softmax of three logits** (◐ Partly correct · 1.33 points lost): 2 of 3 entries are right; entry 3 is not.',
    ]);
  });

  it('names a recognised mistake there, and says what to do about it once, below the exercise, not again as feedback', () => {
    const { markdown, html } = render(studentResult({ exercises: [bceLog10] }));
    const advice = en(bceLog10.misconception!.feedback);
    expect(markdown).toContain('(✗ Incorrect · 3 points lost): Likely mistake: Common logarithm instead of natural logarithm');
    expect(markdown).toContain(`> **Common logarithm instead of natural logarithm**  \n> ${advice}`);
    expect(markdown.split(advice)).toHaveLength(2);
    expect(html.split(advice)).toHaveLength(2);
  });

  it('is left out when nothing lost points', () => {
    const { markdown, html } = render(studentResult({ exercises: [dieCorrect] }));
    expect(markdown).not.toContain('Work on these first');
    expect(html).not.toContain('Work on these first');
  });
});

describe('nothing handed in', () => {
  it('is said once, in a block that says what to hand in, instead of every exercise missing', () => {
    const missing = (e: ExerciseResult): ExerciseResult => ({ ...e, status: 'missing', score: 0, answer: undefined, feedback: [message('no-answers-file')], misconception: undefined });
    const { markdown, html, gradescope } = render(studentResult({ exercises: [missing(dieCorrect), missing(bceLog10)] }));
    const detail = en(message('report.nothing-handed-in-detail'));
    expect(markdown).toContain(`## ○ Nothing handed in\n\n${detail}`);
    expect(markdown).not.toContain('Missing');
    expect(markdown).not.toContain('Work on these first');
    expect(html).toContain('Nothing handed in');
    expect(gradescope).toContain(`Nothing handed in: ${detail}`);
  });
});

describe('prompts', () => {
  it('shows the Persian prompt right to left, escaped, in a Persian report', () => {
    const { html, markdown } = render(studentResult({ exercises: [{ ...softmaxPartial, prompt: { ...softmaxPartial.prompt, fa: 'احتمال <b>هر</b> کلاس' } }] }), 'fa');
    expect(html).toContain('<div class="prompt" lang="fa" dir="rtl">\n<p>احتمال <span dir="ltr">&lt;b&gt;</span>هر<span dir="ltr">&lt;/b&gt;</span> کلاس</p>');
    // In Markdown, escaped too, and isolated left to right as in the page (⁦…⁩: LRI…PDI).
    expect(markdown).toContain('احتمال \u2066&lt;b&gt;\u2069هر\u2066&lt;/b&gt;\u2069 کلاس');
  });

  it('keeps the math of the Persian prompt left to right', () => {
    const { html, markdown } = render(studentResult({ exercises: [{ ...softmaxPartial, prompt: { ...softmaxPartial.prompt, fa: 'لاجیت‌های z = [2, 1, 0.1] را می‌دهد، مانند `[0.5, 0.3, 0.2]`.' } }] }), 'fa');
    expect(html).toContain('<p>لاجیت‌های <span dir="ltr">z &#x3D; [2, 1, 0.1]</span> را می‌دهد، مانند <code dir="ltr">[0.5, 0.3, 0.2]</code>.</p>');
    expect(markdown).toContain('لاجیت‌های \u2066z = [2, 1, 0.1]\u2069 را می‌دهد، مانند \u2066`[0.5, 0.3, 0.2]`\u2069.');
    // The entries' table too: each value isolated, each entry's number in Persian digits.
    expect(markdown).toMatch(/\| ۱ \| \u20660\.66\u2069 \| \u20660\.659\u2069 \| ✓ /);
  });

  it('shows the English prompt, marked as English, where the course has none in the report\'s language', () => {
    const { html } = render(studentResult({ exercises: [dieCorrect] }), 'fa');
    expect(html).toContain('<div class="prompt" lang="en" dir="ltr">\n<p>A fair six-sided die is rolled once. What is P(3)?</p>');
  });

  it('keeps paragraphs, line breaks and inline code of the instructor\'s prompt', () => {
    const { html } = render(studentResult({ exercises: [{ ...dieCorrect, prompt: { en: 'Roll a die.\nOnce.\n\nGive `P(3)` as **a fraction**.' } }] }));
    expect(html).toContain('<p>Roll a die.<br>\nOnce.</p>\n<p>Give <code>P(3)</code> as <strong>a fraction</strong>.</p>');
  });
});

describe('late submissions', () => {
  it('say how late, the penalty and the score before it', () => {
    const late: LateResult[] = [{ assignment: { id: 'week-1', title: { en: 'Week 1' } }, submittedAt: '2026-10-07T10:00:00+03:30', due: '2026-10-05T23:59:00+03:30', daysLate: 2, penaltyPercent: 20, scoreBeforePenalty: 2 }];
    const { markdown } = render(studentResult({ exercises: [dieCorrect], score: 1.6, late }));
    expect(markdown).toContain('**1.6 / 2 points (80%)**');
    expect(markdown).toContain('◷ Week 1: handed in Wednesday 7 October 2026, 10:00, 1 day 10 hours 1 minute late (due Monday 5 October 2026, 23:59; times in UTC+03:30). Each started day counts as a day, so 2 days late: 20% off (score before the penalty: 2).');
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
