// `grader check --pack` through the CLI: the example class checked from packs of the example
// course gets exactly batch grading's verdicts on the visible material (every answer's status
// and score, every visible test's status), hidden tests only as a count (en and fa); the
// self-check policy decides what it says (expected values, no verdicts); a pack that is missing,
// damaged, of another format, or a student it does not have, is one line naming the file and
// exit code 2, with nothing written.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { ExerciseResult, StudentResult } from '../../grader/result/types.ts';
import { readTree } from '../e2e/run.ts';
import { fakeContext } from '../cli/fake-context.ts';

const repo = join(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'grader-check-pack-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(args: readonly string[], cwd = repo): Promise<{ code: number; out: string; err: string }> {
  const ctx = fakeContext(cwd);
  const code = await runCli(args, ctx);
  return { code, out: ctx.out(), err: ctx.err() };
}

const ASSIGNMENTS = ['week-1', 'week-2', 'week-3'] as const;
const students = readFileSync(join(repo, 'examples/roster.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]!).filter((id) => existsSync(join(repo, 'examples/class', id)));

/** What batch grading and a self-check must agree on: for an answer, its status and score; for code, its visible tests and whether the file loaded. */
function visibleVerdict(exercise: ExerciseResult): unknown {
  if (exercise.kind !== 'function') return { id: exercise.id, status: exercise.status, score: exercise.score };
  const visible = (exercise.cases ?? []).filter((c) => c.visibility === 'visible').map((c) => c.status);
  const unrun = exercise.cases === undefined ? exercise.status : 'ran';
  return { id: exercise.id, visible, unrun };
}

describe('the example class checked from packs gets batch grading’s verdicts', () => {
  const graded = join(root, 'graded');
  beforeAll(async () => {
    const run = await cli(['grade', 'examples/class', '--roster', 'examples/roster.csv', '--out', graded]);
    expect(run.code).toBe(0);
    for (const id of ASSIGNMENTS) expect((await cli(['pack', '--assignment', id, '--roster', 'examples/roster.csv', '--out', join(root, 'packs', id)])).code).toBe(0);
  });

  it.each(ASSIGNMENTS)('%s: every student, every exercise', async (assignment) => {
    expect(students.length).toBeGreaterThan(40);
    let compared = 0;
    for (const student of students) {
      const batch = JSON.parse(readFileSync(join(graded, 'results', `${student}.json`), 'utf8')) as StudentResult;
      const run = await cli(['check', '--pack', join(root, 'packs', assignment), join('examples/class', student), '--student', student, '--json']);
      expect([0, 1], `${student}: ${run.err}`).toContain(run.code);
      const self = JSON.parse(run.out) as StudentResult;
      const ids = self.exercises.map((e) => e.id);
      const fromBatch = batch.exercises.filter((e) => ids.includes(e.id));
      expect(self.exercises.map(visibleVerdict), student).toEqual(fromBatch.map(visibleVerdict));
      // The same numbers, and the same load failure of the code file.
      expect(self.exercises.map((e) => e.variant)).toEqual(fromBatch.map((e) => e.variant));
      if (assignment === 'week-3') expect(self.codeLoadFailure?.code, student).toBe(batch.codeLoadFailure?.code);
      compared += self.exercises.length;
    }
    expect(compared).toBeGreaterThan(students.length * 10);
  });

  it('shows a code exercise its visible tests and only a count of the others, in English and in Persian', async () => {
    const pack = join(root, 'packs/week-3');
    const json = JSON.parse((await cli(['check', '--pack', pack, 'examples/class/sara.ahmadi', '--json'])).out) as StudentResult;
    const relu = json.exercises.find((e) => e.id === 'relu-function')!;
    expect(relu.cases!.map((c) => c.visibility)).toEqual(['visible', 'visible']);
    expect(relu.hidden).toBeUndefined();
    expect(relu.feedback).toContainEqual({ code: 'self-check.hidden-later', params: { count: 8 } });
    const en = await cli(['check', '--pack', pack, 'examples/class/sara.ahmadi', '--lang', 'en']);
    expect(en.out).toContain('8 hidden tests are graded after hand-in; this check ran the visible ones only.');
    expect(en.out).toContain('Student sara.ahmadi (the folder\'s name, in the pack)');
    const fa = await cli(['check', '--pack', pack, 'examples/class/sara.ahmadi', '--lang', 'fa']);
    expect(fa.out).toContain('۸ آزمون پنهان پس از تحویل نمره داده می‌شود');
  });

  it('takes a per-student pack without --student, and refuses another student with it', async () => {
    const out = join(root, 'per-student');
    expect((await cli(['pack', '--assignment', 'week-1', '--roster', 'examples/roster.csv', '--out', out, '--per-student'])).code).toBe(0);
    // The file as the student gets it: alone, in a folder of theirs, far from the course.
    const given = mkdtempSync(join(root, 'given-'));
    cpSync(join(out, 'neda.moradi/pack.json'), join(given, 'pack.json'));
    const own = await cli(['check', '--pack', join(given, 'pack.json'), join(repo, 'examples/class/neda.moradi'), '--json'], given);
    const batch = JSON.parse(readFileSync(join(graded, 'results/neda.moradi.json'), 'utf8')) as StudentResult;
    const self = JSON.parse(own.out) as StudentResult;
    expect(self.exercises.map(visibleVerdict)).toEqual(batch.exercises.filter((e) => self.exercises.some((s) => s.id === e.id)).map(visibleVerdict));
    const other = await cli(['check', '--pack', join(out, 'neda.moradi/pack.json'), 'examples/class/sara.ahmadi', '--student', 'sara.ahmadi']);
    expect(other.code).toBe(2);
    expect(other.err).toContain('is the pack of neda.moradi, and holds no other student\'s numbers');
  });
});

describe('a pack that cannot be used', () => {
  let pack: string;
  let student: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    pack = join(root, 'broken', 'pack');
    expect((await cli(['pack', '--assignment', 'week-1', '--roster', 'examples/roster.csv', '--out', pack])).code).toBe(0);
    student = join(root, 'broken', 'sara.ahmadi');
    mkdirSync(student);
    cpSync(join(repo, 'examples/class/sara.ahmadi/answers.yaml'), join(student, 'answers.yaml'));
    before = readTree(join(root, 'broken'));
  });

  const damaged = (name: string, edit: (text: string) => string, file = 'pack.json'): string => {
    const copy = join(root, 'broken-copies', name);
    cpSync(pack, copy, { recursive: true });
    writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8')));
    return copy;
  };

  it.each([
    ['no pack there', () => join(root, 'no-such-pack'), [], /no-such-pack: there is no pack file \(pack\.json\) here/],
    ['a pack cut short', () => damaged('cut', (t) => t.slice(0, 300)), [], /cut\/pack\.json:\d+:\d+: is not valid JSON .*the pack file \(pack\.json\) is damaged; get it again/],
    ['a pack of another format', () => damaged('format', (t) => t.replace('"format": 1', '"format": 2')), [], /format\/pack\.json: is a pack of format 2; this grader reads format 1/],
    ['a damaged exercise', () => damaged('field', (t) => t.replace('"kind": "choice"', '"kind": "essay"')), [], /field\/pack\.json: is damaged: at \/exercises\/0\/answer/],
    ['a student the pack does not have', () => pack, ['--student', 'sara.ahmady'], /--student sara\.ahmady is not a student of this pack \(there is no .*students\/sara\.ahmady\.json\); did you mean sara\.ahmadi\?/],
    ["a student's file without some numbers", () => damaged('numbers', (t) => t.replace(/"die-face": \{[^}]*\},/, ''), 'students/sara.ahmadi.json'), [], /numbers\/students\/sara\.ahmadi\.json: is damaged: it has no numbers for exercise 'die-face'/],
    ['a course option with a pack', () => pack, ['--course', 'exercises/course.yaml'], /--course cannot go with --pack/],
  ])('%s: one line naming the file, exit code 2, nothing written', async (_what, packPath, extra, said) => {
    const run = await cli(['check', '--pack', packPath(), student, ...extra], join(root, 'broken'));
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(said);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(readTree(join(root, 'broken'))).toEqual(before);
  });
});

