// The class summary, built one student at a time so that a class of 10,000 needs only a
// small row per student, never their full results. Everything is kept so that the order in
// which students are added cannot show in the output: rows are sorted by id at the end, and
// scores are summed as whole micro-points, since floating-point sums depend on their order.
import type { Message } from '../messages/message.ts';
import type { LocalizedText } from '../messages/params.ts';
import type { ExerciseResult, LateResult, Status, StudentResult } from '../result/types.ts';
import { STATUSES } from '../result/types.ts';
import { reportLink } from '../io/layout.ts';
import { histogram, MICRO, micro, totals } from './summary-stats.ts';
import { assignmentScores, assignmentSummaries, countedOnce, type AssignmentOption, type AssignmentSummary } from './summary-assignments.ts';
import type { PartialRecord, RunRecord } from './run-record.ts';

export type { AssignmentOption, AssignmentSummary } from './summary-assignments.ts';
export type { PartialRecord, RunRecord } from './run-record.ts';

export interface ClassSummary {
  readonly course: LocalizedText;
  readonly assignment?: { readonly id: string; readonly title: LocalizedText };
  /** What the students were graded against (see RunRecord); absent when re-rendered from bare results. */
  readonly run?: RunRecord;
  /** Set when `grader merge --partial` merged without some shards: their students are missing. */
  readonly partial?: PartialRecord;
  /**
   * The gradebooks' assignments: the course's (the graded one alone with --assignment); one
   * for all the exercises, named after the graded assignment or the course, when the course
   * has none or is not known.
   */
  readonly assignments: readonly AssignmentSummary[];
  /**
   * In column order: the course's order when given; else the order of the longest exercise
   * list any student has (the smallest id among equals); then the rest by their earliest place
   * in any student's list, then by id.
   */
  readonly exercises: readonly ExerciseSummary[];
  /** Sorted by student id. */
  readonly students: readonly StudentRow[];
  /** Ten bins of ten percentage points; the last one includes 100%. */
  readonly histogram: readonly HistogramBin[];
  readonly totals: {
    readonly students: number;
    readonly meanScore: number;
    readonly medianScore: number;
    readonly max: number;
  };
}

export interface ExerciseSummary {
  readonly id: string;
  readonly title: LocalizedText;
  readonly max: number;
  /** How many students' results have this exercise. */
  readonly students: number;
  readonly meanScore: number;
  readonly statusCounts: Readonly<Record<Status, number>>;
  /** The most frequent misconceptions, most frequent first. */
  readonly misconceptions: readonly { readonly id: string; readonly title: Message; readonly count: number }[];
}

