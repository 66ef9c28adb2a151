import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { message } from '../../grader/messages/message.ts';
import type { ExerciseResult, Status, StudentResult } from '../../grader/result/types.ts';
import { createSummaryBuilder, loadTemplates, renderGradebookCsv, renderSummaryHtml, summaryView } from '../../grader/report/index.ts';
import { TOP_MISCONCEPTIONS } from '../../grader/report/summary.ts';
import { histogramBin } from '../../grader/report/summary-stats.ts';
import { statusBarSvg } from '../../grader/report/charts.ts';
import { chartWords } from '../../grader/report/chart-words.ts';
import { en } from '../messages/english.ts';
import { bceLog10, dieCorrect, reluCode, softmaxPartial, studentResult, summarise } from './fixtures.ts';

const english = loadCatalogue('en').catalogue!;
const persian = loadCatalogue('fa').catalogue!;

const withScore = (id: string, score: number, max = 10): StudentResult =>
  studentResult({ id, exercises: [{ ...dieCorrect, score, max }], score, max });

describe('score histogram', () => {
  it.each([
    [0, 10, 0],
    [0.99, 10, 0],
    [1, 10, 1],
    [3, 10, 3], // 30.000000000000004%
    [0.1 + 0.2, 1, 3],
    [7, 10, 7], // 70% exactly, whatever the floating-point quotient
    [6.9999, 10, 6],
    [9.99, 10, 9],
    [10, 10, 9], // 100% goes in the last bin
    [2.6666666666666665, 4, 6],
  ])('%d of %d points is in bin %d', (score, max, bin) => {
    expect(histogramBin(score, max)).toBe(bin);
  });

  it('counts students per bin of ten percentage points', () => {
    const summary = summarise([withScore('a', 10), withScore('b', 7), withScore('c', 7.5), withScore('d', 0), withScore('e', 2.5)]);
    expect(summary.histogram.map((b) => b.count)).toEqual([1, 0, 1, 0, 0, 0, 0, 2, 0, 1]);
    expect(summary.histogram[7]).toEqual({ from: 70, to: 80, count: 2 });
    expect(summary.totals).toEqual({ students: 5, nothingHandedIn: 0, meanScore: 5.4, medianScore: 7, max: 10 });
  });

  it('takes the median of an even class as the mean of the middle two', () => {
    expect(summarise([withScore('a', 1), withScore('b', 2), withScore('c', 4), withScore('d', 9)]).totals.medianScore).toBe(3);
  });
});

describe('per exercise', () => {
  const statuses: Status[] = ['correct', 'correct', 'correct', 'correct', 'correct', 'correct', 'incorrect', 'incorrect', 'incorrect', 'missing'];
  // Each student answered another exercise too: one who answered none handed in nothing, and is left out.
  const results = statuses.map((status, i) =>
    studentResult({ id: `s${String(i).padStart(2, '0')}`, exercises: [{ ...dieCorrect, status, score: status === 'correct' ? 2 : 0 }, bceLog10] }),
  );

  it('counts each status and computes the mean score', () => {
    const [die] = summarise(results).exercises;
    expect(die!.statusCounts).toMatchObject({ correct: 6, incorrect: 3, missing: 1, partial: 0, timeout: 0 });
    expect(die!.meanScore).toBe(1.2);
    expect(die!.students).toBe(10);
  });

  it('shows the shares as text and as SVG bars of the right widths', () => {
    const view = summaryView(summarise(results), english);
    expect(view.exercises[0]!.shares.map((s) => `${s.symbol} ${en(s.label)} ${s.count} (${s.percent})`)).toEqual([
      '✓ Correct 6 (60%)',
      '✗ Incorrect 3 (30%)',
      '○ Missing 1 (10%)',
    ]);
    // In a Persian summary, the counts and shares are in Persian digits.
    expect(summaryView(summarise(results), persian).exercises[0]!.shares.map((s) => [s.label, s.count, s.percent])).toEqual([
      [{ code: 'status.correct' }, '۶', '۶۰٪'],
      [{ code: 'status.incorrect' }, '۳', '۳۰٪'],
      [{ code: 'status.missing' }, '۱', '۱۰٪'],
    ]);
    const svg = statusBarSvg(view.exercises[0]!.statusCounts, chartWords(english));
    const segments = (bar: string) => [...bar.matchAll(/<rect x="([\d.]+)" y="0" width="([\d.]+)" height="18" fill="#\w+"><title>([^<]+)<\/title>/g)].map((m) => m.slice(1));
    expect(segments(svg)).toEqual([
      ['0', '180', 'Correct: 6 (60%)'],
      ['180', '90', 'Incorrect: 3 (30%)'],
      ['270', '30', 'Missing: 1 (10%)'],
    ]);
    // Persian: the words and digits of the catalogue, the bar read from the right.
    expect(segments(statusBarSvg(view.exercises[0]!.statusCounts, chartWords(persian)))).toEqual([
      ['120', '180', 'درست: ۶ (۶۰٪)'],
      ['30', '90', 'نادرست: ۳ (۳۰٪)'],
      ['0', '30', 'بی‌پاسخ: ۱ (۱۰٪)'],
    ]);
  });

  const courseText = (text: string) => message('course-text', { text: { en: text } });

  it('ranks misconceptions by count, then id, and keeps the most frequent five', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const counts = [1, 3, 2, 3, 1, 1, 2];
    const students = ids.flatMap((id, i) =>
      Array.from({ length: counts[i]! }, (_, k) =>
        studentResult({ id: `${id}${k}`, exercises: [{ ...bceLog10, misconception: { id, title: courseText(`Mistake ${id}`), feedback: courseText('') } }] }),
      ),
    );
    const [bce] = summarise(students).exercises;
    expect(bce!.misconceptions).toEqual([
      { id: 'b', title: courseText('Mistake b'), count: 3 },
      { id: 'd', title: courseText('Mistake d'), count: 3 },
      { id: 'c', title: courseText('Mistake c'), count: 2 },
      { id: 'g', title: courseText('Mistake g'), count: 2 },
      { id: 'a', title: courseText('Mistake a'), count: 1 },
    ]);
    expect(bce!.misconceptions).toHaveLength(TOP_MISCONCEPTIONS);
  });
});

