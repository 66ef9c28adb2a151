// When a deferred reveal lets students see expected values in what a run writes: `after-due`
// (also spelled `after-due-date`) once the due date of the exercise's assignment has passed on
// the run's clock, `after-published` once the instructor releases them (`grader grade
// --release`, which releases `after-due` early too). Decided once, at the edge of a run, from
// the run's time: grading itself only ever sees true or false, so its output stays a function
// of its inputs, and the time's part in it is the list of exercises it revealed (revealKey).
import { parseDueDate } from '../spec/due-date.ts';
import { DEFERRED_REVEALS, type CourseSpec, type ExerciseSpec, type RevealPolicy } from '../spec/types.ts';

export interface RevealClock {
  /** The run's time, in milliseconds since the epoch. */
  readonly now: number;
  /** The instructor releases every deferred reveal (`--release`). */
  readonly released?: boolean;
}

export function isDeferred(policy: RevealPolicy | undefined): policy is (typeof DEFERRED_REVEALS)[number] {
  return typeof policy === 'string' && (DEFERRED_REVEALS as readonly string[]).includes(policy);
}

/** Whether `policy` shows expected values at the clock's time; without a due date, `after-due` waits for a release. */
export function revealsAt(policy: RevealPolicy, dueMs: number | undefined, clock: RevealClock): boolean {
  if (typeof policy === 'boolean') return policy;
  if (clock.released === true) return true;
  if (policy === 'after-published') return false;
  return dueMs !== undefined && clock.now > dueMs;
}

/** The moment an exercise is due: the latest due date of the assignments that list it (undefined when none does or none can be read). */
export function exerciseDueMs(course: Pick<CourseSpec, 'assignments'>, exerciseId: string): number | undefined {
  const dues = course.assignments.filter((a) => a.exercises.includes(exerciseId)).map((a) => parseDueDate(a.due));
  const times = dues.flatMap((due) => (due.ok ? [due.epochMs] : []));
  return times.length === 0 || times.length < dues.length ? undefined : Math.max(...times);
}

export interface ResolvedReveals {
  readonly course: CourseSpec;
  readonly exercises: readonly ExerciseSpec[];
  /** The exercises whose deferred reveal this run resolved, each with what it decided (exercise order). */
  readonly decided: readonly { readonly id: string; readonly reveal: boolean }[];
}

/** The course and exercises with every deferred reveal made true or false for this run. */
export function resolveReveals(course: CourseSpec, exercises: readonly ExerciseSpec[], clock: RevealClock): ResolvedReveals {
  const decided: { id: string; reveal: boolean }[] = [];
  const resolved = exercises.map((exercise) => {
    const policy = exercise.reveal ?? course.reveal ?? true;
    if (!isDeferred(policy)) return exercise;
    const reveal = revealsAt(policy, exerciseDueMs(course, exercise.id), clock);
    decided.push({ id: exercise.id, reveal });
    return { ...exercise, reveal };
  });
  if (decided.length === 0) return { course, exercises, decided };
  // Every exercise has its own answer now; the course's deferred default is decided as not yet.
  return { course: isDeferred(course.reveal) ? { ...course, reveal: false } : course, exercises: resolved, decided };
}

/**
 * What the run's time decided, for a course fingerprint: empty when the course defers nothing
 * (so that such a course keys as before), else the exercises revealed. A run after the due date
 * grades again the students a run before it graded without the expected values.
 */
export function revealKey(resolved: Pick<ResolvedReveals, 'decided'>): string {
  if (resolved.decided.length === 0) return '';
  return `\0reveal:${resolved.decided.filter((d) => d.reveal).map((d) => d.id).join(',')}`;
}
