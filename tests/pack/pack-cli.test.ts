// `grader pack` through the CLI on the example course and roster: the files a student is given
// hold no hidden test (neither its arguments nor what it expects, as JSON or as a report would
// print them), no random-test generator, no salt, and a per-student pack no other student's
// numbers; the files are what docs/pack.schema.json says; a rerun writes the same bytes; and a
// run whose course, roster or options are wrong writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import { evaluateText } from '../../grader/expect/index.ts';
import { describeArgs } from '../../grader/report/cases.ts';
import { formatValue } from '../../grader/report/format.ts';
import { loadCourse } from '../../grader/spec/index.ts';
import type { CaseArgs, ExerciseSpec } from '../../grader/spec/types.ts';
import { drawRandomCases, drawVariant } from '../../grader/variant/index.ts';
import { readTree } from '../e2e/run.ts';
import { fakeContext } from '../cli/fake-context.ts';

const repo = join(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'grader-pack-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function pack(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const ctx = fakeContext(repo);
  const code = await runCli(['pack', ...args], ctx);
  return { code, out: ctx.out(), err: ctx.err() };
}

const loaded = await loadCourse(join(repo, 'exercises/course.yaml'));
const course = loaded.course!;
const roster = readFileSync(join(repo, 'examples/roster.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]!);
const ASSIGNMENTS = course.assignments.map((a) => a.id);

/** Every form a value of a hidden case could take in a pack file: JSON, and as a report prints it. */
function forms(args: CaseArgs): string[] {
  const values = Object.values(args).filter((v) => Array.isArray(v));
  return [JSON.stringify(args), describeArgs(args), ...values.flatMap((v) => [JSON.stringify(v), formatValue(v)])];
}

/** A pack file's text as written and as compact JSON, where an object or a list is on one line. */
function searchable(text: string): string {
  return `${text}\n${JSON.stringify(JSON.parse(text))}`;
}

const functionExercises = loaded.exercises.filter((e): e is ExerciseSpec & { answer: { kind: 'function' } } => e.answer.kind === 'function');
const visibleForms = new Set(functionExercises.flatMap((e) => (e.answer.cases.visible ?? []).flatMap(forms)));
/** What students read anyway (grader sheet prints it): a prompt may name a hidden case itself ("it must work for [1000, 1001, 1002]"). */
const studentText = loaded.exercises
  .flatMap((e) => [e.prompt, ...(e.hints ?? []), ...Object.values(e.translations ?? {}).flatMap((t) => [t.prompt ?? '', ...(t.hints ?? [])])])
  .join('\n');
const told = (form: string): boolean => visibleForms.has(form) || studentText.includes(form);

describe('a class pack of each assignment of the example course', () => {
  const trees = new Map<string, Record<string, string>>();
  beforeAll(async () => {
    for (const id of ASSIGNMENTS) {
      const run = await pack('--assignment', id, '--roster', 'examples/roster.csv', '--out', join(root, 'class', id));
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      trees.set(id, readTree(join(root, 'class', id)));
    }
  });

  it('writes pack.json and one students/<id>.json per roster student', () => {
    for (const id of ASSIGNMENTS) expect(Object.keys(trees.get(id)!).sort()).toEqual(['pack.json', ...roster.map((s) => `students/${s}.json`)].sort());
  });

  it("holds no hidden test's arguments or expected value, as JSON or as printed, and no drawn random test", () => {
    // pack.json of each assignment; the students' files hold only their numbers, which are
    // exactly the numbers batch grading draws (below): a hidden case's arguments may coincide
    // with a student's own parameters there (x = 0.5), which gives nothing away.
    const texts = [...trees.values()].map((tree) => searchable(tree['pack.json']!));
    // The search finds what is there: every visible case is found, as JSON (the test can fail).
    for (const exercise of functionExercises) {
      for (const args of exercise.answer.cases.visible ?? []) expect(texts.some((t) => t.includes(JSON.stringify(args))), JSON.stringify(args)).toBe(true);
    }
    const hidden = functionExercises.flatMap((e) => (e.answer.cases.hidden ?? []).map((args) => ({ exercise: e, args })));
    expect(hidden.length).toBeGreaterThan(30);
    for (const { exercise, args } of hidden) {
      const expected = evaluateText(exercise.answer.reference, new Map(Object.entries(args)));
      const secret = [...forms(args), ...(expected.ok && Array.isArray(expected.value) ? [JSON.stringify(expected.value), formatValue(expected.value)] : [])];
      // A hidden case that is also a visible one (of any exercise), or that a prompt names, is there as that.
      for (const form of secret.filter((f) => !told(f))) expect(texts.filter((t) => t.includes(form)), `${exercise.id}: ${form}`).toEqual([]);
    }
    for (const student of roster.slice(0, 5)) {
      for (const exercise of functionExercises) {
        for (const args of drawRandomCases(exercise.answer, { salt: course.salt, exerciseId: exercise.id, studentId: student })) {
          for (const form of [JSON.stringify(args)].filter((f) => !told(f))) expect(texts.filter((t) => t.includes(form)), `${student} ${exercise.id}: ${form}`).toEqual([]);
        }
      }
    }
  });

  it("holds no salt, no parameter generator, no random-test spec and no hidden case list", () => {
    for (const tree of trees.values()) {
      for (const [file, text] of Object.entries(tree)) {
        expect(text, file).not.toContain(course.salt);
        const keys = new Set<string>();
        JSON.parse(text, (key, value: unknown) => (keys.add(key), value));
        for (const key of ['salt', 'params', 'random', 'derived', 'seed']) expect(keys.has(key), `${file}: ${key}`).toBe(false);
      }
      const packed = JSON.parse(tree['pack.json']!) as { exercises: { answer: { cases?: Record<string, unknown> }; hidden?: number }[] };
      for (const exercise of packed.exercises) if (exercise.answer.cases) expect(Object.keys(exercise.answer.cases)).toEqual(['visible']);
    }
  });

  it('counts the hidden and random tests of each code exercise', () => {
    const packed = JSON.parse(trees.get('week-3')!['pack.json']!) as { exercises: { id: string; hidden?: number }[] };
    for (const exercise of functionExercises) {
      const counted = packed.exercises.find((e) => e.id === exercise.id)!.hidden;
      expect(counted).toBe((exercise.answer.cases.hidden?.length ?? 0) + (exercise.answer.cases.random?.count ?? 0));
    }
  });

  it("gives each student the numbers batch grading draws for them", () => {
    for (const [assignment, tree] of trees) {
      const ids = course.assignments.find((a) => a.id === assignment)!.exercises;
      for (const student of roster) {
        const file = JSON.parse(tree[`students/${student}.json`]!) as { format: number; student: string; variants: Record<string, unknown> };
        expect(Object.keys(file)).toEqual(['format', 'student', 'variants']);
        expect(file.format).toBe(1);
        expect(file.student).toBe(student);
        expect(Object.keys(file.variants)).toEqual(ids);
        for (const id of ids) {
          const drawn = drawVariant(loaded.exercises.find((e) => e.id === id)!, { salt: course.salt, studentId: student });
          expect(drawn.ok && drawn.values).toEqual(file.variants[id]);
        }
      }
    }
  });

  it('is what docs/pack.schema.json and docs/pack-student.schema.json describe', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    const packSchema = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs/pack.schema.json'), 'utf8')) as object);
    const studentSchema = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs/pack-student.schema.json'), 'utf8')) as object);
    for (const tree of trees.values()) {
      for (const [file, text] of Object.entries(tree)) {
        const validate = file === 'pack.json' ? packSchema : studentSchema;
        expect(validate(JSON.parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it('writes the same bytes again, over its own output or anew', async () => {
    const again = join(root, 'again');
    expect((await pack('--assignment', 'week-3', '--roster', 'examples/roster.csv', '--out', again)).code).toBe(0);
    expect(readTree(again)).toEqual(trees.get('week-3'));
    expect((await pack('--assignment', 'week-3', '--roster', 'examples/roster.csv', '--out', again)).code).toBe(0);
    expect(readTree(again)).toEqual(trees.get('week-3'));
  });
});

describe('a per-student pack', () => {
  const out = join(root, 'per-student');
  let tree: Record<string, string>;
  beforeAll(async () => {
    const run = await pack('--assignment', 'week-1', '--roster', 'examples/roster.csv', '--out', out, '--per-student');
    expect(run.code).toBe(0);
    tree = readTree(out);
  });

  it("is one pack.json per student, holding that student's numbers and no one else's", () => {
    expect(Object.keys(tree).sort()).toEqual(roster.map((s) => `${s}/pack.json`).sort());
    const classPack = JSON.parse(readFileSync(join(root, 'class/week-1/pack.json'), 'utf8')) as Record<string, unknown>;
    for (const student of roster) {
      const text = tree[`${student}/pack.json`]!;
      const own = JSON.parse(text) as Record<string, unknown>;
      expect(own.student).toBe(student);
      expect(own.variants).toEqual((JSON.parse(readFileSync(join(root, `class/week-1/students/${student}.json`), 'utf8')) as { variants: unknown }).variants);
      // The rest is the class pack's, key for key.
      const { student: _s, variants: _v, ...shared } = own;
      expect(shared).toEqual(classPack);
      for (const other of roster.filter((id) => id !== student)) expect(text.includes(`"${other}"`), `${student} names ${other}`).toBe(false);
    }
  });
});

describe('a pack under a policy without verdicts', () => {
  it('leaves out every reference, correct option, convention and misconception', async () => {
    const dir = mkdtempSync(join(root, 'course-'));
    const text = readFileSync(join(repo, 'exercises/course.yaml'), 'utf8').replace('reveal: true\n', `reveal: true\nexercises: ${JSON.stringify(join(repo, 'exercises'))}\nself_check: { verdicts: false }\n`);
    writeFileSync(join(dir, 'course.yaml'), text);
    for (const id of ['week-1', 'week-3']) {
      const out = join(dir, `pack-${id}`);
      const run = await pack('--course', join(dir, 'course.yaml'), '--assignment', id, '--roster', 'examples/roster.csv', '--out', out);
      expect(run.code).toBe(0);
      expect(run.out).toContain('no verdicts');
      const packed = readFileSync(join(out, 'pack.json'), 'utf8');
      const keys = new Set<string>();
      JSON.parse(packed, (key, value: unknown) => (keys.add(key), value));
      for (const key of ['reference', 'correct', 'conventions', 'misconceptions', 'checks']) expect(keys.has(key), key).toBe(false);
      expect(JSON.parse(packed).policy).toEqual({ verdicts: false, expected: 'after-due' });
    }
  });
});

describe('a pack that cannot be made writes nothing', () => {
  const courseWith = (replace: (text: string) => string): string => {
    const dir = mkdtempSync(join(root, 'bad-'));
    const text = readFileSync(join(repo, 'exercises/course.yaml'), 'utf8').replace('reveal: true\n', `reveal: true\nexercises: ${JSON.stringify(join(repo, 'exercises'))}\n`);
    writeFileSync(join(dir, 'course.yaml'), replace(text));
    return join(dir, 'course.yaml');
  };
  const badRoster = join(root, 'bad-roster.csv');
  writeFileSync(badRoster, 'id,name\nsara.ahmadi,Sara\n../etc/passwd,Mallory\n');

  it.each([
    ['an unknown assignment', ['--assignment', 'week-9', '--roster', 'examples/roster.csv'], 2, "the course has no assignment 'week-9'"],
    ['no roster and no class folder', ['--assignment', 'week-1'], 2, '--roster <csv> or --class <folder>'],
    ['both a roster and a class folder', ['--assignment', 'week-1', '--roster', 'examples/roster.csv', '--class', 'examples/class'], 2, 'one of them'],
    ['a roster that does not exist', ['--assignment', 'week-1', '--roster', 'no-such.csv'], 2, 'cannot be read'],
    ['a roster with a row that is not a student id', ['--assignment', 'week-1', '--roster', badRoster], 1, 'the roster has errors'],
    ['a course with an error', ['--assignment', 'week-1', '--roster', 'examples/roster.csv', '--course', courseWith((t) => t.replace('salt: ml-intro-2026-autumn', 'salt: 7\nsalty: yes'))], 1, 'the course has errors'],
    ['a self_check policy that is not one', ['--assignment', 'week-1', '--roster', 'examples/roster.csv', '--course', courseWith((t) => `${t}self_check: { expected: later }\n`)], 1, 'self_check'],
    ['a class folder that is not there', ['--assignment', 'week-1', '--class', 'no-such-folder'], 2, 'is not a folder'],
  ])('%s', async (_what, args, code, said) => {
    const out = join(root, `nothing-${Math.random().toString(36).slice(2)}`);
    const run = await pack(...args, '--out', out);
    expect(run.code).toBe(code);
    expect(run.err).toContain(said);
    expect(existsSync(out)).toBe(false);
  });

  it('takes the students from a class folder without a roster', async () => {
    const out = join(root, 'from-class');
    const run = await pack('--assignment', 'week-1', '--class', 'examples/class', '--out', out);
    expect(run.code).toBe(0);
    expect(Object.keys(readTree(out))).toContain('students/sara.ahmadi.json');
  });
});
