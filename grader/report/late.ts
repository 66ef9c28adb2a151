// Late submissions: the assignment's due date and late policy applied to a submission time.
// Dates carry an offset or an IANA time zone (`2026-10-05T23:59 Asia/Tehran`, see
// spec/due-date.ts): a time without one would mean whatever the grading machine's zone is, and
// the same class would grade differently elsewhere. On Gradescope, its due date (with the
// student's extension) replaces the course file's, and its late due date ends late work.
import type { Problem } from '../problem.ts';
import type { DueFrom, LateResult } from '../result/types.ts';
import { parseDueDate } from '../spec/due-date.ts';
import type { AssignmentSpec } from '../spec/types.ts';
import { formatPoints } from './format.ts';
import { durationInWords, formatInstant, zoneLabel } from './time-words.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type LateOutcome =
  | { readonly ok: true; readonly score: number; readonly late?: LateResult }
  /** A date that cannot be read: the score is left as it was and the problem says why. */
  | { readonly ok: false; readonly score: number; readonly problem: Problem };

/** Where the two dates came from, for the problem's `file`. */
export interface LateSources {
  readonly submission: string;
  readonly course: string;
}

export interface LateOptions {
  /** Replaces the assignment's due date: Gradescope's, or the student's extension there. */
  readonly due?: { readonly at: string; readonly from: DueFrom };
  /** Gradescope's late due date: work handed in after it scores 0. */
  readonly lateDue?: string;
  /** The zone reports show the times in (the course's `time_zone`; else the due date's own). */
  readonly timeZone?: string;
}

/**
 * The score after the late policy. Days late are started days: one minute late is one day.
 * `percent_per_day` takes that share of the score per day (at most all of it); after
 * `cutoff_days` days late, or after the late due date, the score is 0. Without a submission
 * time nothing changes.
 */
export function applyLatePolicy(
  scoreBefore: number,
  submittedAt: string | undefined,
  assignment: AssignmentSpec,
  sources: LateSources = { submission: 'submitted_at', course: 'course.yaml' },
  options: LateOptions = {},
): LateOutcome {
  if (submittedAt === undefined) return { ok: true, score: scoreBefore };
  const dueText = options.due?.at ?? assignment.due;
  const dueFile = options.due === undefined ? sources.course : sources.submission;
  const due = parseDueDate(dueText);
  if (!due.ok) return invalid(scoreBefore, dueFile, `assignment "${assignment.id}" has due date ${due.reason}`);
  const submitted = parseDueDate(submittedAt);
  if (!submitted.ok) return invalid(scoreBefore, sources.submission, `submitted_at ${submitted.reason}`);
  const lateDue = options.lateDue === undefined ? undefined : parseDueDate(options.lateDue);
  if (lateDue !== undefined && !lateDue.ok) return invalid(scoreBefore, sources.submission, `the late due date ${lateDue.reason}`);

  const daysLate = submitted.epochMs <= due.epochMs ? 0 : Math.ceil((submitted.epochMs - due.epochMs) / DAY_MS);
  const afterLateDue = lateDue !== undefined && submitted.epochMs > lateDue.epochMs;
  const penaltyPercent = afterLateDue ? 100 : latePenaltyPercent(daysLate, assignment);
  // Multiply before dividing: 7.5 × 80 / 100 is exactly 6, 7.5 × 0.8 is not.
  const score = (scoreBefore * (100 - penaltyPercent)) / 100;
  return {
    ok: true,
    score,
    late: {
      assignment: { id: assignment.id, title: assignment.title },
      submittedAt,
      due: dueText,
      daysLate,
      penaltyPercent,
      scoreBeforePenalty: scoreBefore,
      timeZone: options.timeZone ?? due.zone,
      ...(options.due === undefined ? {} : { dueFrom: options.due.from }),
      ...(options.lateDue === undefined ? {} : { lateDue: options.lateDue }),
    },
  };
}

export function latePenaltyPercent(daysLate: number, assignment: AssignmentSpec): number {
  if (daysLate === 0) return 0;
  const policy = assignment.late ?? {};
  if (policy.cutoff_days !== undefined && daysLate > policy.cutoff_days) return 100;
  return Math.min(100, (policy.percent_per_day ?? 0) * daysLate);
}

/** Milliseconds since the epoch, or why the text is not a time with an offset or a time zone. */
export function parseInstant(text: string): number | string {
  const parsed = parseDueDate(text);
  return parsed.ok ? parsed.epochMs : parsed.reason;
}

/** Where a due date other than the course file's came from, as the late notice says it. */
const DUE_FROM_WORDS: Readonly<Record<DueFrom, string>> = {
  gradescope: ', as set on Gradescope',
  'gradescope-extension': ', with your extension on Gradescope',
};

/** The late result in a sentence, for reports: times in the course's zone, lateness in words. */
export function describeLate(late: LateResult): string {
  const due = parseDueDate(late.due);
  const submitted = parseDueDate(late.submittedAt);
  const zone = late.timeZone ?? (due.ok ? due.zone : 'Z');
  const when = (parsed: typeof due, text: string): string => (parsed.ok ? formatInstant(parsed.epochMs, zone) : text);
  const dueWords = `due ${when(due, late.due)}${late.dueFrom === undefined ? '' : DUE_FROM_WORDS[late.dueFrom]}; times in ${zoneLabel(zone)}`;
  const handedIn = `${late.assignment.title}: handed in ${when(submitted, late.submittedAt)}`;
  if (late.daysLate === 0) return `${handedIn}, on time (${dueWords}).`;
  const howLate = due.ok && submitted.ok ? durationInWords(submitted.epochMs - due.epochMs) : `${late.daysLate} days`;
  const days = late.daysLate === 1 ? '1 day' : `${late.daysLate} days`;
  const lateDue = late.lateDue === undefined ? undefined : parseDueDate(late.lateDue);
  const pastLateDue = lateDue?.ok === true && submitted.ok && submitted.epochMs > lateDue.epochMs;
  const penalty =
    late.penaltyPercent === 0
      ? 'no penalty'
      : `${formatPoints(late.penaltyPercent)}% off (score before the penalty: ${formatPoints(late.scoreBeforePenalty)})`;
  const rule = pastLateDue ? `after the late due date, ${when(lateDue, late.lateDue!)}, late work scores 0` : `each started day counts as a day, so ${days} late`;
  return `${handedIn}, ${howLate} late (${dueWords}) — ${rule}: ${penalty}.`;
}

function invalid(score: number, file: string, what: string): LateOutcome {
  return {
    ok: false,
    score,
    problem: { code: 'invalid-date', severity: 'error', message: `${what}; the late policy was not applied`, file },
  };
}
