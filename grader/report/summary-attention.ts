// Who handed in nothing, and who may need the instructor's attention, with the reasons, each a
// message. The lines are fixed, not relative to the class, so that a student is listed for
// what they did, not for how the others did; docs and the page say where they are.
import { message, type Message } from '../messages/message.ts';
import type { Status } from '../result/types.ts';
import { micro } from './summary-stats.ts';
import { byCodeUnits } from './summary-order.ts';

export const ATTENTION = {
  /** A score below this percentage of the maximum. */
  belowPercent: 40,
  /** At least this percentage of the student's exercises unanswered (`missing`). */
  unansweredPercent: 25,
  /** At least this many problems with the student's files (a code file that did not load is one). */
  fileProblems: 1,
} as const;

export interface AttentionEntry {
  readonly id: string;
  /** Why, most telling first: the score, the unanswered exercises, the problems with their files. */
  readonly reasons: readonly Message[];
}

/** A student who handed in nothing: no submission folder, or not one exercise answered. */
export function handedInNothing(result: { readonly problems: readonly { readonly code: string }[]; readonly exercises: readonly { readonly status: Status }[] }): boolean {
  if (result.problems.some((problem) => problem.code === 'no-submission')) return true;
  return result.exercises.length > 0 && result.exercises.every((exercise) => exercise.status === 'missing');
}

/** What of a student's row the list needs. */
export interface AttentionRow {
  readonly id: string;
  readonly score: number;
  readonly max: number;
  readonly nothingHandedIn?: true;
  /** Exercises with the status `missing`. */
  readonly unanswered: number;
  /** The exercises the student's results have. */
  readonly exercises: number;
  readonly problems: number;
  readonly codeNotLoaded?: true;
}

/** The students who handed something in and are past one of the lines, lowest share of the points first (then by id). */
export function attentionList(rows: readonly AttentionRow[]): AttentionEntry[] {
  const listed: { id: string; share: number; reasons: Message[] }[] = [];
  for (const row of rows) {
    if (row.nothingHandedIn === true) continue;
    const reasons: Message[] = [];
    // Compared in whole micro-points: 40% of 10 points is 4, not 4.000000000000001.
    if (row.max > 0 && micro(row.score) * 100 < micro(row.max) * ATTENTION.belowPercent) {
      reasons.push(message('summary.attention.low-score', { below: ATTENTION.belowPercent }));
    }
    if (row.exercises > 0 && row.unanswered * 100 >= row.exercises * ATTENTION.unansweredPercent) {
      reasons.push(message('summary.attention.unanswered', { count: row.unanswered, total: row.exercises }));
    }
    const fileProblems = row.problems + (row.codeNotLoaded === true ? 1 : 0);
    if (fileProblems >= ATTENTION.fileProblems) reasons.push(message('summary.attention.file-problems', { count: fileProblems }));
    if (reasons.length > 0) listed.push({ id: row.id, share: row.max > 0 ? row.score / row.max : 1, reasons });
  }
  return listed.sort((a, b) => a.share - b.share || byCodeUnits(a.id, b.id)).map(({ id, reasons }) => ({ id, reasons }));
}
