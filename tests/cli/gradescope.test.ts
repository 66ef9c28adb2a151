// `grader gradescope` in-process, as Gradescope runs it: a submission folder, the metadata
// file, results.json written whatever happens. The answers are those of the example class.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { GradescopeResults } from '../../grader/report/index.ts';
import type { StudentResult } from '../../grader/result/types.ts';
import { fakeContext } from './fake-context.ts';

const repo = join(import.meta.dirname, '../..');
const courseFile = join(repo, 'exercises/course.yaml');
const exampleClass = join(repo, 'examples/class');
const root = mkdtempSync(join(tmpdir(), 'grader-gradescope-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Autograder {
  readonly dir: string;
  readonly submission: string;
  readonly results: string;
  readonly metadata: string;
}

/** The /autograder layout in a temporary folder, with `files` copied into the submission. */
function autograder(files: Record<string, string> = {}, metadata?: unknown): Autograder {
  const dir = mkdtempSync(join(root, 'autograder-'));
  const submission = join(dir, 'submission');
  mkdirSync(submission);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(submission, name, '..'), { recursive: true });
    writeFileSync(join(submission, name), text);
  }
  const file = join(dir, 'submission_metadata.json');
  if (metadata !== undefined) writeFileSync(file, typeof metadata === 'string' ? metadata : JSON.stringify(metadata));
  return { dir, submission, results: join(dir, 'results', 'results.json'), metadata: file };
}

function exampleFiles(student: string, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(exampleClass, student, name), 'utf8')]));
}

async function run(ag: Autograder, args: readonly string[] = []) {
  const ctx = fakeContext(ag.dir);
  const code = await runCli(['gradescope', '--submission', ag.submission, '--results', ag.results, '--metadata', ag.metadata, '--course', courseFile, '--lang', 'en', ...args], ctx);
  const results = existsSync(ag.results) ? (JSON.parse(readFileSync(ag.results, 'utf8')) as GradescopeResults) : undefined;
  return { code, results, text: existsSync(ag.results) ? readFileSync(ag.results, 'utf8') : '', ctx };
}

/** What `grader check` gives the same files: the score before any late penalty. */
async function checkScore(folder: string, student: string, assignment: string): Promise<StudentResult> {
  const ctx = fakeContext(root);
  await runCli(['check', folder, '--course', courseFile, '--student', student, '--assignment', assignment, '--json'], ctx);
  return JSON.parse(ctx.out()) as StudentResult;
}

/** The submission's maximum: Gradescope's specification has no top-level max_score, so the tests' add up. */
const maxOf = (results: GradescopeResults): number => results.tests.reduce((sum, t) => sum + t.max_score, 0);

const user = (fields: Record<string, unknown>) => ({ id: 1, created_at: '2026-10-12T20:00:00.000000+03:30', users: [{ id: 55, name: 'Student User', ...fields }] });

