// What the example class is made to contain: enough students, valid ids, a roster the batch
// grader reads, every status of the result model, code that fails in every way the sandbox
// reports, and submissions on time, within the late window and past the cutoff.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../grader/batch/roster.ts';
import { checkStudentId } from '../../grader/io/student-id.ts';
import { latePenaltyPercent } from '../../grader/grade/late-policy.ts';
import { STATUSES } from '../../grader/result/types.ts';
import { parseDueDate } from '../../grader/spec/due-date.ts';
import { loadCourse } from '../../grader/spec/index.ts';
import { coverageProblems, statusesByExercise, type ClassPlan } from '../../scripts/example-class/plan.ts';
import { planCourseClass } from '../../scripts/example-class/write.ts';

const root = join(import.meta.dirname, '../..');
const courseFile = join(root, 'exercises/course.yaml');

describe('what the example class contains', async () => {
  const plan = await planCourseClass(courseFile);
  const { course, exercises } = await loadCourse(courseFile);
  const withFolders = plan.students.filter((s) => s.files);

  it('has at least 40 students who handed in a folder, each with a valid id', () => {
    expect(withFolders.length).toBeGreaterThanOrEqual(40);
    for (const { student } of plan.students) expect(checkStudentId(student.id), student.id).toBeUndefined();
  });

  it('plans a right and a wrong student for every exercise, and every status of the result model', () => {
    expect(coverageProblems(plan)).toEqual([]);
    const byExercise = statusesByExercise(plan);
    expect([...byExercise.keys()].sort()).toEqual(exercises.map((e) => e.id).sort());
    const seen = new Set([...byExercise.values()].flat());
    for (const status of STATUSES) expect(seen.has(status), status).toBe(true);
  });

  it('finds what is missing when a class lacks it', () => {
    const perfectOnly: ClassPlan = { students: plan.students.slice(0, 1) };
    const problems = coverageProblems(perfectOnly);
    expect(problems).toContain('no student gets die-face wrong');
    expect(problems.at(-1)).toMatch(/^these statuses never occur: partial, incorrect, missing, invalid, error, timeout, memory$/);
  });

  it('has a roster the batch grader reads, with every folder on it, Persian names, and two students without a folder', async () => {
    const roster = parseRoster(await readFile(join(root, 'examples/roster.csv'), 'utf8'));
    expect(roster.problems).toEqual([]);
    expect([...roster.entries.keys()]).toEqual(plan.students.map((s) => s.student.id));
    expect(plan.students.filter((s) => !s.files).map((s) => s.student.id)).toHaveLength(2);
    const names = [...roster.entries.values()].map((e) => e.name ?? '');
    expect(names.filter((name) => /[\u0600-\u06ff]/.test(name)).length).toBeGreaterThanOrEqual(10);
    expect(names).toContain('سارا احمدی');
  });

  it('has submissions on time, within the late window and past the cutoff of week 1', () => {
    const week1 = course!.assignments.find((a) => a.id === 'week-1')!;
    const due = parseDueDate(week1.due);
    if (!due.ok) throw new Error(`week 1's due date does not parse: ${week1.due}`);
    const penalties = plan.students.flatMap(({ student }) => {
      if (!student.submitted) return [];
      const at = parseDueDate(student.submitted.at);
      expect(at.ok, student.id).toBe(true);
      const daysLate = Math.max(0, Math.ceil(((at.ok ? at.epochMs : Number.NaN) - due.epochMs) / 86_400_000));
      return [latePenaltyPercent(daysLate, week1)];
    });
    expect(penalties).toContain(0);
    expect(penalties.some((p) => p > 0 && p < 100)).toBe(true);
    expect(penalties).toContain(100);
    const where = new Set(plan.students.flatMap((s) => (s.student.submitted ? [s.student.submitted.in] : [])));
    expect(where).toEqual(new Set(['file', 'roster']));
  });

  it('has code files that compile, but for the one planned with a syntax error', async () => {
    const results = await Promise.all(
      withFolders.flatMap(({ student, files }) =>
        [...files!].filter(([name]) => name.startsWith('solution.')).map(async ([name, text]) => {
          const compiled = await transform(text, { loader: name.endsWith('.ts') ? 'ts' : 'js', format: 'esm' }).then(
            () => true,
            () => false,
          );
          return { id: student.id, compiled };
        }),
      ),
    );
    const invalidCode = plan.students.filter((s) => s.code.length > 0 && s.code.every((c) => c.status === 'invalid')).map((s) => s.student.id);
    expect(results.filter((r) => !r.compiled).map((r) => r.id)).toEqual(invalidCode);
    expect(invalidCode).toHaveLength(1);
  });

  it('writes each code file with every function planned in it, exported unless planned otherwise', () => {
    for (const { student, files, code } of withFolders) {
      const text = files!.get('solution.ts') ?? files!.get('solution.js');
      if (!text) continue;
      for (const planned of code) {
        const declared = new RegExp(`^(export )?function ${planned.name}\\(`, 'm').exec(text);
        expect(declared !== null, `${student.id} ${planned.name}`).toBe(planned.implementation !== 'left-out');
      }
    }
  });
});
