// The class summary's lead (issue 14, items 11 and 12): misconceptions totalled over every
// exercise, the exercises hardest first, the roll-ups per topic and per assignment, who handed
// in nothing (kept, marked, left out of every mean) and who may need attention, as data and
// as the page renders them in English and in Persian.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { isMessageCode, message, type Message } from '../../grader/messages/message.ts';
import { loadTemplates, renderSummaryHtml, summaryView } from '../../grader/report/index.ts';
import type { ClassSummary } from '../../grader/report/index.ts';
import { hardestFirst, topicLabel } from '../../grader/report/render-summary-sections.ts';
import { ATTENTION } from '../../grader/report/summary-attention.ts';
import type { Diagnosis, ExerciseResult, Status, StudentResult } from '../../grader/result/types.ts';
import { TOPICS } from '../../grader/spec/types.ts';
import { en } from '../messages/english.ts';
import { bceLog10, dieCorrect, studentResult, summarise } from './fixtures.ts';

const english = loadCatalogue('en').catalogue!;
const persian = loadCatalogue('fa').catalogue!;

// Three exercises of the notes: P(3) of a die (2 points), the tails of a bent coin (1 point),
// and BCE(1, 0.8) = 0.2231 (3 points), where log10 gives 0.0969.
const die: ExerciseResult = { ...dieCorrect };
const coin: ExerciseResult = { ...dieCorrect, id: 'coin-tails', title: { en: 'Tails of a bent coin', fa: 'خطِ یک سکهٔ ناسالم' }, max: 1, score: 1 };
const bce: ExerciseResult = { ...bceLog10, status: 'correct', score: 3, misconception: undefined };

const mistake = (id: string): Diagnosis => ({ id, title: { code: `misconception.${id}.title` } as Message, feedback: { code: `misconception.${id}.feedback` } as Message });
const either = (...ids: string[]): Diagnosis => ({
  id: ids.join('|'),
  title: message('misconception.either.title', { count: ids.length }),
  feedback: message('misconception.either.feedback', { count: ids.length }),
  either: ids.map(mistake),
});
const wrong = (exercise: ExerciseResult, diagnosis?: Diagnosis): ExerciseResult => ({
  ...exercise,
  status: 'incorrect',
  score: 0,
  ...(diagnosis === undefined ? { misconception: undefined } : { misconception: diagnosis }),
});
const unanswered = (exercise: ExerciseResult): ExerciseResult => ({ ...exercise, status: 'missing', score: 0, misconception: undefined, answer: undefined });
const student = (id: string, exercises: ExerciseResult[], extra: Partial<StudentResult> & { name?: string } = {}): StudentResult => studentResult({ id, exercises, ...extra });

