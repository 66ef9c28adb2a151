// The class by topic and by assignment: how much of the points of a group of exercises the
// students earned, and which of its exercises went worst. Only students who handed something
// in count, as in every mean of the summary. Sums are of whole micro-points, so the result
// cannot depend on the order of the students.
import { micro } from './summary-stats.ts';

export interface GroupSummary {
  /** The topic (`softmax`) or the assignment's id. */
  readonly id: string;
  /** Its exercises that are columns of the summary: a topic's in column order, an assignment's in its own. */
  readonly exercises: readonly string[];
  /** Students (who handed something in) whose results have at least one of these exercises. */
  readonly students: number;
  /** The points those students earned on these exercises out of the points they could earn there, 0 to 1. */
  readonly share: number;
  /** The exercise of the group with the lowest mean share (the first among equals); absent when no student has any. */
  readonly weakest?: string;
}

/** What a group needs of an exercise's tally. */
export interface ExercisePoints {
  readonly max: number;
  /** Students (who handed something in) with this exercise, and their points added up in micro-points. */
  readonly students: number;
  readonly microScore: number;
}

export function groupSummaries(
  groups: readonly { readonly id: string; readonly exercises: readonly string[] }[],
  points: ReadonlyMap<string, ExercisePoints>,
  studentsIn: readonly number[],
): GroupSummary[] {
  return groups.map(({ id, exercises }, index) => {
    let earned = 0;
    let possible = 0;
    let weakest: { id: string; share: number } | undefined;
    for (const exercise of exercises) {
      const tally = points.get(exercise);
      if (tally === undefined || tally.students === 0) continue;
      const outOf = tally.students * micro(tally.max);
      earned += tally.microScore;
      possible += outOf;
      const share = outOf > 0 ? tally.microScore / outOf : 0;
      if (weakest === undefined || share < weakest.share) weakest = { id: exercise, share };
    }
    return { id, exercises, students: studentsIn[index] ?? 0, share: possible > 0 ? earned / possible : 0, ...(weakest === undefined ? {} : { weakest: weakest.id }) };
  });
}

/**
 * How many students have at least one exercise of each group, from each student's list of
 * exercise ids. Most students of a class share one list (the same array): its groups are
 * worked out once.
 */
export function studentsPerGroup(lists: Iterable<readonly string[]>, groups: readonly { readonly exercises: readonly string[] }[]): number[] {
  const counts = groups.map(() => 0);
  const groupsOf = new Map<readonly string[], number[]>();
  for (const list of lists) {
    let found = groupsOf.get(list);
    if (found === undefined) {
      const ids = new Set(list);
      found = groups.flatMap((group, index) => (group.exercises.some((id) => ids.has(id)) ? [index] : []));
      groupsOf.set(list, found);
    }
    for (const index of found) counts[index]! += 1;
  }
  return counts;
}

/** The topics of the columns, each with its exercises, in the order the topics first appear. */
export function topicGroups(columns: readonly { readonly id: string; readonly topic?: string }[]): { id: string; exercises: string[] }[] {
  const topics = new Map<string, string[]>();
  for (const { id, topic } of columns) {
    if (topic === undefined) continue;
    const exercises = topics.get(topic);
    if (exercises === undefined) topics.set(topic, [id]);
    else exercises.push(id);
  }
  return [...topics].map(([id, exercises]) => ({ id, exercises }));
}