describe('columns and rows', () => {
  it('follows the course\'s exercise order, then puts unlisted exercises by their place in the results', () => {
    const summary = summarise([studentResult()], {
      exercises: [
        { id: 'die-probability', title: { en: 'Die (course title)' }, max: 2 },
        { id: 'never-graded', title: { en: 'Not in any result' }, max: 1 },
      ],
    });
    expect(summary.exercises.map((e) => e.id)).toEqual(['die-probability', 'never-graded', 'softmax-three-logits', 'bce-one-example', 'relu-derivative-code']);
    expect(summary.exercises[0]!.title).toEqual({ en: 'Die (course title)' });
    expect(summary.exercises[1]).toMatchObject({ students: 0, meanScore: 0 });
    expect(summary.students[0]!.scores).toEqual([2, null, 2.6666666666666665, 0, 3]);
  });

  it('puts each student\'s scores in the columns, whatever their own list of exercises', () => {
    const [die, softmax, bce] = [
      { ...dieCorrect, score: 2 },
      { ...softmaxPartial, score: 1.5 },
      { ...bceLog10, score: 0 },
    ];
    const summary = summarise([
      studentResult({ id: 'a', exercises: [die, softmax, bce] }),
      studentResult({ id: 'b', exercises: [bce, die] }),
      studentResult({ id: 'c', exercises: [die, softmax, bce] }),
      // The same exercise twice in one result: its last score counts, as it always did.
      studentResult({ id: 'd', exercises: [{ ...softmax, score: 0.5 }, softmax] }),
    ]);
    expect(summary.exercises.map((e) => e.id)).toEqual([die.id, softmax.id, bce.id]);
    expect(summary.students.map((s) => [s.id, s.scores, s.link])).toEqual([
      ['a', [2, 1.5, 0], 'reports/a.html'],
      ['b', [2, null, 0], 'reports/b.html'],
      ['c', [2, 1.5, 0], 'reports/c.html'],
      ['d', [null, 1.5, null], 'reports/d.html'],
    ]);
  });

  it('refuses a second student with the same id', () => {
    const builder = createSummaryBuilder();
    expect(builder.add(studentResult({ id: 's1' }))).toBe(true);
    expect(builder.add(studentResult({ id: 's1', name: 'Someone else' }))).toBe(false);
    expect(builder.finish().students.map((s) => s.name)).toEqual(['Sara Ahmadi']);
  });
});

describe('determinism', () => {
  const exercisesOf = (i: number): ExerciseResult[] => [
    { ...softmaxPartial, score: (i % 7) / 3, status: i % 2 === 0 ? 'partial' : 'correct' },
    { ...bceLog10, ...(i % 3 === 0 ? {} : { misconception: undefined, status: 'correct' as const, score: 3 }) },
    { ...reluCode, score: 0.1 * (i % 10), status: (['timeout', 'error', 'partial'] as const)[i % 3]! },
  ];
  const results = Array.from({ length: 40 }, (_, i) => {
    const exercises = exercisesOf(i);
    return studentResult({ id: `s${String((i * 17) % 40).padStart(3, '0')}`, exercises, score: exercises.reduce((s, e) => s + e.score, 0) });
  });

  it('gives the same bytes whatever order the students were added in', async () => {
    const { templates } = await loadTemplates(undefined, english);
    const outputs = (order: readonly StudentResult[]): string[] => {
      const summary = summarise(order);
      const html = renderSummaryHtml(summary, templates);
      if (!html.ok) throw new Error('render failed');
      return [JSON.stringify(summary), html.text, renderGradebookCsv(summary, 'plain'), renderGradebookCsv(summary, 'canvas')];
    };
    const reference = outputs(results);
    let seed = 7;
    const shuffled = [...results].sort(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 3) - 1);
    expect(outputs([...results].reverse())).toEqual(reference);
    expect(outputs(shuffled)).toEqual(reference);
    expect(JSON.parse(reference[0]!).students.map((s: { id: string }) => s.id)).toEqual([...results.map((r) => r.student.id)].sort());
  });
});