describe('misconceptions across all exercises', () => {
  const percent = mistake('percent-instead-of-probability');
  const complement = mistake('forgot-complement');
  const log10 = mistake('log10-instead-of-ln');
  const class_ = [
    student('s1', [wrong(die, percent), wrong(coin, percent), wrong(bce, log10)]),
    student('s2', [wrong(die, percent), wrong(coin, complement), wrong(bce, log10)]),
    student('s3', [wrong(die, complement), wrong(coin, percent), bce]),
    student('s4', [die, wrong(coin, either('percent-instead-of-probability', 'forgot-complement')), wrong(bce, log10)]),
    student('s5', [die, coin, wrong(bce)]),
  ];
  const summary = summarise(class_);

  it('totals each misconception over the exercises, most answers first, with the exercises where it occurred', () => {
    expect(summary.misconceptions).toEqual([
      // 2 on the die, 2 on the coin, and the coin answer that fits both mistakes.
      { id: 'percent-instead-of-probability', title: percent.title, count: 5, ambiguous: 1, exercises: [{ id: 'coin-tails', count: 3 }, { id: 'die-probability', count: 2 }] },
      // 1 on the die, 1 on the coin, 1 ambiguous: as many as log10, so before it by id.
      { id: 'forgot-complement', title: complement.title, count: 3, ambiguous: 1, exercises: [{ id: 'coin-tails', count: 2 }, { id: 'die-probability', count: 1 }] },
      { id: 'log10-instead-of-ln', title: log10.title, count: 3, ambiguous: 0, exercises: [{ id: 'bce-one-example', count: 3 }] },
    ]);
  });

  it("keeps each exercise's own list as it was: the either-diagnosis as one entry of its own", () => {
    const coinSummary = summary.exercises.find((e) => e.id === 'coin-tails')!;
    expect(coinSummary.misconceptions.map((m) => [m.id, m.count])).toEqual([
      ['percent-instead-of-probability', 2],
      ['forgot-complement', 1],
      ['percent-instead-of-probability|forgot-complement', 1],
    ]);
  });

  it('shows each with its rank, its count, the ambiguous answers and links to the rows of its exercises', () => {
    const view = summaryView(summary, english);
    expect(view.classMisconceptions.map((m) => [m.rank, en(m.title), m.count, en(m.ambiguous), m.exercises.map((e) => `${e.exercise.href} ${e.exercise.title.en} (${e.count})`)])).toEqual([
      ['1', 'A percentage where a probability was asked', '5', '1 ambiguous', ['#exercise-coin-tails Tails of a bent coin (3)', '#exercise-die-probability Probability of rolling a 3 (2)']],
      ['2', 'The complement forgotten', '3', '1 ambiguous', ['#exercise-coin-tails Tails of a bent coin (2)', '#exercise-die-probability Probability of rolling a 3 (1)']],
      ['3', 'Common logarithm instead of natural logarithm', '3', '', ['#exercise-bce-one-example Binary cross-entropy of one prediction (3)']],
    ]);
    expect(view.exercises.map((e) => e.anchor)).toEqual(['exercise-die-probability', 'exercise-coin-tails', 'exercise-bce-one-example']);
    expect(summaryView(summary, persian).classMisconceptions.map((m) => [m.rank, m.count])).toEqual([['۱', '۵'], ['۲', '۳'], ['۳', '۳']]);
  });
});

