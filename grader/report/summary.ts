// The class summary, built one student at a time so that a class of 10,000 needs only a
// small row per student, never their full results. Everything is kept so that the order in
// which students are added cannot show in the output: rows are sorted by id at the end, and
// scores are summed as whole micro-points, since floating-point sums depend on their order.
// Students who handed in nothing keep their row (and their 0 in the gradebook) but are left
// out of every mean, median, histogram and per-exercise number.
import type { Message } from '../messages/message.ts';
import type { LocalizedText } from '../messages/params.ts';
import type { Status } from '../result/types.ts';
import { STATUSES } from '../result/types.ts';
import { reportLink } from '../io/layout.ts';
import { histogram, MICRO, micro, totals } from './summary-stats.ts';
import { assignmentScores, assignmentSummaries, countedOnce } from './summary-assignments.ts';
import { attentionList, handedInNothing } from './summary-attention.ts';
import type { SummaryInput } from './summary-input.ts';
import { classMisconceptions, tallyMistakes, type MistakeTally } from './summary-misconceptions.ts';
import type { ClassSummary, ExerciseSummary, StudentRow, SummaryOptions } from './summary-model.ts';
import { byCodeUnits, contentKey as key } from './summary-order.ts';
import { groupSummaries, studentsPerGroup, topicGroups, type GroupSummary } from './summary-rollups.ts';

export type { AssignmentOption, AssignmentSummary } from './summary-assignments.ts';
export type { AttentionEntry } from './summary-attention.ts';
export type { ClassMisconception } from './summary-misconceptions.ts';
export type { GroupSummary } from './summary-rollups.ts';
export type { PartialRecord, RunRecord } from './run-record.ts';
export type { ClassSummary, ExerciseSummary, HistogramBin, StudentRow, SummaryOptions } from './summary-model.ts';
export { summaryInputText, type SummaryInput } from './summary-input.ts';
export { byCodeUnits } from './summary-order.ts';

export interface SummaryBuilder {
  /** False (and nothing added) when a student with the same id was added before. */
  add(result: SummaryInput): boolean;
  finish(): ClassSummary;
}

export const TOP_MISCONCEPTIONS = 5;

interface ExerciseTally {
  title: LocalizedText;
  /** Given by the course: results do not rename it. */
  readonly titleFixed: boolean;
  topic: string | undefined;
  /** Given by the course: results do not change it. */
  readonly topicFixed: boolean;
  /** The smallest index this exercise has in any student's list. */
  rank: number;
  max: number;
  students: number;
  microScore: number;
  statusCounts: Record<Status, number>;
  misconceptions: Map<string, { title: Message; count: number }>;
  /** Per mistake, an either-diagnosis counted for each (for the class's ranking). */
  mistakes: MistakeTally;
}

/**
 * A student's row until the columns are known. Kept for every student of the class, so kept
 * small: the exercise ids are one array shared by every student who has the same list, the
 * scores a plain array in that order, and the report link is made at the end.
 */
interface PendingRow extends Omit<StudentRow, 'scores' | 'link' | 'assignmentScores'> {
  readonly exerciseIds: readonly string[];
  readonly scoreList: readonly number[];
  /** Known when the course's assignments are; else made at the end. */
  readonly assignmentScores?: readonly (number | null)[];
}

