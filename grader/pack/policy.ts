// The self-check policy in force for an assignment: the assignment's keys over the course's,
// over the defaults, which are the safe ones (verdicts, expected values after the due date).
// And what it lets a self-check show at a given time: the pack's policy and due date are data,
// the clock is the student's, so `after-due` is a courtesy, never a guarantee (docs/pack.md).
import type { CourseSpec, ExpectedShown } from '../spec/types.ts';
import type { PackPolicy } from './schema.ts';

export const DEFAULT_SELF_CHECK: PackPolicy = { verdicts: true, expected: 'after-due' };

export function selfCheckPolicy(course: Pick<CourseSpec, 'self_check' | 'assignments'>, assignmentId: string): PackPolicy {
  const own = course.assignments.find((a) => a.id === assignmentId)?.self_check;
  return {
    verdicts: own?.verdicts ?? course.self_check?.verdicts ?? DEFAULT_SELF_CHECK.verdicts,
    expected: own?.expected ?? course.self_check?.expected ?? DEFAULT_SELF_CHECK.expected,
  };
}

/** Whether a self-check at `now` may show expected values under `expected`, for work due at `dueMs`. */
export function expectedShownAt(expected: ExpectedShown, dueMs: number, now: number): boolean {
  if (expected === 'always') return true;
  if (expected === 'never') return false;
  return now > dueMs;
}
