// The assignments of a class summary and each student's points on them, after the late
// policy: what an LMS gradebook imports as one column per assignment. An exercise that two
// assignments list counts in the first one only, as it does for the late policy.
import type { LocalizedText } from '../messages/params.ts';
import type { LateResult } from '../result/types.ts';

/** An assignment as the gradebooks see it. */
export interface AssignmentSummary {
  readonly id: string;
  readonly title: LocalizedText;
  /** Its exercises' points added up (those that are columns of the summary). */
  readonly max: number;
  /** The exercise ids counted in it, in its order. */
  readonly exercises: readonly string[];
  /** Its id in Canvas, from the course file (`canvas_id`). */
  readonly canvasId?: number;
}

/** An assignment as the course file gives it. */
export interface AssignmentOption {
  readonly id: string;
  readonly title: LocalizedText;
  readonly exercises: readonly string[];
  readonly canvasId?: number;
}

/** What of a student's result an assignment's points need. */
export interface AssignmentScoreInput {
  readonly exercises: readonly { readonly id: string; readonly score: number }[];
  readonly late?: readonly Pick<LateResult, 'assignment' | 'penaltyPercent'>[];
}

/** Each exercise in the first assignment that lists it only. */
export function countedOnce(assignments: readonly AssignmentOption[]): AssignmentOption[] {
  const counted = new Set<string>();
  return assignments.map((assignment) => {
    const exercises = assignment.exercises.filter((id) => !counted.has(id));
    exercises.forEach((id) => counted.add(id));
    return { ...assignment, exercises };
  });
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * The student's points on each assignment, after its late penalty (rounded as the grader
 * rounds scores); null where the student's results have none of the assignment's exercises.
 */
export function assignmentScores(assignments: readonly AssignmentOption[], result: AssignmentScoreInput): (number | null)[] {
  const scoreOf = new Map(result.exercises.map((e) => [e.id, e.score]));
  return assignments.map((assignment) => {
    const graded = assignment.exercises.filter((id) => scoreOf.has(id));
    if (graded.length === 0) return null;
    const before = round(graded.reduce((sum, id) => sum + scoreOf.get(id)!, 0));
    const penalty = result.late?.find((late) => late.assignment.id === assignment.id)?.penaltyPercent ?? 0;
    // Multiplied before dividing, as the late policy does.
    return round((before * (100 - penalty)) / 100);
  });
}

/** The assignments with their points, keeping the exercises that are columns of the summary. */
export function assignmentSummaries(assignments: readonly AssignmentOption[], columns: ReadonlyMap<string, number>): AssignmentSummary[] {
  return assignments.map(({ id, title, exercises, canvasId }) => {
    const kept = exercises.filter((exercise) => columns.has(exercise));
    const max = round(kept.reduce((sum, exercise) => sum + columns.get(exercise)!, 0));
    return { id, title, max, exercises: kept, ...(canvasId === undefined ? {} : { canvasId }) };
  });
}
