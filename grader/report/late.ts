// Late submissions: the assignment's due date and late policy applied to a submission time.
// Dates must carry an offset (`2026-10-05T23:59:00+03:30`): a time without one would mean
// whatever the grading machine's zone is, and the same class would grade differently elsewhere.
import type { Problem } from '../problem.ts';
import type { LateResult } from '../result/types.ts';
import type { AssignmentSpec } from '../spec/types.ts';
import { formatPoints } from './format.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export type LateOutcome =
  | { readonly ok: true; readonly score: number; readonly late?: LateResult }
  /** A date that cannot be read: the score is left as it was and the problem says why. */
  | { readonly ok: false; readonly score: number; readonly problem: Problem };

/** Where the two dates came from, for the problem's `file`. */
export interface LateSources {
  readonly submission: string;
  readonly course: string;
}

/**
 * The score after the late policy. Days late are started days: one minute late is one day.
 * `percent_per_day` takes that share of the score per day (at most all of it); after
 * `cutoff_days` days late the score is 0. Without a submission time nothing changes.
 */
export function applyLatePolicy(
  scoreBefore: number,
  submittedAt: string | undefined,
  assignment: AssignmentSpec,
  sources: LateSources = { submission: 'submitted_at', course: 'course.yaml' },
): LateOutcome {
  if (submittedAt === undefined) return { ok: true, score: scoreBefore };
  const due = parseInstant(assignment.due);
  if (typeof due === 'string') return invalid(scoreBefore, sources.course, `assignment "${assignment.id}" has due date ${due}`);
  const submitted = parseInstant(submittedAt);
  if (typeof submitted === 'string') return invalid(scoreBefore, sources.submission, `submitted_at ${submitted}`);

  const daysLate = submitted <= due ? 0 : Math.ceil((submitted - due) / DAY_MS);
  const penaltyPercent = latePenaltyPercent(daysLate, assignment);
  // Multiply before dividing: 7.5 × 80 / 100 is exactly 6, 7.5 × 0.8 is not.
  const score = (scoreBefore * (100 - penaltyPercent)) / 100;
  return {
    ok: true,
    score,
    late: {
      assignment: { id: assignment.id, title: assignment.title },
      submittedAt,
      due: assignment.due,
      daysLate,
      penaltyPercent,
      scoreBeforePenalty: scoreBefore,
    },
  };
}

export function latePenaltyPercent(daysLate: number, assignment: AssignmentSpec): number {
  if (daysLate === 0) return 0;
  const policy = assignment.late ?? {};
  if (policy.cutoff_days !== undefined && daysLate > policy.cutoff_days) return 100;
  return Math.min(100, (policy.percent_per_day ?? 0) * daysLate);
}

/** Milliseconds since the epoch, or why the text is not an ISO 8601 time with an offset. */
export function parseInstant(text: string): number | string {
  const match = ISO_INSTANT.exec(text);
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  if (match === null) return `${shown}, which is not an ISO 8601 time with an offset (e.g. 2026-10-05T23:59:00+03:30)`;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth || hour! > 23 || minute! > 59 || second! > 59) {
    return `${shown}, which is not a date on the calendar`;
  }
  const offset = match[7]!;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) {
    return `${shown}, whose offset ${offset} is out of range`;
  }
  return Date.parse(text);
}

/** The late result in a sentence, for reports. */
export function describeLate(late: LateResult): string {
  const what = late.assignment.title;
  if (late.daysLate === 0) return `${what}: submitted ${late.submittedAt}, on time (due ${late.due}).`;
  const days = late.daysLate === 1 ? '1 day' : `${late.daysLate} days`;
  const penalty =
    late.penaltyPercent === 0
      ? 'no penalty'
      : `${formatPoints(late.penaltyPercent)}% off (score before the penalty: ${formatPoints(late.scoreBeforePenalty)})`;
  return `${what}: submitted ${late.submittedAt}, ${days} late (due ${late.due}): ${penalty}.`;
}

function invalid(score: number, file: string, what: string): LateOutcome {
  return {
    ok: false,
    score,
    problem: { code: 'invalid-date', severity: 'error', message: `${what}; the late policy was not applied`, file },
  };
}