describe('grader gradescope', () => {
  it("writes Gradescope's results.json: one test per exercise, the student's id from the email, the score grader check gives", async () => {
    const ag = autograder(exampleFiles('neda.moradi', ['answers.yaml']), user({ email: 'neda.moradi@students.example.edu', sid: '' }));
    const { code, results, text } = await run(ag, ['--assignment', 'week-2']);
    expect(code).toBe(0);
    const checked = await checkScore(ag.submission, 'neda.moradi', 'week-2');
    expect(results).toMatchObject({ score: checked.score, visibility: 'visible', stdout_visibility: 'hidden' });
    expect('max_score' in results!).toBe(false);
    expect(maxOf(results!)).toBe(checked.max);
    expect(results!.execution_time).toEqual(expect.any(Number));
    expect(results!.tests.map((t) => [t.name, t.score, t.max_score])).toEqual(checked.exercises.map((e) => [e.title.en, e.score, e.max]));
    for (const test of results!.tests) expect(Object.keys(test).sort()).toEqual(['max_score', 'name', 'output', 'score', 'status', 'visibility']);
    // neda.moradi takes log base 10 for ln: the feedback names the mistake.
    const bce = results!.tests.find((t) => t.name === 'Binary cross-entropy of one example')!;
    expect(bce.output.split('\n').slice(0, 4)).toEqual([
      '✗ Incorrect · 0 / 3 points',
      'Your answer: 0.699',
      'Common logarithm instead of natural logarithm: This is the value with log base 10. Cross-entropy uses the natural logarithm ln (log base e), as the notes and Keras do; log₁₀ gives a value ln(10) ≈ 2.3 times smaller.',
      'Expected: 1.609',
    ]);
    // Said once: the named mistake is not repeated as feedback.
    expect(bce.output.match(/log base 10/g)).toHaveLength(1);
    expect(results!.output).toContain('student id neda.moradi');
    expect(text.endsWith('}\n')).toBe(true);
    expect(readdirSync(join(ag.dir, 'results'))).toEqual(['results.json']);
  });

  it('applies the assignment\'s late policy to the time Gradescope recorded', async () => {
    const files = exampleFiles('sara.ahmadi', ['answers.yaml']);
    const onTime = await run(autograder(files, user({ email: 'sara.ahmadi@students.example.edu' })), ['--assignment', 'week-1']);
    // Week 1 is due 2026-10-12 23:59 +03:30; two days late at 10% a day.
    const lateMeta = { ...user({ email: 'sara.ahmadi@students.example.edu' }), created_at: '2026-10-14T10:00:00.123456+03:30' };
    const late = await run(autograder(files, lateMeta), ['--assignment', 'week-1']);
    expect(onTime.results!.score).toBe(maxOf(onTime.results!));
    expect(late.results!.score).toBeCloseTo(onTime.results!.score * 0.8, 9);
    expect(late.results!.output).toContain('2 days late');
    expect(late.results!.output).toContain('20% off');
  });

  it.each([
    ['the roster SID before the email', { sid: 'sara.ahmadi', email: 'someone.else@example.edu' }, [], 'sara.ahmadi'],
    ['the email when the SID is empty', { sid: '', email: 'sara.ahmadi@example.edu' }, [], 'sara.ahmadi'],
    ['the email when the SID is not a usable id', { sid: '12 34/56', email: 'sara.ahmadi@example.edu' }, [], 'sara.ahmadi'],
    ['the email when --id-from email says so', { sid: 'x2026-001', email: 'sara.ahmadi@example.edu' }, ['--id-from', 'email'], 'sara.ahmadi'],
    ['--student over everything', { sid: 'x2026-001', email: 'x@example.edu' }, ['--student', 'sara.ahmadi'], 'sara.ahmadi'],
  ] as const)('takes the student id from %s', async (_what, fields, args, id) => {
    const ag = autograder(exampleFiles('sara.ahmadi', ['answers.yaml']), user(fields));
    const { results } = await run(ag, ['--assignment', 'week-1', ...args]);
    // sara.ahmadi answered her own numbers: only her id gives full marks.
    expect(results!.output).toContain(`student id ${id} `);
    expect(results!.score).toBe(maxOf(results!));
  });

  it.each([
    ['no metadata file', undefined, [], 'users[0].sid (the Student ID of the roster) or users[0].email (the part before the @)'],
    ['a user with neither a SID nor an email', user({ sid: null }), [], 'users[0].sid (the Student ID of the roster) or users[0].email'],
    ['an email that is not an id, with --id-from email', user({ sid: 'sara.ahmadi', email: '@example.edu' }), ['--id-from', 'email'], 'users[0].email (the part before the @), and'],
  ] as const)("grades nothing, and says where the id should be, with %s: another student's numbers would grade it wrong", async (_what, metadata, args, where) => {
    const ag = autograder(exampleFiles('sara.ahmadi', ['answers.yaml']), metadata);
    const { code, results } = await run(ag, ['--assignment', 'week-1', ...args]);
    expect(code).toBe(1);
    expect(results).toMatchObject({ score: 0, tests: [] });
    expect(results!.output).toContain(`names no usable student id in ${where}`);
    expect(results!.output).toContain('Your files were not graded; please tell your instructor.');
  });

  it('ignores metadata that is not JSON, with a note in the log', async () => {
    const ag = autograder(exampleFiles('sara.ahmadi', ['answers.yaml']), '{"users": [');
    const { code, results, ctx } = await run(ag, ['--assignment', 'week-1', '--student', 'sara.ahmadi']);
    expect(code).toBe(0);
    expect(results!.score).toBe(maxOf(results!));
    expect(ctx.err()).toContain('submission_metadata.json is ignored: it is not JSON');
  });

  it('finds the files in the one folder a zip unpacked to', async () => {
    const files = exampleFiles('sara.ahmadi', ['answers.yaml']);
    const ag = autograder({ 'my-homework/answers.yaml': files['answers.yaml']! }, user({ sid: 'sara.ahmadi' }));
    const { results } = await run(ag, ['--assignment', 'week-1']);
    expect(results!.score).toBe(maxOf(results!));
  });

  it('scores an empty upload 0 and tells the student which files to hand in', async () => {
    const ag = autograder({ 'notes.txt': 'hello' }, user({ sid: 'sara.ahmadi' }));
    const { code, results } = await run(ag, ['--assignment', 'week-1']);
    expect(code).toBe(0);
    expect(results!.score).toBe(0);
    expect(results!.output).toContain('Nothing handed in: No answers file and no code file were found for you. Hand in answers.yaml');
    expect(results!.tests.every((t) => t.output.startsWith('○ Missing'))).toBe(true);
  });

  it('runs code in the sandbox and never shows hidden cases: their arguments, output or errors', async () => {
    const solution = [
      'export function reluDerivative(x) {',
      "  console.log('seen x=' + x);",
      "  if (x === 100) throw new Error('hidden input ' + x);",
      '  return x > 0 ? 1 : 0;',
      '}',
      '',
    ].join('\n');
    const ag = autograder({ 'solution.js': solution }, user({ sid: 's001' }));
    const { code, results, text } = await run(ag, ['--assignment', 'week-3']);
    expect(code).toBe(0);
    const test = results!.tests.find((t) => t.name === "ReLU's derivative as a function")!;
    // Visible cases x = 2 and x = -1; hidden 0.5, -3, 100 and five seeded random ones.
    // Both visible cases pass (a passed case is counted, not listed); the hidden one that threw is counted, with its line only.
    expect(test.output).toContain('Passed 9 of 10 tests.');
    expect(test.output).toContain('Hidden tests: 7 of 8 passed.');
    expect(test.output).toContain('reluDerivative threw an error on 1 hidden test (at line 3).');
    expect(test.output).toContain('What your code printed during hidden tests is not shown.');
    // The student's function is shown, and only what it printed during the visible cases.
    expect(test.output).toContain(`Your answer:\n${solution.trimEnd()}\n`);
    const printed = test.output.split('What your code printed:\n')[1]!.split('\n');
    expect(printed.slice(0, printed.findIndex((line) => !line.startsWith('  ')))).toEqual(['  seen x=2', '  seen x=-1']);
    for (const secret of ['seen x=0.5', 'seen x=-3', 'seen x=100', 'hidden input 100', 'x = 0.5', 'x = 100']) expect(text).not.toContain(secret);
    // Other tests do not repeat it.
    expect(results!.tests.filter((t) => t.output.includes(solution.trimEnd()))).toHaveLength(1);
  });
});