describe('what the self-check policy lets a check say', () => {
  /** A course of the bank's die-face, due `due`, with `policy` lines; neda.moradi's die-face answer made wrong. */
  async function checkWith(policy: string, due: string, extra: readonly string[] = []): Promise<{ code: number; out: string; err: string }> {
    const dir = mkdtempSync(join(root, 'policy-'));
    const course = [
      'name: Introduction to machine learning',
      'salt: ml-intro-2026-autumn',
      `exercises: ${JSON.stringify(join(repo, 'exercises'))}`,
      policy,
      'assignments:',
      '  - id: week-1',
      '    title: Probability',
      `    due: ${due}`,
      '    exercises: [die-face, relu-derivative]',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'course.yaml'), course);
    const made = await cli(['pack', '--course', join(dir, 'course.yaml'), '--assignment', 'week-1', '--roster', 'examples/roster.csv', '--out', join(dir, 'pack')]);
    expect(made.code, made.err).toBe(0);
    mkdirSync(join(dir, 'neda.moradi'));
    writeFileSync(join(dir, 'neda.moradi/answers.yaml'), 'die-face: 0.5\n');
    cpSync(join(repo, 'examples/class/neda.moradi/solution.ts'), join(dir, 'neda.moradi/solution.ts'));
    return cli(['check', '--pack', join(dir, 'pack'), join(dir, 'neda.moradi'), '--lang', 'en', ...extra]);
  }
  const PAST = '2026-01-05T23:59:00+03:30';
  const FUTURE = '2099-01-05T23:59 Asia/Tehran';

  it.each([
    ['after the due date by default', '', PAST, true],
    ['not before the due date by default', '', FUTURE, false],
    ['never with expected: never', 'self_check: { expected: never }', PAST, false],
    ['always with expected: always', 'self_check: { expected: always }', FUTURE, true],
    ["not where the course's reveal is false", 'reveal: false\nself_check: { expected: always }', PAST, false],
    ['after the due date with reveal: after-due', 'reveal: after-due\nself_check: { expected: always }', PAST, true],
    ['not before it with reveal: after-due', 'reveal: after-due\nself_check: { expected: always }', FUTURE, false],
  ])('shows expected values %s', async (_when, policy, due, shown) => {
    const run = await checkWith(policy, due);
    expect(run.code).toBe(1);
    expect(run.out).toContain('✗ Incorrect');
    expect(/Expected: /.test(run.out)).toBe(shown);
  });

  it('says no verdict and no score with verdicts: false, only whether answers read and code runs', async () => {
    const run = await checkWith('self_check: { verdicts: false }', PAST);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/• Read +die-face\n {4}Your answer can be read\. The course gives no verdict before hand-in\./);
    expect(run.out).toMatch(/• Ran +relu-derivative\n {4}Your function ran on the 2 visible tests without an error\./);
    expect(run.out).toContain('2 of 2 exercises can be read or run; no verdict or score before hand-in.');
    expect(run.out).not.toMatch(/Correct|Incorrect|Score|Expected|\d\/\d/);
  });

  it('says what keeps an answer from being read, or code from running, with verdicts: false', async () => {
    const dir = mkdtempSync(join(root, 'no-verdict-'));
    writeFileSync(join(dir, 'course.yaml'), `name: C\nsalt: s\nexercises: ${JSON.stringify(join(repo, 'exercises'))}\nself_check: { verdicts: false }\nassignments:\n  - { id: w, title: W, due: ${PAST}, exercises: [die-face, softmax-three-logits, relu-derivative] }\n`);
    expect((await cli(['pack', '--course', join(dir, 'course.yaml'), '--assignment', 'w', '--class', join(repo, 'examples/class'), '--out', join(dir, 'pack')])).code).toBe(0);
    mkdirSync(join(dir, 'sara.ahmadi'));
    writeFileSync(join(dir, 'sara.ahmadi/answers.yaml'), 'die-face: one sixth\n');
    writeFileSync(join(dir, 'sara.ahmadi/solution.ts'), 'export function reluDerivative(x: number): number {\n  throw new Error("not yet");\n}\n');
    const run = await cli(['check', '--pack', join(dir, 'pack'), join(dir, 'sara.ahmadi'), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/⚠ Not gradable +die-face/);
    expect(run.out).toMatch(/○ Missing +softmax-three-logits/);
    expect(run.out).toMatch(/‼ Error +relu-derivative\n {4}reluDerivative threw an error at line 2: Error: not yet/);
    expect(run.out).toContain('0 of 3 exercises can be read or run');
  });
});

describe('grader check --help', () => {
  it("says check without --pack is the instructor's tool, and what --pack reads", async () => {
    const run = await cli(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Without --pack, check is the instructor's tool");
    expect(run.out).toContain('--pack <pack>');
    expect(run.out).toMatch(/no course folder, no hidden test, no salt/);
  });
});
