// The example class's code files, graded in the sandbox: every code exercise gets the status
// the generator planned (a classic mistake is partial or incorrect), in one batch on one pool.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFunctionGrader, gradeStudent } from '../../grader/grade/index.ts';
import type { StudentResult } from '../../grader/result/types.ts';
import { SandboxPool, type SandboxTiming } from '../../grader/sandbox/index.ts';
import { loadCourse } from '../../grader/spec/index.ts';
import { loadStudentFolder } from '../../grader/submission/index.ts';
import { planCourseClass } from '../../scripts/example-class/write.ts';

const root = join(import.meta.dirname, '../..');
const courseFile = join(root, 'exercises/course.yaml');

describe('the example class, code exercises graded in the sandbox', async () => {
  const plan = await planCourseClass(courseFile);
  const loaded = await loadCourse(courseFile);
  const codeExercises = loaded.exercises.filter((e) => e.answer.kind === 'function');
  const pool = new SandboxPool({ size: 2 });
  afterAll(() => pool.close());
  const timings: SandboxTiming[] = [];
  const gradeFunction = createFunctionGrader(pool, (timing) => timings.push(timing));

  const graded = new Map<string, StudentResult>();
  await Promise.all(
    plan.students.map(async ({ student, files }) => {
      if (!files) return;
      const folder = await loadStudentFolder(join(root, 'examples/class', student.id));
      const result = await gradeStudent({
        course: loaded.course!,
        exercises: codeExercises,
        studentId: student.id,
        ...(folder.solution ? { solutionSource: folder.solution } : {}),
        gradeFunction,
      });
      graded.set(student.id, result);
    }),
  );

  it('gives every code exercise the status the generator planned', () => {
    const differences: string[] = [];
    for (const { student, code } of plan.students) {
      const results = graded.get(student.id);
      if (!results) continue;
      for (const planned of code) {
        const result = results.exercises.find((e) => e.id === planned.id)!;
        const fits = planned.status === 'wrong' ? result.status === 'partial' || result.status === 'incorrect' : result.status === planned.status;
        if (!fits) differences.push(`${student.id} ${planned.id} (${planned.implementation}): planned ${planned.status}, graded ${result.status}: ${result.feedback.join(' ')}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('names a misconception for most classic mistakes (72 of 83 when written)', () => {
    const wrong = plan.students.flatMap(({ student, code }) =>
      code.filter((c) => c.status === 'wrong').map((c) => graded.get(student.id)?.exercises.find((e) => e.id === c.id)),
    );
    const diagnosed = wrong.filter((r) => r?.misconception !== undefined);
    expect(wrong.length).toBeGreaterThan(0);
    expect(diagnosed.length / wrong.length).toBeGreaterThan(0.75);
  });

  // What it costs is measured by the bench (BENCHMARKS.md), not asserted here.
  it('records the QuickJS time of every code exercise', () => {
    const cpu = timings.map((t) => t.cpuMs);
    expect(cpu.length).toBeGreaterThan(100);
    expect(cpu.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
  });
});