describe('grader gradescope when it cannot grade', () => {
  it.each([
    ['no course file', ['--course', 'no-such-course.yaml'], 2, 'the autograder has no course file'],
    ['an unknown assignment', ['--assignment', 'week-9'], 2, "the course has no assignment 'week-9'"],
    ['a --student that is not an id', ['--student', '../etc'], 2, '--student: student id "../etc"'],
  ] as const)('still writes results.json, score 0 and the reason, on %s', async (_what, args, exitCode, reason) => {
    const ag = autograder(exampleFiles('sara.ahmadi', ['answers.yaml']), user({ sid: 'sara.ahmadi' }));
    const { code, results } = await run(ag, args);
    expect(code).toBe(exitCode);
    expect(results).toMatchObject({ score: 0, tests: [], visibility: 'visible' });
    expect(results!.output).toContain(reason);
    expect('max_score' in results!).toBe(false);
  });

  it('still writes results.json when the submission folder is missing', async () => {
    const ag = autograder();
    rmSync(ag.submission, { recursive: true });
    const { code, results } = await run(ag);
    expect(code).toBe(2);
    expect(results!.output).toContain('does not exist');
  });
});

/** A course of its own for the bank's exercises: week 1 only, with the given settings. */
function courseWith(settings: string, due = '2026-10-12T23:59:00+03:30'): string {
  const dir = mkdtempSync(join(root, 'course-'));
  const exercises = relative(dir, join(repo, 'exercises'));
  const week1 = readFileSync(courseFile, 'utf8').split('\n  - id: week-2')[0]!.split('assignments:\n')[1]!.replace(/due: .*/, `due: ${due}`);
  writeFileSync(join(dir, 'course.yaml'), `name: Introduction to machine learning\nsalt: ml-intro-2026-autumn\ntolerance: { sigfigs: 3 }\nexercises: ${exercises}\n${settings}\nassignments:\n${week1}`);
  return join(dir, 'course.yaml');
}

