// `grader check` on the grading items of issue 12, run in-process on copies of the bank's
// exercises (and, where an item is about a situation the bank now avoids, the exercise as
// it was): how answers are read, what is diagnosed and what the feedback says.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { ExerciseResult, StudentResult } from '../../grader/result/types.ts';
import { en, english } from '../messages/english.ts';
import { fakeContext } from './fake-context.ts';

const bank = join(import.meta.dirname, '../../exercises');
const root = mkdtempSync(join(tmpdir(), 'grader-check-answers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function bankFile(id: string): string {
  for (const topic of readdirSync(bank, { withFileTypes: true })) {
    if (topic.isDirectory() && readdirSync(join(bank, topic.name)).includes(`${id}.yaml`)) return join(bank, topic.name, `${id}.yaml`);
  }
  throw new Error(`no exercise ${id} in the bank`);
}

/** A course folder with the bank's exercises `ids` and the exercises written out in `own` (file name → YAML). */
function courseFolder(ids: readonly string[], own: Record<string, string> = {}, extra = ''): string {
  const dir = mkdtempSync(join(root, 'course-'));
  for (const id of ids) copyFileSync(bankFile(id), join(dir, `${id}.yaml`));
  for (const [name, text] of Object.entries(own)) writeFileSync(join(dir, name), text);
  const all = [...ids, ...Object.keys(own).map((name) => name.replace(/\.yaml$/, ''))];
  const course = ['name: ML', 'languages: [en, fa]', 'salt: ml-intro-2026-autumn', 'tolerance: { sigfigs: 3 }', extra, 'assignments:', '  - id: a', '    title: A', "    due: '2026-10-12T23:59:00+03:30'", `    exercises: [${all.join(', ')}]`, 'translations:', '  fa:', '    name: یادگیری ماشین', '    assignments: { a: الف }', ''];
  writeFileSync(join(dir, 'course.yaml'), course.join('\n'));
  return dir;
}

/** A student's folder: an answers file's text, or the files by name. */
function studentFolder(files: string | Record<string, string>): string {
  const dir = join(mkdtempSync(join(root, 'class-')), 's001');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(typeof files === 'string' ? { 'answers.yaml': files } : files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function check(course: string, files: string | Record<string, string>, args: readonly string[] = ['--defaults']) {
  const student = studentFolder(files);
  const text = fakeContext(course);
  const code = await runCli(['check', student, ...args], text);
  const json = fakeContext(course);
  await runCli(['check', student, ...args, '--json'], json);
  const result = JSON.parse(json.out()) as StudentResult;
  const exercise = (id: string): ExerciseResult => result.exercises.find((e) => e.id === id)!;
  return { code, out: text.out(), err: text.err(), result, exercise };
}

describe('item 6: a slash typed as the decimal mark', () => {
  it('reads ۰/۱۶۷ and 0/167 as 0.167, and a vector of them too', async () => {
    const course = courseFolder(['die-face', 'softmax-three-logits']);
    for (const [die, softmax] of [['۰/۱۶۷', '[۰/۶۶, ۰/۲۴, ۰/۱۰]'], ['0/167', '0/66 0/24 0/10']]) {
      const { code, exercise } = await check(course, `die-face: ${die}\nsoftmax-three-logits: ${softmax}\n`);
      expect(exercise('die-face')).toMatchObject({ status: 'correct', answer: die });
      expect(exercise('softmax-three-logits').status).toBe('correct');
      expect(code).toBe(0);
    }
  });

  it('tells ۰/۱۷ it was rounded too early, as it would 0.17', async () => {
    const { exercise } = await check(courseFolder(['die-face']), 'die-face: ۰/۱۷\n');
    expect(exercise('die-face')).toMatchObject({ status: 'incorrect', roundedTooEarly: true });
  });

  it('keeps ۲/۱۳ a fraction, and says the decimal 2.13 would have been right', async () => {
    // The notes' sum of three sigmoids, 0.88 + 0.73 + 0.52 = 2.13.
    const { exercise, out } = await check(courseFolder(['sigmoid-outputs-sum']), 'sigmoid-outputs-sum: ۲/۱۳\n');
    const result = exercise('sigmoid-outputs-sum');
    expect(result).toMatchObject({ status: 'incorrect', score: 0 });
    expect(result.feedback[0]).toEqual({ code: 'slash-read-as-fraction', params: { fraction: 2 / 13, decimal: '2.13', persian: '۲٫۱۳' } });
    expect(en(result.feedback[0])).toBe(
      'A slash between two whole numbers is read as a fraction: your answer is 0.1538. ' +
        'Read with / as the decimal mark, it would be 2.13, which is right: write the decimal mark as a dot or ٫ (2.13 or ۲٫۱۳).',
    );
    expect(result.misconception).toBeUndefined();
    expect(out).toContain('Read with / as the decimal mark, it would be 2.13, which is right');
  });

  it('says nothing of a decimal reading that would be wrong too', async () => {
    const { exercise } = await check(courseFolder(['sigmoid-outputs-sum']), 'sigmoid-outputs-sum: 3/4\n');
    expect(exercise('sigmoid-outputs-sum').feedback.map((m) => m.code)).not.toContain('slash-read-as-fraction');
    expect(english(exercise('sigmoid-outputs-sum').feedback).join(' ')).not.toMatch(/decimal mark/);
  });
});

/** A bank exercise's YAML with its text edited (a default changed, a range widened). */
function edited(id: string, ...edits: readonly [string, string][]): string {
  let text = readFileSync(bankFile(id), 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${id}: no '${from}' to edit`);
    text = text.replace(from, to);
  }
  return text;
}

describe('item 7: rounded too early before a misconception', () => {
  // σ′(4) = 0.017663; one factor of it, 1 − σ(4) = 0.017986, also rounds to 0.018.
  const course = () => courseFolder([], { 'sigmoid-derivative-value.yaml': edited('sigmoid-derivative-value', ['x: { default: 2,', 'x: { default: 4,']) });

  it('tells 0.018 for σ′(4) it was rounded too early, and names no misconception', async () => {
    const { exercise, out } = await check(course(), 'sigmoid-derivative-value: 0.018\n');
    const result = exercise('sigmoid-derivative-value');
    expect(result).toMatchObject({ status: 'incorrect', roundedTooEarly: true });
    expect(result.misconception).toBeUndefined();
    expect(result.feedback[0]).toEqual({ code: 'rounded-too-early', params: { answer: 0.018, rounding: { code: 'rounding.decimals', params: { decimals: 3 } } } });
    // No mistake named: the first line under the exercise is the rounding.
    expect(out).toMatch(/✗ Incorrect +sigmoid-derivative-value +0\/2\n {4}0\.018 is the right value rounded to 3 decimal places: that is rounding too early/);
  });

  it('names the missing factor when the digits typed say so (0.0180, 0.01799)', async () => {
    for (const answer of ['0.0180', '0.01799']) {
      const { exercise } = await check(course(), `sigmoid-derivative-value: ${answer}\n`);
      expect(exercise('sigmoid-derivative-value').misconception?.id, answer).toBe('sigmoid-derivative-one-factor');
      expect(exercise('sigmoid-derivative-value').roundedTooEarly, answer).toBeUndefined();
    }
  });
});

describe('item 8: misconceptions that give the same value', () => {
  // die-at-most as the bank had it, with 6 sides and k = 5 as its default: the complement
  // forgotten, 1 − 5/6, and one face counted, 1/6, are the same number.
  const course = () =>
    courseFolder([], { 'die-at-most.yaml': readFileSync(join(import.meta.dirname, 'fixtures/die-at-most-6-sides.yaml'), 'utf8') });

  it('grader validate warns that they cannot be told apart', async () => {
    const dir = course();
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', '--json', '.'], ctx)).toBe(0);
    const report = JSON.parse(ctx.out()) as { problems: { code: string; severity: string; line: number; message: string }[] };
    expect(report.problems).toEqual([expect.objectContaining({ code: 'colliding-misconceptions', severity: 'warning', line: 25 })]);
    expect(report.problems[0]!.message).toMatch(/'forgot-complement' and 'one-face-only' give 0\.166667 .* with the default parameters/);
  });

  it('names both in the feedback instead of guessing one', async () => {
    const { exercise, out } = await check(course(), 'die-at-most: 1/6\n');
    const result = exercise('die-at-most');
    expect(result.status).toBe('incorrect');
    expect(result.misconception).toMatchObject({
      id: 'forgot-complement|one-face-only',
      title: { code: 'misconception.either.title', params: { count: 2 } },
      feedback: { code: 'misconception.either.feedback', params: { count: 2 } },
      either: [
        { id: 'forgot-complement', title: { code: 'misconception.forgot-complement.title' } },
        { id: 'one-face-only', title: { code: 'course-text', params: { text: { en: 'Only one face counted' } } } },
      ],
    });
    // Named once, as the mistake: not again as feedback.
    expect(result.feedback).toEqual([]);
    expect(out).toContain(
      [
        '    One of 2 mistakes: Your answer fits 2 mistakes that give the same value for your numbers, so the grader cannot tell which one you made:',
        '    - The complement forgotten: This is the probability of rolling more than that. The favourable faces are 1 to k.',
        '    - Only one face counted: This counts one favourable face. Every face from 1 to k is favourable, so there are k of them.',
      ].join('\n'),
    );
  });

  it('writes both into the results, and grader report renders them again from the results', async () => {
    // Every student with 6 sides and k = 5, as `grader grade` draws each student's own numbers.
    const fixture = readFileSync(join(import.meta.dirname, 'fixtures/die-at-most-6-sides.yaml'), 'utf8');
    const dir = courseFolder([], { 'die-at-most.yaml': fixture.replace('choice: [6, 12, 20]', 'choice: [6]').replace('choice: [2, 4, 5]', 'choice: [5]') });
    const submissions = join(studentFolder('die-at-most: 0.1667\n'), '..');
    const out = join(submissions, '../graded');
    const grade = fakeContext(dir);
    expect(await runCli(['grade', submissions, '--out', out], grade)).toBe(0);
    const saved = JSON.parse(readFileSync(join(out, 'results/s001.json'), 'utf8')) as StudentResult;
    expect(saved.exercises[0]!.misconception?.either?.map((m) => m.id)).toEqual(['forgot-complement', 'one-face-only']);
    const report = fakeContext(dir);
    expect(await runCli(['report', out, '--out', join(out, '../again')], report)).toBe(0);
    const html = readFileSync(join(out, '../again/reports/s001.html'), 'utf8');
    expect(html).toContain('Likely mistake: One of 2 mistakes');
    expect(html).toContain('<li><strong>The complement forgotten</strong>: This is the probability of rolling more than that.');
    expect(html).toContain('<li><strong>Only one face counted</strong>: This counts one favourable face.');
  });

  it('still names a single misconception on its own', async () => {
    const { exercise } = await check(course(), 'die-at-most: 5\n');
    expect(exercise('die-at-most').misconception).toEqual(expect.objectContaining({ id: 'odds-instead-of-probability' }));
    expect(exercise('die-at-most').misconception).not.toHaveProperty('either');
  });
});

describe('item 9: the right values in the wrong order', () => {
  it('says that the classes are in the wrong order, and which entries hold which', async () => {
    const { exercise, out } = await check(courseFolder(['softmax-three-logits']), 'softmax-three-logits: [0.24, 0.66, 0.10]\n');
    const result = exercise('softmax-three-logits');
    // Counted from 1: entry 1 holds the value of expected entry 2, entry 2 that of entry 1.
    expect(result).toMatchObject({
      status: 'partial',
      misconception: {
        id: 'classes-in-wrong-order',
        title: { code: 'misconception.classes-in-wrong-order.title' },
        feedback: { code: 'misconception.classes-in-wrong-order.feedback-order', params: { order: [2, 1, 3] } },
      },
    });
    expect(result.feedback).toEqual([]);
    expect(out).toContain(
      '    The right values in the wrong order: Your values are the right ones, but in the wrong order: your entries are the expected entries [2, 1, 3], in that order. ' +
        'Each entry belongs to the class in its position, in the order the question lists them.',
    );
  });

  it('recognises any permutation, within the tolerance', async () => {
    const { exercise } = await check(courseFolder(['softmax-three-logits']), 'softmax-three-logits: [0.1, 0.658, 0.243]\n');
    expect(exercise('softmax-three-logits')).toMatchObject({ status: 'incorrect', misconception: { id: 'classes-in-wrong-order' } });
    expect(exercise('softmax-three-logits').misconception!.feedback).toEqual({ code: 'misconception.classes-in-wrong-order.feedback-order', params: { order: [3, 1, 2] } });
  });

  it('does not say which entries hold which values when the course hides expected values', async () => {
    const { exercise, out } = await check(courseFolder(['softmax-three-logits'], {}, 'reveal: false'), 'softmax-three-logits: [0.24, 0.66, 0.10]\n');
    expect(exercise('softmax-three-logits').misconception).toMatchObject({ id: 'classes-in-wrong-order', feedback: { code: 'misconception.classes-in-wrong-order.feedback' } });
    expect(exercise('softmax-three-logits').misconception!.feedback.params).toBeUndefined();
    expect(out).toContain('the classes are mixed up');
    expect(out).not.toMatch(/expected entries|\[2, 1, 3\]|0\.659|0\.242/);
  });

  it('is not said of values that are not the right ones', async () => {
    const { exercise } = await check(courseFolder(['softmax-three-logits']), 'softmax-three-logits: [0.24, 0.66, 0.2]\n');
    expect(exercise('softmax-three-logits').misconception).toBeUndefined();
  });
});

describe("item 11: the notes' threshold, greater than 0.5 → class 1", () => {
  // decide-class as an instructor might write it, with ŷ = 0.5 among the values drawn.
  const atHalf = () =>
    courseFolder([], {
      'decide-class.yaml': edited(
        'decide-class',
        ['    default: 0.4\n', '    default: 0.5\n'],
        ['choice: [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.55,', 'choice: [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55,'],
      ),
    });

  it('grades the notes’ answer at ŷ = 0.5, class 0, as correct', async () => {
    const { exercise } = await check(atHalf(), 'decide-class: Class 0\n');
    expect(exercise('decide-class')).toMatchObject({ status: 'correct', variant: { yHat: 0.5 } });
  });

  it('grader validate warns when a variant can draw ŷ = 0.5 exactly', async () => {
    const dir = atHalf();
    const ctx = fakeContext(dir);
    expect(await runCli(['validate', '--json', '.'], ctx)).toBe(0);
    const problems = (JSON.parse(ctx.out()) as { problems: { code: string; severity: string; line: number; col: number; message: string }[] }).problems;
    expect(problems).toEqual([expect.objectContaining({ code: 'threshold-drawn', severity: 'warning', line: 22, col: 14 })]);
    expect(problems[0]!.message).toMatch(/^decide\(\) gets ŷ = 0\.5, exactly its threshold, with the default parameters/);
  });

  it("the bank's decide-class never draws ŷ = 0.5, for any student", async () => {
    const course = courseFolder(['decide-class']);
    const ctx = fakeContext(course);
    expect(await runCli(['validate', '.'], ctx)).toBe(0);
    expect(ctx.out()).toMatch(/no problems/);
    // The first 80 students of a class (6 of whom drew 0.5 before): their sheets show their ŷ.
    const drawn = new Set<string>();
    for (let i = 1; i <= 80; i++) {
      const sheet = fakeContext(course);
      await runCli(['sheet', '--student', `s${String(i).padStart(3, '0')}`], sheet);
      drawn.add(/ŷ = ([\d.]+) = P/.exec(sheet.out())![1]!);
    }
    expect(drawn.size).toBeGreaterThan(10);
    expect([...drawn]).not.toContain('0.5');
  });
});

describe('item 12: categorical cross-entropy takes distributions only', () => {
  it('grader validate refuses predictions whose rows do not sum to 1, where they are written', async () => {
    const course = courseFolder([], {
      // For some students only: the second choice sums to 1.2.
      'cce-three-classes.yaml': edited('cce-three-classes', ['      - [0.5, 0.3, 0.2]\n', ''], ['      - [0.15, 0.6, 0.25]\n', ''], ['      - [0.1, 0.35, 0.55]\n', ''], ['      - [0.45, 0.15, 0.4]\n', ''], ['      - [0.05, 0.8, 0.15]\n', ''], ['      - [0.25, 0.3, 0.45]\n', ''], ['      - [0.6, 0.1, 0.3]', '      - [0.6, 0.3, 0.3]']),
      'cce-function.yaml': edited('cce-function', ['- { y: [[0, 0, 1]], yHat: [[0.25, 0.25, 0.5]] }', '- { y: [[0, 0, 1]], yHat: [[0.5, 0.3, 0.1]] }']),
    });
    const ctx = fakeContext(course);
    expect(await runCli(['validate', '--json', '.'], ctx)).toBe(1);
    const problems = (JSON.parse(ctx.out()) as { problems: { file: string; code: string; line: number; message: string }[] }).problems;
    expect(problems).toEqual([
      expect.objectContaining({ file: 'cce-function.yaml', code: 'argument-type', line: 25 }),
      expect.objectContaining({ file: 'cce-three-classes.yaml', code: 'argument-type', line: 20, col: 44 }),
    ]);
    expect(problems[0]!.message).toMatch(/'yHat' must be a distribution-matrix: .*row 0 is \[0\.5, 0\.3, 0\.1\]/);
    expect(problems[1]!.message).toMatch(/'yHat' must be a distribution: .*got \[0\.6, 0\.3, 0\.3\] \(for sampled student/);
  });

  it("grades the notes' example as before", async () => {
    const { exercise } = await check(courseFolder(['cce-three-classes']), 'cce-three-classes: 0.3567\n');
    expect(exercise('cce-three-classes').status).toBe('correct');
  });
});

describe("item 10: the notes' classic mistakes, each diagnosed where it applies", () => {
  // Each answer is the mistake made on the exercise's default numbers.
  it.each<[string, string, string]>([
    // y = [1, 0, 1], ŷ = [0.9, 0.2, 0.6]: −(ln 0.9 + ln 0.2 + ln 0.6) / 3 instead of 0.2798.
    ['bce-batch', '0.7419', 'log-yhat-for-every-label'],
    // 0.2798 / ln 2.
    ['bce-batch', '0.4036', 'log2-instead-of-ln'],
    // y = 1, ŷ = 0.8: −log₂ 0.8 instead of −ln 0.8 = 0.2231.
    ['bce-one-example', '0.3219', 'log2-instead-of-ln'],
    // −[ŷ ln y + (1 − ŷ) ln(1 − y)] with y = 1: 0.2 · −ln(10⁻⁷), the log of 0 clipped as Keras does.
    ['bce-one-example', '3.224', 'swapped-y-and-yhat'],
    // y = [1, 0, 0], ŷ = [0.7, 0.2, 0.1]: −ln 0.2 instead of −ln 0.7 = 0.3567.
    ['cce-three-classes', '1.609', 'wrong-class-probability'],
    // The mean of −ln 0.7, −ln 0.8 and −ln 0.9.
    ['cce-three-classes', '0.2284', 'bce-per-class'],
    // α = 2, x = −1: e⁻¹ − 1 instead of 2(e⁻¹ − 1) = −1.264.
    ['elu-negative', '-0.6321', 'elu-without-alpha'],
    // slope 0.1, x = −2: 0.01 · −2 instead of −0.2.
    ['leaky-relu-negative', '-0.02', 'notes-leaky-slope'],
    // 12 faces, k = 4: 3/12 instead of 4/12.
    ['die-at-most', '0.25', 'at-most-as-less-than'],
  ])('%s: %s is %s', async (id, answer, misconception) => {
    const { exercise, out } = await check(courseFolder([id]), `${id}: ${answer}\n`);
    expect(exercise(id)).toMatchObject({ status: 'incorrect', misconception: { id: misconception, title: { code: `misconception.${misconception}.title` } } });
    const named = exercise(id).misconception!;
    // Said once, as the named mistake, first under the exercise: not again among the feedback.
    expect(exercise(id).feedback).not.toContainEqual(named.feedback);
    expect(out).toMatch(new RegExp(`0/\\d\\n {4}${escapeRegExp(`${en(named.title)}: ${en(named.feedback)}`)}\\n`));
  });

  it.each<[string, string, string]>([
    ['softmax-function', 'softmax-overflow', 'export function softmax(z: number[]): number[] {\n  const e = z.map(Math.exp);\n  const sum = e.reduce((a, b) => a + b, 0);\n  return e.map((x) => x / sum);\n}\n'],
    ['bce-function', 'log-yhat-for-every-label', 'export function binaryCrossEntropy(y: number[], yHat: number[]): number {\n  return -yHat.reduce((s, p) => s + Math.log(p), 0) / y.length;\n}\n'],
    ['bce-function', 'log2-instead-of-ln', 'export function binaryCrossEntropy(y: number[], yHat: number[]): number {\n  let s = 0;\n  for (let j = 0; j < y.length; j++) s += y[j]! * Math.log2(yHat[j]!) + (1 - y[j]!) * Math.log2(1 - yHat[j]!);\n  return -s / y.length;\n}\n'],
  ])('%s: code making the mistake %s is diagnosed so', async (id, misconception, code) => {
    const { exercise } = await check(courseFolder([id]), { 'solution.ts': code }, []);
    expect(['partial', 'incorrect']).toContain(exercise(id).status);
    expect(exercise(id).misconception?.id).toBe(misconception);
  });

  it('shows the naive softmax failing on the visible large logits', async () => {
    const naive = 'export function softmax(z: number[]): number[] {\n  const e = z.map(Math.exp);\n  const sum = e.reduce((a, b) => a + b, 0);\n  return e.map((x) => x / sum);\n}\n';
    const { exercise, out } = await check(courseFolder(['softmax-function']), { 'solution.ts': naive }, []);
    expect(exercise('softmax-function').cases).toContainEqual(expect.objectContaining({ visibility: 'visible', status: 'fail', args: { z: [800, 801, 799] }, received: '[NaN, NaN, NaN]' }));
    expect(out).toContain('    Softmax without subtracting the largest logit: ');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