export function createSummaryBuilder(options: SummaryOptions = {}): SummaryBuilder {
  const rows = new Map<string, PendingRow>();
  /** Each distinct list of exercise ids, once (most students of a class share one). */
  const idLists = new Map<string, readonly string[]>();
  const tallies = new Map<string, ExerciseTally>();
  const courses = new Map<string, LocalizedText>();
  const graded = new Map<string, { id: string; title: LocalizedText }>();
  let longest: { id: string; exercises: string[] } | undefined;
  const assignments = countedOnce(options.assignments ?? []);
  for (const exercise of options.exercises ?? []) tallies.set(exercise.id, newTally(exercise.title, exercise.max, true, exercise.topic));

  return {
    add(result) {
      if (rows.has(result.student.id)) return false;
      courses.set(key(result.course), result.course);
      if (result.assignment !== undefined) graded.set(`${result.assignment.id}\u0000${key(result.assignment.title)}`, result.assignment);
      const exerciseIds = result.exercises.map((e) => e.id);
      const longer = longest === undefined || exerciseIds.length > longest.exercises.length;
      const sameButSmallerId = longest !== undefined && exerciseIds.length === longest.exercises.length && result.student.id < longest.id;
      if (longer || sameButSmallerId) longest = { id: result.student.id, exercises: exerciseIds };
      const listKey = exerciseIds.join('\u0000');
      let sharedIds = idLists.get(listKey);
      if (sharedIds === undefined) idLists.set(listKey, (sharedIds = exerciseIds));
      const nothingHandedIn = handedInNothing(result);
      for (const [index, exercise] of result.exercises.entries()) {
        let tally = tallies.get(exercise.id);
        if (tally === undefined) tallies.set(exercise.id, (tally = newTally(exercise.title, exercise.max, false, undefined)));
        tally.rank = Math.min(tally.rank, index);
        // Ties broken by content, not by arrival, wherever students disagree.
        const better = exercise.max > tally.max || (exercise.max === tally.max && key(exercise.title) < key(tally.title));
        if (!tally.titleFixed && better) tally.title = exercise.title;
        if (!tally.topicFixed && typeof exercise.topic === 'string' && (tally.topic === undefined || exercise.topic < tally.topic)) tally.topic = exercise.topic;
        tally.max = Math.max(tally.max, exercise.max);
        if (nothingHandedIn) continue;
        tally.students += 1;
        tally.microScore += micro(exercise.score);
        tally.statusCounts[exercise.status] += 1;
        if (exercise.misconception !== undefined) {
          const { id, title } = exercise.misconception;
          const seen = tally.misconceptions.get(id);
          if (seen === undefined) tally.misconceptions.set(id, { title, count: 1 });
          else tally.misconceptions.set(id, { title: key(title) < key(seen.title) ? title : seen.title, count: seen.count + 1 });
          tallyMistakes(tally.mistakes, exercise.misconception);
        }
      }
      const { id, name, email, section, onRoster } = result.student;
      rows.set(id, {
        id,
        ...(name === undefined ? {} : { name }),
        ...(email === undefined ? {} : { email }),
        ...(section === undefined ? {} : { section }),
        ...(onRoster === true ? { onRoster } : {}),
        ...(nothingHandedIn ? { nothingHandedIn } : {}),
        score: result.score,
        max: result.max,
        exerciseIds: sharedIds,
        scoreList: result.exercises.map((exercise) => exercise.score),
        ...(assignments.length === 0 ? {} : { assignmentScores: assignmentScores(assignments, result) }),
        ...(result.late === undefined || result.late.length === 0 ? {} : { daysLate: Math.max(...result.late.map((l) => l.daysLate)) }),
        problems: result.problems.length,
        ...(result.codeLoadFailure === undefined ? {} : { codeNotLoaded: true as const }),
        unanswered: result.exercises.filter((exercise) => exercise.status === 'missing').length,
      });
      return true;
    },

    finish() {
      const listed = [...new Set([...(options.exercises ?? []).map((e) => e.id), ...(longest?.exercises ?? [])])];
      const others = [...tallies.keys()]
        .filter((id) => !listed.includes(id))
        .sort((a, b) => tallies.get(a)!.rank - tallies.get(b)!.rank || byCodeUnits(a, b));
      const columns = [...listed, ...others];
      // Where each column is in each list of exercise ids (the last, if an id is there twice).
      const positions = new Map<readonly string[], ReadonlyMap<string, number>>();
      const positionsIn = (ids: readonly string[]): ReadonlyMap<string, number> => {
        let found = positions.get(ids);
        if (found === undefined) positions.set(ids, (found = new Map(ids.map((id, index) => [id, index]))));
        return found;
      };
      const students = [...rows.values()]
        .sort((a, b) => byCodeUnits(a.id, b.id))
        .map(({ exerciseIds, scoreList, assignmentScores: known, ...row }): StudentRow => {
          const at = positionsIn(exerciseIds);
          const scores = columns.map((id) => {
            const index = at.get(id);
            return index === undefined ? null : scoreList[index]!;
          });
          return { ...row, link: reportLink(row.id), scores, assignmentScores: known ?? [row.score] };
        });
      const assignment = options.assignment ?? [...graded.entries()].sort(([a], [b]) => byCodeUnits(a, b))[0]?.[1];
      const course = options.course ?? [...courses.entries()].sort(([a], [b]) => byCodeUnits(a, b))[0]?.[1] ?? { en: '' };
      // Without the course's assignments, one for everything: the graded assignment, or the course.
      const whole = assignment?.title ?? (course.en === '' ? { en: 'Total' } : course);
      const gradebookAssignments = assignments.length > 0 ? assignments : [{ id: assignment?.id ?? 'total', title: whole, exercises: columns }];
      const summaries = assignmentSummaries(gradebookAssignments, new Map(columns.map((id) => [id, tallies.get(id)!.max])));
      const exercises = columns.map((id) => exerciseSummary(id, tallies.get(id)!));
      const counted = students.filter((row) => row.nothingHandedIn !== true);
      const countedLists = [...rows.values()].filter((row) => row.nothingHandedIn !== true).map((row) => row.exerciseIds);
      const rollup = (groups: readonly { id: string; exercises: readonly string[] }[]): GroupSummary[] =>
        groupSummaries(groups, tallies, studentsPerGroup(countedLists, groups));
      return {
        course,
        ...(assignment === undefined ? {} : { assignment }),
        ...(options.run === undefined ? {} : { run: options.run }),
        ...(options.partial === undefined ? {} : { partial: options.partial }),
        assignments: summaries,
        exercises,
        students,
        histogram: histogram(counted),
        totals: totals(students, counted),
        misconceptions: classMisconceptions(columns.map((id) => ({ id, mistakes: tallies.get(id)!.mistakes }))),
        rollups: { topics: rollup(topicGroups(exercises)), assignments: rollup(summaries) },
        attention: attentionList(students.map((row) => ({ ...row, exercises: row.scores.filter((score) => score !== null).length }))),
      };
    },
  };
}

function newTally(title: LocalizedText, max: number, titleFixed: boolean, topic: string | undefined): ExerciseTally {
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  return { title, titleFixed, topic, topicFixed: topic !== undefined, rank: Infinity, max, students: 0, microScore: 0, statusCounts, misconceptions: new Map(), mistakes: new Map() };
}

function exerciseSummary(id: string, tally: ExerciseTally): ExerciseSummary {
  const misconceptions = [...tally.misconceptions]
    .map(([misconception, { title, count }]) => ({ id: misconception, title, count }))
    .sort((a, b) => b.count - a.count || byCodeUnits(a.id, b.id))
    .slice(0, TOP_MISCONCEPTIONS);
  return {
    id,
    title: tally.title,
    ...(tally.topic === undefined ? {} : { topic: tally.topic }),
    max: tally.max,
    students: tally.students,
    meanScore: tally.students === 0 ? 0 : tally.microScore / tally.students / MICRO,
    statusCounts: { ...tally.statusCounts },
    misconceptions,
  };
}
