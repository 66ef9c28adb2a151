// `grader check` run in-process with fake streams, on the course's own exercise bank: the
// notes' worked examples, the notes' classic mistakes, hostile answers files, exit codes,
// colour, JSON, and expected values the course hides.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { StudentResult } from '../../grader/result/types.ts';
import { en } from '../messages/english.ts';
import { fakeContext } from './fake-context.ts';

const bank = join(import.meta.dirname, '../../exercises');
const root = mkdtempSync(join(tmpdir(), 'grader-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every exercise of the bank but the code one (graded by the sandbox, not here), as one assignment. */
const ANSWERED = [
  'house-price-task', 'output-layer', 'which-tasks-are-binary', 'die-face', 'class-zero-probability', 'sigmoid-of-logit',
  'decide-class', 'softmax-three-logits', 'leaky-relu-negative', 'bce-one-example', 'bce-batch', 'cce-three-classes',
  'natural-log-of-prediction', 'sigmoid-layers-bound',
];

function courseFolder(extra = ''): string {
  const dir = mkdtempSync(join(root, 'course-'));
  const course = [
    'name: Introduction to machine learning',
    'salt: ml-intro-2026-autumn',
    'tolerance: { sigfigs: 3 }',
    `exercises: ${JSON.stringify(bank)}`,
    extra,
    'assignments:',
    '  - id: answers',
    '    title: Everything answered in answers.yaml',
    '    due: 2026-10-12T23:59:00+03:30',
    `    exercises: [${ANSWERED.join(', ')}]`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'course.yaml'), course);
  return dir;
}

function studentFolder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(mkdtempSync(join(root, 'class-')), name);
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

/** The notes' worked examples, in the notes' own numbers (the bank's default variant). */
const NOTES_ANSWERS = [
  'house-price-task: Regression',
  'output-layer: k-softmax',
  'which-tasks-are-binary: [spam, tumour]',
  'die-face: 0.167',
  'class-zero-probability: 0.6',
  // The notes round σ(2) to 0.88, which the bank's 3 significant figures call rounding too early.
  'sigmoid-of-logit: 0.881',
  'decide-class: Class 0',
  'softmax-three-logits: [0.66, 0.24, 0.10]',
  // Leaky ReLU with a slope of its own (0.1), not the notes' 0.01: the mistake would not show there.
  'leaky-relu-negative: -0.2',
  'bce-one-example: 0.2231',
  'bce-batch: 0.2798',
  'cce-three-classes: 0.3567',
  'natural-log-of-prediction: 0.2231',
  'sigmoid-layers-bound: 0.25^5',
  '',
].join('\n');

async function check(args: string[], cwd: string, options: Parameters<typeof fakeContext>[1] = {}) {
  const ctx = fakeContext(cwd, options);
  const code = await runCli(['check', ...args], ctx);
  return { code, out: ctx.out(), err: ctx.err() };
}

async function checkJson(args: string[], cwd: string): Promise<{ code: number; result: StudentResult; err: string }> {
  const { code, out, err } = await check([...args, '--json'], cwd);
  return { code, result: JSON.parse(out) as StudentResult, err };
}

const statuses = (result: StudentResult) => Object.fromEntries(result.exercises.map((e) => [e.id, e.status]));

describe("grader check on the notes' worked examples", () => {
  it('gets correct on each, and exits 0', async () => {
    const course = courseFolder();
    const answers = NOTES_ANSWERS.replace('sigmoid-layers-bound: 0.25^5', 'sigmoid-layers-bound: 9.77e-4');
    const student = studentFolder('s001', { 'answers.yaml': answers });
    const { code, result, err } = await checkJson([student, '--defaults'], course);
    expect(err).toBe('');
    expect(Object.values(statuses(result))).toEqual(Array(ANSWERED.length).fill('correct'));
    expect(result.score).toBe(result.max);
    expect(code).toBe(0);
  });

  it('names log10 in BCE, sigmoid in place of softmax and a percentage for a probability', async () => {
    const course = courseFolder();
    const answers = NOTES_ANSWERS.replace('bce-one-example: 0.2231', 'bce-one-example: 0.0969')
      .replace('softmax-three-logits: [0.66, 0.24, 0.10]', 'softmax-three-logits: [0.88, 0.73, 0.52]')
      .replace('die-face: 0.167', 'die-face: 16.7')
      .replace('sigmoid-layers-bound: 0.25^5', 'sigmoid-layers-bound: 0.000977');
    const student = studentFolder('s001', { 'answers.yaml': answers });
    const { code, result } = await checkJson([student, '--defaults'], course);
    const named = Object.fromEntries(result.exercises.filter((e) => e.misconception).map((e) => [e.id, e.misconception!.id]));
    expect(named).toEqual({
      'bce-one-example': 'log10-instead-of-ln',
      'softmax-three-logits': 'sigmoid-instead-of-softmax',
      'die-face': 'percent-instead-of-probability',
    });
    expect(code).toBe(1);
    const text = await check([student, '--defaults'], course);
    // The named mistake is the first line under its exercise: its title, then what to do about it.
    expect(text.out).toMatch(/✗ Incorrect +bce-one-example +0\/3\n {4}Common logarithm instead of natural logarithm: This is the value with log base 10\./);
    expect(text.out).toMatch(/✗ Incorrect +softmax-three-logits +0\/4\n {4}Sigmoid of each logit instead of softmax: These are the sigmoid values/);
    expect(text.out).toMatch(/✗ Incorrect +die-face +0\/2\n {4}A percentage where a probability was asked: You gave a percentage\./);
  });

  it("tells the notes' σ(2) = 0.88 it was rounded too early under the bank's 3 significant figures", async () => {
    const course = courseFolder();
    const student = studentFolder('s001', { 'answers.yaml': 'sigmoid-of-logit: 0.88\n' });
    const { result } = await checkJson([student, '--defaults'], course);
    expect(result.exercises.find((e) => e.id === 'sigmoid-of-logit')).toMatchObject({ status: 'incorrect', roundedTooEarly: true });
  });

  it("grades a student's own numbers by default, keyed on the folder name or --student", async () => {
    const course = courseFolder();
    const student = studentFolder('s042', { 'answers.yaml': 'die-face: 0.167\n' });
    const byFolder = (await checkJson([student], course)).result;
    const byOption = (await checkJson([student, '--student', 's042'], course)).result;
    const other = (await checkJson([student, '--student', 's043'], course)).result;
    expect(byFolder.student.id).toBe('s042');
    expect(byOption.exercises.map((e) => e.variant)).toEqual(byFolder.exercises.map((e) => e.variant));
    expect(other.exercises.map((e) => e.variant)).not.toEqual(byFolder.exercises.map((e) => e.variant));
  });

  it('reads a single answers file, and reports an id the course does not have', async () => {
    const course = courseFolder();
    const student = studentFolder('s001', { 'mine.json': '{"die-face": "1/6", "dice-face": 0.5}' });
    const { code, out, err } = await check([join(student, 'mine.json'), '--defaults'], course);
    expect(out).toMatch(/✓ Correct +die-face +2\/2/);
    expect(err).toContain('mine.json, line 1, column 21: dice-face is not an exercise of this course (did you mean die-face?).');
    expect(code).toBe(1);
    const { result } = await checkJson([join(student, 'mine.json'), '--defaults'], course);
    expect(result.problems).toEqual([{ code: 'unknown-exercise-did-you-mean', params: { id: 'dice-face', guess: 'die-face' }, file: 'mine.json', line: 1, col: 21 }]);
  });
});

describe('grader check on hostile answers files', () => {
  const bomb = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) bomb.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(',')}]`);
  // The alias bomb expands within the file's budget: each answer it blows up is refused on its
  // own (die-face's too), not the whole file.
  it.each<[string, () => string | Uint8Array, string, string]>([
    ['a 50 MB file', () => Buffer.alloc(50 * 1024 * 1024, 'die-face: 0.167\n'), 'answers-too-large', 'answers-file-unusable'],
    ['a YAML alias bomb', () => `${bomb.join('\n')}\ndie-face: *l9\n`, 'answer-too-many-values', 'answer-unusable'],
    ['binary junk', () => Uint8Array.from({ length: 8192 }, (_, i) => (i * 2654435761) >>> 24), 'answers-binary', 'answers-file-unusable'],
    ['a 10,000-deep nested sequence', () => `die-face: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'answers-too-deep', 'answers-file-unusable'],
    ['a non-UTF-8 file', () => Buffer.from('die-face: 0,167 caf\xe9\n', 'latin1'), 'answers-not-utf8', 'answers-file-unusable'],
  ])('%s gives a clear invalid message, and the tool exits normally', async (_name, content, code, feedbackCode) => {
    const course = courseFolder();
    const student = studentFolder('s001', { 'answers.yaml': content() });
    const { code: exit, result } = await checkJson([student, '--defaults'], course);
    expect(exit).toBe(1);
    expect(result.problems[0]).toMatchObject({ code, file: 'answers.yaml' });
    const dieFace = result.exercises.find((e) => e.id === 'die-face')!;
    expect(dieFace.status).toBe('invalid');
    expect(dieFace.feedback[0]).toMatchObject({ code: feedbackCode, params: { file: 'answers.yaml' } });
    expect(en(dieFace.feedback[0])).toMatch(
      /^(Your answers file could not be read, so this answer could not be either: .+ \(answers\.yaml, line \d+\)|This answer could not be used \(answers\.yaml, line \d+\): .+)\.$/,
    );
    // Nothing else is affected: the next student in the same process is graded as usual.
    const next = studentFolder('s002', { 'answers.yaml': NOTES_ANSWERS });
    expect(statuses((await checkJson([next, '--defaults'], course)).result)['die-face']).toBe('correct');
  });

  it('a __proto__ key is reported as an unknown exercise, and the rest is graded', async () => {
    const course = courseFolder();
    const student = studentFolder('s001', { 'answers.yaml': '__proto__: { polluted: true }\ndie-face: 0.167\n' });
    const { result } = await checkJson([student, '--defaults'], course);
    expect(result.problems).toEqual([{ code: 'unknown-exercise', params: { id: '__proto__' }, file: 'answers.yaml', line: 1, col: 1 }]);
    expect(statuses(result)['die-face']).toBe('correct');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('grader check exit codes and output', () => {
  it.each<[string, (course: string) => string[], RegExp]>([
    ['a folder that does not exist', (course) => [join(course, 'nobody')], /no such folder or file/],
    ['a device instead of a file', () => ['/dev/null'], /^grader check: \/dev\/null is neither a folder nor a regular file/],
    ['a folder with neither answers nor code', () => [studentFolder('s009', { 'notes.txt': 'hi' })], /no answers file .* and no code file/],
    ['a file that is neither answers nor code', () => [join(studentFolder('s009', { 'notes.txt': 'hi' }), 'notes.txt')], /neither an answers file/],
    ['an unknown option', () => [studentFolder('s009', { 'answers.yaml': 'a: 1' }), '--colour'], /unknown option/],
    ['a missing course file', () => [studentFolder('s009', { 'answers.yaml': 'a: 1' }), '--course', join(root, 'none.yaml')], /is not a file/],
    ['an unknown assignment', () => [studentFolder('s009', { 'answers.yaml': 'a: 1' }), '--assignment', 'week-9'], /no assignment 'week-9'/],
  ])('exits 2 on %s', async (_name, args, message) => {
    const course = courseFolder();
    const { code, err } = await check(args(course), course);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
  it('exits 2 when no course file is found from the working folder', async () => {
    const student = studentFolder('s009', { 'answers.yaml': 'die-face: 0.167' });
    const { code, err } = await check([student], join(student, '..'));
    expect(code).toBe(2);
    expect(err).toMatch(/no course file here/);
  });
  it('finds exercises/course.yaml from the working folder', async () => {
    const dir = mkdtempSync(join(root, 'repo-'));
    mkdirSync(join(dir, 'exercises'));
    writeFileSync(join(dir, 'exercises', 'course.yaml'), `name: ML\nsalt: x\nexercises: ${JSON.stringify(bank)}\nassignments:\n  - { id: a, title: A, due: '2026-10-12T23:59:00+03:30', exercises: [die-face] }\n`);
    const student = studentFolder('s001', { 'answers.yaml': 'die-face: 1/6\n' });
    expect((await check([student, '--defaults'], dir)).code).toBe(0);
  });

  it('colours a terminal, and never when NO_COLOR is set or the output is not a terminal', async () => {
    const course = courseFolder();
    const student = studentFolder('s001', { 'answers.yaml': NOTES_ANSWERS });
    expect((await check([student, '--defaults'], course, { tty: true })).out).toContain('\u001b[32m✓ Correct');
    expect((await check([student, '--defaults'], course, { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    expect((await check([student, '--defaults'], course, { tty: false })).out).not.toContain('\u001b[');
  });

  it('prints byte-identical JSON for the same folder', async () => {
    const course = courseFolder();
    const student = studentFolder('s001', { 'answers.yaml': NOTES_ANSWERS });
    const first = await check([student, '--json'], course);
    expect((await check([student, '--json'], course)).out).toBe(first.out);
  });
});

describe('grader sheet', () => {
  it("prints a student's own numbers, and the notes' without --student", async () => {
    const course = courseFolder();
    const run = async (args: string[]) => {
      const ctx = fakeContext(course);
      const code = await runCli(['sheet', ...args], ctx);
      return { code, out: ctx.out() };
    };
    const notes = await run([]);
    expect(notes.code).toBe(0);
    expect(notes.out).toContain('z = [2, 1, 0.1]');
    const own = await run(['--student', 's042']);
    const json = (await checkJson([studentFolder('s042', { 'answers.yaml': 'die-face: 1\n' })], course)).result;
    expect(own.out).toContain(json.exercises.find((e) => e.id === 'softmax-three-logits')!.prompt.en.trim().split('\n')[0]);
    expect(own.out).not.toBe(notes.out);
    expect((await run(['--course', join(root, 'none.yaml')])).code).toBe(2);
  });
});

describe('grader check never shows what the course hides', () => {
  it('leaves out expected values in text and JSON when the course does not reveal them', async () => {
    const course = courseFolder('reveal: false');
    const student = studentFolder('s001', {
      'answers.yaml': 'die-face: 0.2\nbce-one-example: 0.0969\nsoftmax-three-logits: [0.88, 0.73, 0.52]\nhouse-price-task: Classification\n',
    });
    const text = await check([student, '--defaults'], course);
    const json = await check([student, '--defaults', '--json'], course);
    for (const output of [text.out, json.out]) {
      expect(output).not.toMatch(/0\.1667|0\.2231|0\.659|0\.242|0\.0986|0\.0985|Expected:|expected value is|"expected"/);
    }
    // The right option is not named; the JSON lists every option (the sheet shows them all), the right one among the others.
    expect(text.out).not.toContain('Regression (the output');
    const house = (JSON.parse(json.out) as StudentResult).exercises.find((e) => e.id === 'house-price-task')!;
    expect(house).toMatchObject({ status: 'incorrect', picked: ['classification'] });
    expect(house.options!.map((o) => o.id)).toEqual(['classification', 'regression']);
    expect(house.expected).toBeUndefined();
    expect(text.out).toContain('    Common logarithm instead of natural logarithm: This is the value with log base 10.');
  });
});

describe('grader check on an answers file with one YAML syntax error', () => {
  // Issue 12, item 20: said 18 times, once per exercise, at the line after the mistake.
  const BROKEN = NOTES_ANSWERS.replace('softmax-three-logits: [0.66, 0.24, 0.10]', 'softmax-three-logits: [0.66, 0.24, 0.10');
  const line = BROKEN.split('\n').findIndex((l) => l.startsWith('softmax-three-logits')) + 1;

  it('reports it once, at the bracket never closed', async () => {
    const course = courseFolder();
    const student = studentFolder('s001', { 'answers.yaml': BROKEN });
    const { code, out, err } = await check([student, '--defaults'], course);
    expect(code).toBe(1);
    expect(err).toBe(`answers.yaml, line ${line}, column 23: The answers file is not valid YAML or JSON: the [ here is never closed by a ].\n`);
    expect(`${out}${err}`.match(/never closed/g)).toHaveLength(1);
    // Each exercise says where, not the error again.
    expect(out.match(new RegExp(`Your answers file could not be read, so this answer could not be either: it is not valid YAML or JSON \\(answers\\.yaml, line ${line}\\)\\.`, 'g'))).toHaveLength(ANSWERED.length);
  });

  it('keeps one problem in the result, at the same place', async () => {
    const course = courseFolder();
    const student = studentFolder('s001', { 'answers.yaml': BROKEN });
    const { result } = await checkJson([student, '--defaults'], course);
    expect(result.problems).toEqual([{ code: 'answers-yaml-unclosed-bracket', params: { opener: '[', closer: ']' }, file: 'answers.yaml', line, col: 23 }]);
    expect(result.exercises.every((e) => e.status === 'invalid')).toBe(true);
    for (const exercise of result.exercises) {
      expect(exercise.feedback).toEqual([{ code: 'answers-file-unusable', params: { reason: { code: 'unusable.not-yaml' }, file: 'answers.yaml', line, col: 23 } }]);
    }
  });
});

describe('whose numbers grader check grades', () => {
  // Issue 12, item 19: the id came from the folder's name, silently, and a typo in --student was taken.
  const answers = { 'answers.yaml': 'die-face: 0.167\n' };
  const variants = (result: StudentResult) => result.exercises.map((e) => e.variant);

  it('says the id on the first line: from --student, or from the folder’s name', async () => {
    const course = courseFolder();
    const student = studentFolder('s042', answers);
    expect((await check([student], course)).out.split('\n')[0]).toBe("Student s042 (the folder's name; not your id? pass --student <id>)");
    expect((await check([student, '--student', 's043'], course)).out.split('\n')[0]).toBe('Student s043 (--student)');
    expect((await check([student, '--defaults'], course)).out.split('\n')[0]).toBe("The course notes' numbers (--defaults), not a student's own");
  });

  it.each(['my-folder', 'homework', 'answers'])('warns that a folder named %s does not look like an id, and says how to pass --student', async (name) => {
    const course = courseFolder();
    const student = studentFolder(name, answers);
    for (const args of [[student], [student, '--json']]) {
      const run = await check(args, course);
      expect(run.err).toContain(`grader check: "${name}", the folder's name, does not look like a student id, and your numbers depend on your id: unless it is yours, pass your id with --student <id>`);
    }
    expect((await check([student], course)).out.split('\n')[0]).toBe(`Student ${name} (the folder's name)`);
    expect((await check([student, '--student', 's2026-017'], course)).err).toBe('');
  });

  it('takes a folder named like an assignment or an exercise for no id', async () => {
    const course = courseFolder();
    const run = await check([studentFolder('die-face', answers)], course);
    expect(run.err).toContain('"die-face", the folder\'s name, does not look like a student id');
  });

  it.each<[string, string[], RegExp]>([
    ['a folder name that cannot be an id', [], /^grader check: the folder's name is taken as your student id, and "my folder" must be 1 to 64 letters.*: pass your id with --student <id>/],
    ['a --student that cannot be an id', ['--student', 'zahra/../..'], /^grader check: --student: student id "zahra\/..\/.." must be/],
  ])('refuses %s (exit 2)', async (_what, args, message) => {
    const course = courseFolder();
    const run = await check([studentFolder('my folder', answers), ...args], course);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.out).toBe('');
  });

  describe('with --roster', () => {
    const roster = join(root, 'roster.csv');
    writeFileSync(roster, 'id,name\nzahra.karimi,زهرا کریمی\ns042,Someone\n');

    it.each<[string, string, string[], string]>([
      ['a folder name', 'my-folder', [], `the folder's name "my-folder" is not a student id of the roster: pass your id with --student <id>`],
      ['a typo in --student', 's042', ['--student', 'zahra.karmi'], '--student zahra.karmi is not a student id of the roster (did you mean zahra.karimi?): pass your id with --student <id>'],
      ['a typo in the folder name', 'zahra.karmi', [], `the folder's name "zahra.karmi" is not a student id of the roster (did you mean zahra.karimi?)`],
    ])('refuses %s not on it (exit 2), saying how to pass --student', async (_what, name, args, message) => {
      const course = courseFolder();
      const run = await check([studentFolder(name, answers), '--roster', roster, ...args], course);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`grader check: ${message}`);
    });

    it("grades an id on it, a folder that differs only by case under the roster's spelling", async () => {
      const course = courseFolder();
      const upper = await check([studentFolder('Zahra.Karimi', answers), '--roster', roster], course);
      expect(upper.out.split('\n')[0]).toBe("Student zahra.karimi (the folder's name, on the roster)");
      const byRoster = (await checkJson([studentFolder('Zahra.Karimi', answers), '--roster', roster], course)).result;
      const byOption = (await checkJson([studentFolder('x', answers), '--student', 'zahra.karimi'], course)).result;
      expect(byRoster.student.id).toBe('zahra.karimi');
      expect(variants(byRoster)).toEqual(variants(byOption));
    });

    it('refuses a roster that cannot be used (exit 2)', async () => {
      const course = courseFolder();
      const bad = join(root, 'no-id.csv');
      writeFileSync(bad, 'name\nZahra\n');
      const run = await check([studentFolder('s042', answers), '--roster', bad], course);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`--roster ${bad} cannot be used: line 1: the first row must name the columns, with at least "id"`);
    });
  });
});