describe("Gradescope's dates drive the late policy", () => {
  const files = () => exampleFiles('sara.ahmadi', ['answers.yaml']);
  const sara = { email: 'sara.ahmadi@students.example.edu', sid: 'sara.ahmadi' };
  // The course file says week 1 is due 2026-10-12 23:59 +03:30, 10% a day; handed in two days after it.
  const handedIn = '2026-10-14T10:00:00.000000+03:30';

  it("uses the assignment's due date on Gradescope instead of the course file's", async () => {
    const metadata = { ...user(sara), created_at: handedIn, assignment: { due_date: '2026-10-15T23:59:00.000000+03:30', late_due_date: null } };
    const { results } = await run(autograder(files(), metadata), ['--assignment', 'week-1']);
    expect(results!.score).toBe(maxOf(results!));
    expect(results!.output).toContain('on time (due Thursday 15 October 2026, 23:59, as set on Gradescope; times in Asia/Tehran)');
  });

  it("uses the student's extension, as Gradescope reports it in users[0].assignment", async () => {
    const metadata = {
      ...user(sara),
      created_at: handedIn,
      assignment: { due_date: '2026-10-12T23:59:00.000000+03:30', late_due_date: null },
      users: [{ ...sara, name: 'Sara', assignment: { due_date: '2026-10-13T23:59:00.000000+03:30', late_due_date: null } }],
    };
    const { results } = await run(autograder(files(), metadata), ['--assignment', 'week-1']);
    // One started day after her own due date: 10% off.
    expect(results!.score).toBeCloseTo(maxOf(results!) * 0.9, 9);
    expect(results!.output).toContain('10 hours 1 minute late (due Tuesday 13 October 2026, 23:59, with your extension on Gradescope; times in Asia/Tehran)');
  });

  it('scores 0 what is handed in after the late due date', async () => {
    const metadata = { ...user(sara), created_at: handedIn, assignment: { due_date: '2026-10-12T23:59:00.000000+03:30', late_due_date: '2026-10-13T23:59:00.000000+03:30' } };
    const { results } = await run(autograder(files(), metadata), ['--assignment', 'week-1']);
    expect(results!.score).toBe(0);
    expect(results!.output).toContain('After the late due date, Tuesday 13 October 2026, 23:59, late work scores 0: 100% off (score before the penalty: 31).');
  });

  it('says a due date Gradescope wrote wrong, and leaves the score alone', async () => {
    const metadata = { ...user(sara), created_at: handedIn, assignment: { due_date: 'soon' } };
    const { results } = await run(autograder(files(), metadata), ['--assignment', 'week-1']);
    expect(results!.score).toBe(maxOf(results!));
    expect(results!.output).toContain('submission_metadata.json: The due date soon of week-1 cannot be read (it is not a date and time with an offset or a time zone');
    expect(results!.output).toContain('so the late policy was not applied.');
  });
});

describe("the course's reveal policy and time zone on Gradescope", () => {
  const metadata = (createdAt: string) => ({ ...user({ sid: 'neda.moradi' }), created_at: createdAt });
  // neda.moradi's week 1 is all right: one answer made wrong, so that a test has an expected value to show.
  const files = () => ({ 'answers.yaml': exampleFiles('neda.moradi', ['answers.yaml'])['answers.yaml']!.replace('die-face: 0.1\n', 'die-face: 0.5\n') });

  it.each([
    ['true', 'visible', true],
    ['false', 'visible', false],
    ['after-due', 'after_due_date', true],
    ['after-due-date', 'after_due_date', true],
    ['after-published', 'after_published', true],
  ] as const)('reveal: %s makes every test %s (expected values in them: %s)', async (policy, visibility, expected) => {
    const ag = autograder(files(), metadata('2026-10-12T20:00:00.000000+03:30'));
    const { code, results } = await run(ag, ['--course', courseWith(`reveal: ${policy}`)]);
    expect(code).toBe(0);
    expect(new Set(results!.tests.map((t) => t.visibility))).toEqual(new Set([visibility]));
    // The wrong answer's test names the expected value only where revealed; a right answer's never does.
    expect(results!.tests.filter((t) => /^Expected: /m.test(t.output)).map((t) => t.name)).toEqual(expected ? ['One face of a fair die'] : []);
    // The score is said at once, or when the tests held back are shown.
    expect(/: \d+(\.\d+)? \/ 31 points$/m.test(results!.output)).toBe(visibility === 'visible');
  });

  it('an exercise may override the course: one test held back, the others visible', async () => {
    const dir = mkdtempSync(join(root, 'bank-'));
    cpSync(join(repo, 'exercises'), join(dir, 'exercises'), { recursive: true });
    const file = join(dir, 'exercises/probability/die-face.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}reveal: after-due-date\n`);
    const { results } = await run(autograder(files(), metadata('2026-10-12T20:00:00.000000+03:30')), ['--course', join(dir, 'exercises/course.yaml'), '--assignment', 'week-1']);
    const title = /^title: (.*)$/m.exec(readFileSync(file, 'utf8'))![1]!;
    expect(results!.tests.filter((t) => t.visibility !== 'visible').map((t) => [t.name, t.visibility])).toEqual([[title, 'after_due_date']]);
    expect(results!.tests).toHaveLength(17);
  });

  it('shows the times of a due date in Asia/Tehran: one minute late is a started day', async () => {
    const course = courseWith('time_zone: Asia/Tehran', '2026-10-12T23:59 Asia/Tehran');
    const { results } = await run(autograder(files(), metadata('2026-10-13T00:00:00.000000+03:30')), ['--course', course]);
    expect(results!.output).toContain(
      'handed in Tuesday 13 October 2026, 00:00, 1 minute late (due Monday 12 October 2026, 23:59; times in Asia/Tehran). Each started day counts as a day, so 1 day late: 10% off (score before the penalty: 29).',
    );
  });
});