export interface StudentRow {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly section?: string;
  /** The student is a row of the roster the class was graded with. */
  readonly onRoster?: true;
  readonly score: number;
  readonly max: number;
  /** One entry per exercise column, before the late policy; null when the student's results lack that exercise. */
  readonly scores: readonly (number | null)[];
  /** One entry per assignment, after its late policy; null when the student's results have none of its exercises. */
  readonly assignmentScores: readonly (number | null)[];
  readonly daysLate?: number;
  readonly problems: number;
  /** The student's report, relative to summary.html. */
  readonly link: string;
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface SummaryOptions {
  readonly course?: LocalizedText;
  readonly assignment?: { readonly id: string; readonly title: LocalizedText };
  /** The exercise columns in the course's order. */
  readonly exercises?: readonly { readonly id: string; readonly title: LocalizedText; readonly max: number }[];
  /** The course's assignments (only the graded one with --assignment). */
  readonly assignments?: readonly AssignmentOption[];
  readonly run?: RunRecord;
  readonly partial?: PartialRecord;
}

/** What of a student's result the summary uses: a StudentResult is one, and so is summaryInput's. */
export interface SummaryInput {
  readonly student: StudentResult['student'];
  readonly course: LocalizedText;
  readonly assignment?: StudentResult['assignment'];
  readonly exercises: readonly Pick<ExerciseResult, 'id' | 'title' | 'max' | 'score' | 'status' | 'misconception'>[];
  readonly problems: readonly unknown[];
  readonly score: number;
  readonly max: number;
  readonly late?: readonly Pick<LateResult, 'assignment' | 'daysLate' | 'penaltyPercent'>[];
}

/**
 * The part of a result the summary uses, as JSON text: a grade worker sends it back with the
 * student's outcome, so that the class files need not read every result file again. Through
 * JSON, like the file, so that the summary is the same bytes either way.
 */
export function summaryInputText(result: StudentResult): string {
  const input: SummaryInput = {
    student: result.student,
    course: result.course,
    ...(result.assignment === undefined ? {} : { assignment: result.assignment }),
    exercises: result.exercises.map(({ id, title, max, score, status, misconception }) => ({ id, title, max, score, status, ...(misconception ? { misconception } : {}) })),
    problems: result.problems.map(() => 0),
    score: result.score,
    max: result.max,
    ...(result.late === undefined ? {} : { late: result.late.map(({ assignment, daysLate, penaltyPercent }) => ({ assignment, daysLate, penaltyPercent })) }),
  };
  return JSON.stringify(input);
}

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
  /** The smallest index this exercise has in any student's list. */
  rank: number;
  max: number;
  students: number;
  microScore: number;
  statusCounts: Record<Status, number>;
  misconceptions: Map<string, { title: Message; count: number }>;
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
  for (const exercise of options.exercises ?? []) tallies.set(exercise.id, newTally(exercise.title, exercise.max, true));

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
      for (const [index, exercise] of result.exercises.entries()) {
        let tally = tallies.get(exercise.id);
        if (tally === undefined) tallies.set(exercise.id, (tally = newTally(exercise.title, exercise.max, false)));
        tally.rank = Math.min(tally.rank, index);
        // Ties broken by content, not by arrival, wherever students disagree.
        const better = exercise.max > tally.max || (exercise.max === tally.max && key(exercise.title) < key(tally.title));
        if (!tally.titleFixed && better) tally.title = exercise.title;
        tally.max = Math.max(tally.max, exercise.max);
        tally.students += 1;
        tally.microScore += micro(exercise.score);
        tally.statusCounts[exercise.status] += 1;
        if (exercise.misconception !== undefined) {
          const { id, title } = exercise.misconception;
          const seen = tally.misconceptions.get(id);
          if (seen === undefined) tally.misconceptions.set(id, { title, count: 1 });
          else tally.misconceptions.set(id, { title: key(title) < key(seen.title) ? title : seen.title, count: seen.count + 1 });
        }
      }
      const { id, name, email, section, onRoster } = result.student;
      rows.set(id, {
        id,
        ...(name === undefined ? {} : { name }),
        ...(email === undefined ? {} : { email }),
        ...(section === undefined ? {} : { section }),
        ...(onRoster === true ? { onRoster } : {}),
        score: result.score,
        max: result.max,
        exerciseIds: sharedIds,
        scoreList: result.exercises.map((exercise) => exercise.score),
        ...(assignments.length === 0 ? {} : { assignmentScores: assignmentScores(assignments, result) }),
        ...(result.late === undefined || result.late.length === 0 ? {} : { daysLate: Math.max(...result.late.map((l) => l.daysLate)) }),
        problems: result.problems.length,
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
      return {
        course,
        ...(assignment === undefined ? {} : { assignment }),
        ...(options.run === undefined ? {} : { run: options.run }),
        ...(options.partial === undefined ? {} : { partial: options.partial }),
        assignments: assignmentSummaries(gradebookAssignments, new Map(columns.map((id) => [id, tallies.get(id)!.max]))),
        exercises: columns.map((id) => exerciseSummary(id, tallies.get(id)!)),
        students,
        histogram: histogram(students),
        totals: totals(students),
      };
    },
  };
}

/** Course text or a message as one string, to order and compare by: the same on every machine. */
const key = (value: LocalizedText | Message): string => JSON.stringify(value);

function newTally(title: LocalizedText, max: number, titleFixed: boolean): ExerciseTally {
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  return { title, titleFixed, rank: Infinity, max, students: 0, microScore: 0, statusCounts, misconceptions: new Map() };
}

function exerciseSummary(id: string, tally: ExerciseTally): ExerciseSummary {
  const misconceptions = [...tally.misconceptions]
    .map(([misconception, { title, count }]) => ({ id: misconception, title, count }))
    .sort((a, b) => b.count - a.count || byCodeUnits(a.id, b.id))
    .slice(0, TOP_MISCONCEPTIONS);
  return {
    id,
    title: tally.title,
    max: tally.max,
    students: tally.students,
    meanScore: tally.students === 0 ? 0 : tally.microScore / tally.students / MICRO,
    statusCounts: { ...tally.statusCounts },
    misconceptions,
  };
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
