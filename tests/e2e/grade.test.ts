// `grader grade` end to end, in-process, on a small course and class built in a temporary
// folder (tests/e2e/fixture.ts): the files it writes, the roster, late work, links and bad
// folder names, reruns that reuse and reruns that are forced, gradebook layouts, template
// overrides and exit codes.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentResult } from '../../grader/result/types.ts';
import { ABSENT, ASSIGNMENTS, EXERCISE_IDS, GRADED, writeClass, writeCourse } from './fixture.ts';
import { gradeInProcess, modifiedAt, readTree, type Run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'grader-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STUDENTS = [...GRADED, ABSENT].sort();
const out = join(dir, 'out');
const result = (id: string, folder = out): StudentResult => JSON.parse(readFileSync(join(folder, 'results', `${id}.json`), 'utf8')) as StudentResult;
const grade = (...args: string[]): Promise<Run> => gradeInProcess(dir, ['submissions', '--roster', 'roster.csv', ...args]);

let first: Run;
let firstTree: Record<string, string>;
beforeAll(async () => {
  writeCourse(dir);
  writeClass(dir);
  first = await grade('--out', 'out');
  firstTree = readTree(out);
});

describe('grader grade on a class', () => {
  it('writes a result, an HTML and a Markdown report per student, the summary, the gradebook and the class results', () => {
    expect(first.code).toBe(0);
    const expected = [
      ...STUDENTS.map((id) => `.grader/keys/${id}`),
      'class-results.json',
      'gradebook.csv',
      ...STUDENTS.flatMap((id) => [`reports/${id}.html`, `reports/${id}.md`]),
      ...STUDENTS.map((id) => `results/${id}.json`),
      'summary.html',
    ];
    expect(Object.keys(firstTree).sort()).toEqual(expected.sort());
    for (const id of STUDENTS) {
      expect(result(id).student.id).toBe(id);
      expect(result(id).exercises.map((e) => e.id)).toEqual(EXERCISE_IDS);
    }
    const summary = JSON.parse(firstTree['class-results.json']!) as { totals: { students: number; max: number }; students: { id: string }[] };
    expect(summary.totals).toMatchObject({ students: STUDENTS.length, max: 13 });
    expect(summary.students.map((s) => s.id)).toEqual(STUDENTS);
    expect(firstTree['gradebook.csv']!.split('\r\n')[0]).toBe(`id,name,email,section,${EXERCISE_IDS.join(',')},late_penalty,total,max`);
    for (const id of STUDENTS) expect(firstTree['summary.html']).toContain(`<a href="reports/${id}.html" dir="ltr">${id}</a>`);
    expect(first.out).toContain(`Graded ${STUDENTS.length} students of Introduction to machine learning`);
  });

  it("grades as planned: a perfect student, a misconception, a roster student who handed nothing in", () => {
    expect(result('sara.ahmadi')).toMatchObject({ score: 13, max: 13 });
    expect(result('sara.ahmadi').exercises.every((e) => e.status === 'correct')).toBe(true);
    const bce = result('neda.moradi').exercises.find((e) => e.id === 'bce-one-example')!;
    expect(bce).toMatchObject({ status: 'incorrect', misconception: { id: 'log10-instead-of-ln' } });
    expect(result(ABSENT).exercises.every((e) => e.status === 'missing')).toBe(true);
    expect(result(ABSENT).problems).toMatchObject([{ code: 'no-submission' }]);
  });

  it("puts the roster's names, emails and sections in results, reports and gradebook", () => {
    const names: Record<string, string> = { 'sara.ahmadi': 'سارا احمدی', 'neda.moradi': 'ندا مرادی', [ABSENT]: 'داریوش کمالی', 'mehdi.azizi': 'Mehdi Azizi' };
    for (const [id, name] of Object.entries(names)) {
      expect(result(id).student).toMatchObject({ id, name, email: `${id}@students.example.edu` });
      expect(firstTree[`reports/${id}.html`]).toContain(`>${name}</h1>`);
      expect(firstTree[`reports/${id}.md`]).toContain(`# ${name}`);
      expect(firstTree['summary.html']).toContain(name);
      expect(firstTree['gradebook.csv']).toContain(`${id},${name},${id}@students.example.edu,`);
    }
    // A student with a folder but no roster row is graded under the folder's name.
    expect(result('s.passwd').student).toEqual({ id: 's.passwd' });
  });

  it("takes off the late penalty of each assignment, from a submitted_at file or the roster's column", () => {
    // amir.hosseinzadeh: submitted_at 2026-10-13T10:15:00+03:30, one day after week 1's due date: 10% of week 1.
    const amir = result('amir.hosseinzadeh');
    expect(amir.late).toMatchObject([
      { assignment: { id: 'week-1' }, submittedAt: '2026-10-13T10:15:00+03:30', daysLate: 1, penaltyPercent: 10 },
      { assignment: { id: 'week-2' }, daysLate: 0, penaltyPercent: 0 },
    ]);
    const week1 = amir.exercises.filter((e) => (ASSIGNMENTS['week-1'] as readonly string[]).includes(e.id)).reduce((sum, e) => sum + e.score, 0);
    expect(amir.late![0]!.scoreBeforePenalty).toBe(week1);
    expect(amir.score).toBeCloseTo(week1 * 0.9, 9);
    // mehdi.azizi: the roster says 2026-10-15T09:00:00+03:30, three days late: 30% of week 1.
    const mehdi = result('mehdi.azizi');
    expect(mehdi.late).toMatchObject([{ assignment: { id: 'week-1' }, submittedAt: '2026-10-15T09:00:00+03:30', daysLate: 3, penaltyPercent: 30 }, { daysLate: 0 }]);
    const before = mehdi.late!.reduce((sum, l) => sum + l.scoreBeforePenalty, 0);
    expect(mehdi.score).toBeCloseTo(before - 0.3 * mehdi.late![0]!.scoreBeforePenalty, 9);
    expect(firstTree['reports/mehdi.azizi.html']).toContain('3 days late');
    expect(firstTree['reports/mehdi.azizi.md']).toContain('3 days late');
    // The gradebook's total is after the penalty.
    const row = firstTree['gradebook.csv']!.split('\r\n').find((line) => line.startsWith('mehdi.azizi,'))!;
    expect(row.split(',').at(-2)).toBe(String(Math.round(mehdi.score * 100) / 100));
    // On time: sara.ahmadi's submitted_at is before both due dates.
    expect(result('sara.ahmadi').late!.every((l) => l.daysLate === 0)).toBe(true);
    expect(result('neda.moradi').late).toBeUndefined();
  });

  it('skips a student folder that is a symbolic link, with a warning', () => {
    expect(first.err).toMatch(/submissions\/linked\.student: warning student-symlink: /);
    expect(Object.keys(firstTree).some((path) => path.includes('linked.student'))).toBe(false);
  });

  it('refuses a link inside a student folder (answers.yaml → /etc/passwd) and grades the rest', () => {
    const student = result('s.passwd');
    expect(student.problems).toMatchObject([{ code: 'not-a-regular-file', file: 'answers.yaml' }]);
    const byKind = (kind: string) => student.exercises.filter((e) => (kind === 'function') === (e.kind === 'function'));
    expect(byKind('answer').every((e) => e.status === 'invalid')).toBe(true);
    expect(byKind('function').map((e) => e.status)).toEqual(['correct']);
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
    for (const text of Object.values(firstTree)) expect(text).not.toContain(passwd);
  });

  it('reports a folder whose name is not a student id, and ignores files and hidden folders beside the students', () => {
    expect(first.err).toMatch(/submissions\/bad name!: warning student-id: student id "bad name!" must be/);
    expect(first.err).not.toContain('README.txt');
    expect(first.err).not.toContain('.git');
  });

  it('a second run reuses every student and writes the same bytes', async () => {
    const before = modifiedAt(join(out, 'results', 'sara.ahmadi.json'));
    const second = await grade('--out', 'out');
    expect(second.code).toBe(0);
    expect(second.out).toContain(`: 0 graded now, ${STUDENTS.length} unchanged since the last run.`);
    expect(modifiedAt(join(out, 'results', 'sara.ahmadi.json'))).toBe(before);
    expect(readTree(out)).toEqual(firstTree);
  });

  it('a course, class and output moved elsewhere together still reuse every student', async () => {
    const moved = mkdtempSync(join(tmpdir(), 'grader-e2e-moved-'));
    try {
      cpSync(dir, moved, { recursive: true });
      const run = await gradeInProcess(moved, ['submissions', '--roster', 'roster.csv', '--out', 'out']);
      expect(run.out).toContain(`: 0 graded now, ${STUDENTS.length} unchanged since the last run.`);
      expect(readTree(join(moved, 'out'))).toEqual(firstTree);
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });

  it('--force grades every student again, to the same bytes', async () => {
    const before = modifiedAt(join(out, 'results', 'sara.ahmadi.json'));
    const forced = await grade('--out', 'out', '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).not.toContain('unchanged since the last run');
    expect(modifiedAt(join(out, 'results', 'sara.ahmadi.json'))).toBeGreaterThan(before);
    expect(readTree(out)).toEqual(firstTree);
  });

  it('--lang renders every report again in that language, the results unchanged; and back again', async () => {
    cpSync(out, join(dir, 'lang'), { recursive: true });
    const persian = await grade('--out', 'lang', '--lang', 'fa');
    expect(persian.code).toBe(0);
    expect(persian.out).not.toContain('unchanged since the last run');
    const tree = readTree(join(dir, 'lang'));
    for (const id of STUDENTS) {
      expect(tree[`results/${id}.json`], id).toBe(firstTree[`results/${id}.json`]);
      expect(tree[`reports/${id}.html`], id).toContain('<html lang="fa" dir="rtl">');
    }
    const english = await grade('--out', 'lang');
    expect(english.out).not.toContain('unchanged since the last run');
    expect(readTree(join(dir, 'lang'))).toEqual(firstTree);
  });

  it.each([
    ['canvas', 'gradebook-canvas.csv', 'Student,ID,SIS User ID,SIS Login ID,Section,Probability and activations,Losses'],
    ['moodle', 'gradebook-moodle.csv', 'ID number,Email address,Full name,Predicting a house price,'],
  ])('--format %s writes %s beside the other files', async (format, file, header) => {
    const run = await grade('--out', 'out', '--format', format);
    expect(run.code).toBe(0);
    const tree = readTree(out);
    const lines = tree[file]!.split('\r\n');
    expect(lines[0]!.startsWith(header)).toBe(true);
    expect(lines.filter((line) => line.includes('سارا احمدی'))).toHaveLength(1);
    if (format === 'canvas') expect(lines[1]).toBe('Points Possible,,,,,7,6');
    // Nothing else changed.
    for (const [path, text] of Object.entries(firstTree)) expect(tree[path], path).toBe(text);
  });

  it('--assignment grades only that assignment, with its own maximum', async () => {
    const run = await grade('--out', 'week-1', '--assignment', 'week-1');
    expect(run.code).toBe(0);
    const sara = result('sara.ahmadi', join(dir, 'week-1'));
    expect(sara.exercises.map((e) => e.id)).toEqual(ASSIGNMENTS['week-1']);
    expect(sara).toMatchObject({ score: 7, max: 7, assignment: { id: 'week-1', title: { en: 'Probability and activations' } } });
    expect(result('amir.hosseinzadeh', join(dir, 'week-1')).late).toMatchObject([{ assignment: { id: 'week-1' }, penaltyPercent: 10 }]);
  });

  it('--templates replaces one partial and changes only what it renders', async () => {
    const templates = join(dir, 'templates');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    writeFileSync(join(templates, 'partials', 'exercise.md.hbs'), '### {{text title}}: {{msg points}} ({{msg status.label}})\n');
    const run = await grade('--out', 'themed', '--templates', 'templates');
    expect(run.code).toBe(0);
    const themed = readTree(join(dir, 'themed'));
    for (const [path, text] of Object.entries(themed)) {
      if (path.startsWith('.grader/')) continue; // the key covers the templates
      // The student who handed in nothing has no exercises in the report: the partial renders nothing there.
      if (path.endsWith('.md') && path !== `reports/${ABSENT}.md`) expect(text, path).not.toBe(firstTree[path]);
      else expect(text, path).toBe(firstTree[path]);
    }
    expect(themed[`reports/${ABSENT}.md`]).toContain('## ○ Nothing handed in');
    expect(themed['reports/sara.ahmadi.md']).toContain('### Predicting a house price: 1 / 1 point (Correct)');
    expect(themed['reports/sara.ahmadi.md']).not.toContain('**✓ Correct** · 1 / 1 point');
  });

  it('a changed file grades that student again and reuses the others', async () => {
    writeFileSync(join(dir, 'submissions', 'neda.moradi', 'answers.yaml'), 'die-face: 0.5\n');
    const run = await grade('--out', 'out');
    expect(run.out).toContain(`: 1 graded now, ${STUDENTS.length - 1} unchanged since the last run.`);
    expect(result('neda.moradi').exercises.find((e) => e.id === 'die-face')).toMatchObject({ answer: '0.5', status: 'incorrect' });
    expect(result('neda.moradi').exercises.find((e) => e.id === 'house-price-task')!.status).toBe('missing');
  });
});

describe('grader grade exit codes', () => {
  it.each([
    ['no --out', ['submissions'], 2, "required option '--out <dir>' not specified"],
    ['a submissions path that is not a folder', ['roster.csv', '--out', 'x'], 2, 'is not a folder'],
    ['an unknown assignment', ['submissions', '--out', 'x', '--assignment', 'week-9'], 2, "the course has no assignment 'week-9' (it has week-1, week-2)"],
    ['an unknown gradebook format', ['submissions', '--out', 'x', '--format', 'excel'], 2, "Allowed choices are plain, canvas, moodle"],
    ['a roster that cannot be read', ['submissions', '--out', 'x', '--roster', 'nobody.csv'], 2, '--roster nobody.csv cannot be read'],
    ['a course file that does not exist', ['submissions', '--out', 'x', '--course', 'nope.yaml'], 2, 'nope.yaml is not a file'],
  ])('%s is bad usage (2)', async (_what, args, code, message) => {
    const run = await gradeInProcess(dir, args);
    expect(run.code).toBe(code);
    expect(run.err).toContain(message);
  });

  it('a template that does not parse fails the run (1), and the students are still graded', async () => {
    const broken = join(dir, 'broken-templates');
    mkdirSync(join(broken, 'partials'), { recursive: true });
    writeFileSync(join(broken, 'partials', 'exercise.html.hbs'), '{{#if score}}never closed\n');
    const run = await grade('--out', 'broken', '--templates', 'broken-templates');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/partials\/exercise\.html\.hbs:\d+(:\d+)?: error /);
    const tree = readTree(join(dir, 'broken'));
    expect(Object.keys(tree).filter((path) => path.endsWith('.md'))).toHaveLength(STUDENTS.length);
    expect(Object.keys(tree).filter((path) => path.endsWith('.html'))).toEqual(['summary.html']);
    expect(tree['results/sara.ahmadi.json']).toBe(firstTree['results/sara.ahmadi.json']);
  });
});