describe('students who handed in nothing', () => {
  const nothing = [unanswered(die), unanswered(coin), unanswered(bce)];
  const class_ = [
    // As the grader writes a roster student with no folder.
    student('absent', nothing, { problems: [{ code: 'no-submission', file: 'submissions/absent' }] }),
    // The answers template handed in unfilled.
    student('blank', nothing),
    // One answer is something: counted.
    student('one-answer', [{ ...die, score: 2 }, unanswered(coin), unanswered(bce)]),
    student('full', [die, coin, bce]),
    student('half', [wrong(die), coin, { ...bce, status: 'partial', score: 1.5 }]),
  ];
  const summary = summarise(class_);

  it('stay in the list of students, marked', () => {
    expect(summary.students.map((s) => [s.id, s.nothingHandedIn ?? false, s.score])).toEqual([
      ['absent', true, 0],
      ['blank', true, 0],
      ['full', false, 6],
      ['half', false, 2.5],
      ['one-answer', false, 2],
    ]);
  });

  it('are left out of the mean, the median and the histogram, and counted', () => {
    // (6 + 2.5 + 2) / 3 = 3.5; the median of 2, 2.5, 6 is 2.5.
    expect(summary.totals).toEqual({ students: 5, nothingHandedIn: 2, meanScore: 3.5, medianScore: 2.5, max: 6 });
    expect(summary.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(3);
    expect(summary.histogram[0]!.count).toBe(0);
  });

  it("are left out of every exercise's students, mean and statuses", () => {
    expect(summary.exercises.map((e) => [e.id, e.students, e.meanScore, e.statusCounts.missing])).toEqual([
      ['die-probability', 3, 4 / 3, 0],
      ['coin-tails', 3, 2 / 3, 1],
      ['bce-one-example', 3, 1.5, 1],
    ]);
  });

  it('are left out of the roll-ups and of the attention list, which says why the others are there', () => {
    expect(summary.rollups.topics.map((t) => [t.id, t.students])).toEqual([
      ['probability', 3],
      ['binary-cross-entropy', 3],
    ]);
    // 2 of 6 points (33%), 2 of 3 exercises unanswered; 'half' has 2.5 of 6 (42%).
    expect(summary.attention).toEqual([
      { id: 'one-answer', reasons: [message('summary.attention.low-score', { below: 40 }), message('summary.attention.unanswered', { count: 2, total: 3 })] },
    ]);
  });

  it('are named apart on the page, with a note that says they are left out', () => {
    const view = summaryView(summary, english);
    expect(view.nothingHandedIn?.students.map((s) => [s.id, s.link])).toEqual([
      ['absent', 'reports/absent.html'],
      ['blank', 'reports/blank.html'],
    ]);
    expect(en(view.nothingHandedIn?.note)).toBe(
      '2 students handed in nothing: listed apart, marked in the list of students, and left out of the mean, the median, the distribution and the numbers of every exercise, topic and assignment (the gradebook gives them 0).',
    );
    expect(view.students.filter((s) => s.nothingHandedIn).map((s) => s.id)).toEqual(['absent', 'blank']);
    expect(summaryView(summarise(class_.slice(2)), english).nothingHandedIn).toBeUndefined();
  });
});

describe('students who may need attention', () => {
  /** Ten points over the exercises, the first one scoring `score`. */
  const tenPoints = (score: number, statuses: Status[]): ExerciseResult[] =>
    statuses.map((status, i) => ({ ...dieCorrect, id: `e${i}`, max: 10 / statuses.length, status, score: i === 0 ? score : 0 }));
  const answered = (n: number): Status[] => Array.from({ length: n }, () => 'correct');

  it.each([
    ['3.99 of 10 points (39.9%)', tenPoints(3.99, answered(4)), ['summary.attention.low-score']],
    ['4 of 10 points (40% exactly)', tenPoints(4, answered(4)), []],
    ['1 of 4 exercises unanswered (25%)', tenPoints(9, [...answered(3), 'missing']), ['summary.attention.unanswered']],
    ['1 of 5 exercises unanswered (20%)', tenPoints(9, [...answered(4), 'missing']), []],
    ['3 of 10 points and 3 of 4 unanswered', tenPoints(3, ['correct', 'missing', 'missing', 'missing']), ['summary.attention.low-score', 'summary.attention.unanswered']],
  ])('%s', (_what, exercises, codes) => {
    expect(summarise([student('x', exercises)]).attention.flatMap((a) => a.reasons.map((r) => r.code))).toEqual(codes);
  });

  it('lists a problem with the files, and a code file that did not load, as problems with their files', () => {
    const ok = [die, coin, bce];
    const summary = summarise([
      student('unknown-id', ok, { problems: [{ code: 'unknown-exercise', params: { id: 'die-probabilty' }, file: 'answers.yaml', line: 3, col: 1 }] }),
      student('syntax-error', ok, { codeLoadFailure: { code: 'code-syntax-error', status: 'invalid', file: 'solution.ts', line: 2, col: 5, message: message('code-file-missing') } }),
      student('both', ok, {
        problems: [{ code: 'several-code-files', params: { used: 'solution.ts', ignored: 'solution.js' }, file: 'solution.js' }],
        codeLoadFailure: { code: 'code-load-threw', status: 'error', file: 'solution.ts', message: message('code-file-missing') },
      }),
      student('fine', ok),
    ]);
    expect(summary.attention).toEqual([
      { id: 'both', reasons: [message('summary.attention.file-problems', { count: 2 })] },
      { id: 'syntax-error', reasons: [message('summary.attention.file-problems', { count: 1 })] },
      { id: 'unknown-id', reasons: [message('summary.attention.file-problems', { count: 1 })] },
    ]);
  });

  it('puts the lowest share of the points first, with every reason, and says where the lines are', () => {
    const summary = summarise([
      student('b', [wrong(die), unanswered(coin), { ...bce, score: 1 }]),
      student('a', [wrong(die), unanswered(coin), { ...bce, score: 1 }]),
      student('c', [wrong(die), coin, bce]),
      student('d', [die, unanswered(coin), bce]),
    ]);
    expect(summary.attention.map((a) => [a.id, a.reasons.map(en)])).toEqual([
      ['a', ['score below 40% of the maximum', '1 of 3 exercises unanswered']],
      ['b', ['score below 40% of the maximum', '1 of 3 exercises unanswered']],
      ['d', ['1 of 3 exercises unanswered']],
    ]);
    const view = summaryView(summary, english);
    expect(view.attention.map((a) => [a.id, a.percent, a.link])).toEqual([
      ['a', '17%', 'reports/a.html'],
      ['b', '17%', 'reports/b.html'],
      ['d', '83%', 'reports/d.html'],
    ]);
    expect(en(view.attentionRule)).toBe(
      `Listed when the score is below ${ATTENTION.belowPercent}% of the maximum, at least ${ATTENTION.unansweredPercent}% of the exercises are unanswered, or their files had problems; lowest score first.`,
    );
  });
});

describe('the exercises hardest first, and the roll-ups per topic and per assignment', () => {
  const softmax: ExerciseResult = { ...bce, id: 'softmax-three-logits', title: { en: 'Softmax of three logits' }, topic: 'softmax', max: 4, score: 4 };
  const class_ = [
    student('s1', [{ ...die, score: 2 }, { ...coin, score: 0, status: 'incorrect' }, { ...bce, score: 3 }, { ...softmax, score: 1 }]),
    student('s2', [{ ...die, score: 0, status: 'incorrect' }, { ...coin, score: 1 }, { ...bce, score: 0, status: 'incorrect' }]),
    student('s3', [{ ...die, score: 2 }, { ...coin, score: 1 }, { ...bce, score: 1.5, status: 'partial' }, { ...softmax, score: 2, status: 'partial' }]),
  ];
  const course = {
    exercises: [
      { id: 'die-probability', title: die.title, max: 2, topic: 'probability' },
      { id: 'coin-tails', title: coin.title, max: 1, topic: 'probability' },
      { id: 'bce-one-example', title: bce.title, max: 3, topic: 'binary-cross-entropy' },
      { id: 'softmax-three-logits', title: softmax.title, max: 4, topic: 'softmax' },
      { id: 'never-graded', title: { en: 'Not in any result' }, max: 1, topic: 'logarithms' },
    ],
    assignments: [
      { id: 'week-1', title: { en: 'Probability' }, exercises: ['die-probability', 'coin-tails'] },
      { id: 'week-2', title: { en: 'Losses and softmax' }, exercises: ['bce-one-example', 'softmax-three-logits', 'never-graded'] },
    ],
  };
  const summary = summarise(class_, course);

  it('orders the exercises by mean share, lowest first, the course order among equals and those nobody has last', () => {
    // Shares: die 4/6, coin 2/3, bce 4.5/9, softmax 3/8.
    expect(hardestFirst(summary.exercises).map(({ exercise, position }) => [exercise.id, position])).toEqual([
      ['softmax-three-logits', 4],
      ['bce-one-example', 3],
      ['die-probability', 1],
      ['coin-tails', 2],
      ['never-graded', 5],
    ]);
    const view = summaryView(summary, english);
    expect(view.hardest.map((h) => [h.position, h.exercise.href, en(h.topic), h.meanPercent, h.students])).toEqual([
      ['4', '#exercise-softmax-three-logits', 'Softmax', '38%', '2'],
      ['3', '#exercise-bce-one-example', 'Binary cross-entropy', '50%', '3'],
      ['1', '#exercise-die-probability', 'Probability', '67%', '3'],
      ['2', '#exercise-coin-tails', 'Probability', '67%', '3'],
      ['5', '#exercise-never-graded', 'Logarithms', '–', '0'],
    ]);
  });

  it('rolls the exercises up per topic: points earned out of points possible, students, the weakest exercise', () => {
    expect(summary.rollups.topics).toEqual([
      // (2 + 0 + 2) + (0 + 1 + 1) = 6 of 3 × 2 + 3 × 1 = 9; die and coin both 2/3: the first in the course.
      { id: 'probability', exercises: ['die-probability', 'coin-tails'], students: 3, share: 6 / 9, weakest: 'die-probability' },
      { id: 'binary-cross-entropy', exercises: ['bce-one-example'], students: 3, share: 4.5 / 9, weakest: 'bce-one-example' },
      { id: 'softmax', exercises: ['softmax-three-logits'], students: 2, share: 3 / 8, weakest: 'softmax-three-logits' },
      { id: 'logarithms', exercises: ['never-graded'], students: 0, share: 0 },
    ]);
    const view = summaryView(summary, english);
    expect(view.topics.map((t) => [en(t.label), t.meanPercent, t.students, t.exercises, t.weakest?.href])).toEqual([
      ['Softmax', '38%', '2', '1', '#exercise-softmax-three-logits'],
      ['Binary cross-entropy', '50%', '3', '1', '#exercise-bce-one-example'],
      ['Probability', '67%', '3', '2', '#exercise-die-probability'],
      ['Logarithms', '–', '0', '1', undefined],
    ]);
  });

  it('and per assignment, in the course order', () => {
    expect(summary.rollups.assignments).toEqual([
      { id: 'week-1', exercises: ['die-probability', 'coin-tails'], students: 3, share: 6 / 9, weakest: 'die-probability' },
      // 4.5 + 3 = 7.5 of 3 × 3 + 2 × 4 = 17; the exercise nobody has adds nothing.
      { id: 'week-2', exercises: ['bce-one-example', 'softmax-three-logits', 'never-graded'], students: 3, share: 7.5 / 17, weakest: 'softmax-three-logits' },
    ]);
    const view = summaryView(summary, persian);
    expect(view.assignmentRollups.map((a) => [a.title?.en, a.meanPercent, a.students, a.weakest?.id])).toEqual([
      ['Probability', '۶۷٪', '۳', 'die-probability'],
      ['Losses and softmax', '۴۴٪', '۳', 'softmax-three-logits'],
    ]);
  });

  it('names every topic of the course in both catalogues, and shows one it does not know as written', () => {
    for (const topic of TOPICS) expect(isMessageCode(`topic.${topic}`), topic).toBe(true);
    expect(topicLabel('probability')).toEqual({ code: 'topic.probability' });
    expect(topicLabel('other')).toEqual(message('topic.other', { topic: 'other' }));
    expect(en(topicLabel('<b>quantum</b>'))).toBe('<b>quantum</b>');
  });
});

describe('the rendered summary', () => {
  const percent = mistake('percent-instead-of-probability');
  const class_ = [
    student('sara', [wrong(die, percent), wrong(coin, percent), bce], { name: 'سارا احمدی' }),
    student('ali', [die, wrong(coin, either('percent-instead-of-probability', 'forgot-complement')), unanswered(bce)], { name: 'Ali Rezaei' }),
    student('babak', [unanswered(die), unanswered(coin), unanswered(bce)], { name: 'Babak Shams' }),
    student('kian', [wrong(die), wrong(coin), wrong(bce)], { name: 'کیان بهرامی' }),
  ];
  const summary = summarise(class_);
  const render = async (catalogue: typeof english): Promise<string> => {
    const { templates } = await loadTemplates(undefined, catalogue);
    const outcome = renderSummaryHtml(summary, templates);
    if (!outcome.ok) throw new Error('the summary did not render');
    return outcome.text;
  };
  const sectionOrder = (html: string): string[] => [...html.matchAll(/<section class="([\w-]+)"/g)].map((m) => m[1]!);
  const linkTargets = (html: string): string[] => [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

  it('in English, leads with who needs attention and what to fix, and every link lands on a row of the page', async () => {
    const html = await render(english);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(sectionOrder(html)).toEqual(['attention', 'class-misconceptions', 'hardest', 'rollups', 'distribution', 'exercises', 'students']);
    expect(linkTargets(html).length).toBeGreaterThan(5);
    for (const target of linkTargets(html)) expect(ids(html), target).toContain(target);
    expect(html).toContain('<h2 id="class-misconceptions">Misconceptions across all exercises</h2>');
    expect(html).toMatch(/<td>A percentage where a probability was asked<\/td><td class="number">3<br>1 ambiguous<\/td>/);
    expect(html).toContain('1 student handed in nothing: listed apart');
    expect(html).toContain('<td class="number">0 / 6 points<br>handed in nothing</td>');
    // A card per student on a phone: each cell labelled; the id left to right, the name in its own direction.
    expect(html).toMatch(
      /<tr role="row"><td role="cell" data-label="Id"><div class="cell"><a href="reports\/kian.html" dir="ltr">kian<\/a><\/div><\/td><td role="cell" data-label="Name"><div class="cell"><span dir="auto">کیان بهرامی<\/span><\/div><\/td><td class="number" role="cell" data-label="%">0%<\/td><td role="cell" data-label="Why"><div class="cell">score below 40% of the maximum<\/div><\/td><\/tr>/,
    );
    expect(html).toContain('<div class="cell">score below 40% of the maximum · 1 of 3 exercises unanswered</div>');
    // Every table sits in a labelled region that a keyboard can scroll.
    expect(html.match(/<table[ >]/g)!.length).toBe(html.match(/<div class="table-wrap" role="region" tabindex="0" aria-label="[^"]+">\n<table[ >]/g)!.length);
  });

  it('in Persian, right to left, in Persian words and digits', async () => {
    const html = await render(persian);
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(sectionOrder(html)).toEqual(['attention', 'class-misconceptions', 'hardest', 'rollups', 'distribution', 'exercises', 'students']);
    for (const target of linkTargets(html)) expect(ids(html), target).toContain(target);
    expect(html).toContain('<h2 id="class-misconceptions">بدفهمی‌ها در همهٔ تمرین‌ها</h2>');
    expect(html).toContain('<h2 id="attention">دانشجویانی که شاید به توجه نیاز داشته باشند</h2>');
    expect(html).toContain('۱ دانشجو هیچ چیزی تحویل نداده است');
    expect(html).toMatch(/<td class="number">۳<br>۱ مبهم<\/td>/);
    expect(html).toContain('<td role="cell" data-label="مبحث"><div class="cell">احتمال</div></td>');
    // Reasons and exercises separated as Persian separates them (a middle dot would read as the digit ۰).
    expect(html).toContain('<div class="cell">نمرهٔ کمتر از ۴۰٪ نمرهٔ کامل، ۱ تمرین از ۳ تمرین بی‌پاسخ</div>');
    expect(html).not.toMatch(/\[(summary|topic)\./);
  });
});

describe('determinism', () => {
  it('gives the same summary whatever order the students were added in, misconceptions, roll-ups and attention included', () => {
    const ids = ['percent-instead-of-probability', 'forgot-complement', 'odds-instead-of-probability'];
    const results = Array.from({ length: 30 }, (_, i) => {
      const coinAnswer = i % 5 === 0 ? wrong(coin, either(ids[i % 3]!, ids[(i + 1) % 3]!)) : i % 2 === 0 ? wrong(coin, mistake(ids[i % 3]!)) : coin;
      const exercises = i % 7 === 0 ? [unanswered(die), unanswered(coin), unanswered(bce)] : [{ ...die, score: (i % 3) * 0.5 }, coinAnswer, i % 4 === 0 ? unanswered(bce) : bce];
      return student(`s${String((i * 11) % 30).padStart(2, '0')}`, exercises, { score: exercises.reduce((s, e) => s + e.score, 0) });
    });
    const reference = JSON.stringify(summarise(results));
    expect(JSON.stringify(summarise([...results].reverse()))).toBe(reference);
    let seed = 3;
    const shuffled = [...results].sort(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 3) - 1);
    expect(JSON.stringify(summarise(shuffled))).toBe(reference);
    const parsed = JSON.parse(reference) as ClassSummary;
    expect(parsed.totals.nothingHandedIn).toBe(5);
    expect(parsed.misconceptions.length).toBe(3);
  });
});
