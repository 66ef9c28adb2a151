// Late submissions: the assignment's due date and late policy applied to a submission time.
// Dates carry an offset or an IANA time zone (`2026-10-05T23:59 Asia/Tehran`, see
// spec/due-date.ts): a time without one would mean whatever the grading machine's zone is, and
// the same class would grade differently elsewhere. On Gradescope, its due date (with the
// student's extension) replaces the course file's, and its late due date ends late work.
import { message, type Message } from '../messages/message.ts';
import { fileProblem, type StudentFileProblem } from '../problem.ts';
import type { DueFrom, LateResult } from '../result/types.ts';
import { parseDueDate } from '../spec/due-date.ts';
import type { AssignmentSpec } from '../spec/types.ts';
import type { LocalizedText } from '../messages/params.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type LateOutcome =
  | { readonly ok: true; readonly score: number; readonly late?: LateResult }
  /** A date that cannot be read: the score is left as it was and the problem says why. */
  | { readonly ok: false; readonly score: number; readonly problem: StudentFileProblem };

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
  /** The assignment's title in each of the course's languages (its English title alone when left out). */
  readonly title?: LocalizedText;
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
  const unreadable = (file: string, time: string, reason: Message): LateOutcome => ({ ok: false, score: scoreBefore, problem: dueProblem(file, time, reason, assignment.id) });
  const due = parseDueDate(dueText);
  if (!due.ok) return unreadable(dueFile, dueText, due.why);
  const submitted = parseDueDate(submittedAt);
  if (!submitted.ok) return { ok: false, score: scoreBefore, problem: fileProblem(message('submitted-at-unreadable', { time: submittedAt, reason: submitted.why }), sources.submission) };
  const lateDue = options.lateDue === undefined ? undefined : parseDueDate(options.lateDue);
  if (lateDue !== undefined && !lateDue.ok) return unreadable(sources.submission, options.lateDue!, lateDue.why);

  const daysLate = submitted.epochMs <= due.epochMs ? 0 : Math.ceil((submitted.epochMs - due.epochMs) / DAY_MS);
  const afterLateDue = lateDue !== undefined && submitted.epochMs > lateDue.epochMs;
  const penaltyPercent = afterLateDue ? 100 : latePenaltyPercent(daysLate, assignment);
  // Multiply before dividing: 7.5 × 80 / 100 is exactly 6, 7.5 × 0.8 is not.
  const score = (scoreBefore * (100 - penaltyPercent)) / 100;
  return {
    ok: true,
    score,
    late: {
      assignment: { id: assignment.id, title: options.title ?? { en: assignment.title } },
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

function dueProblem(file: string, time: string, reason: Message, assignment: string): StudentFileProblem {
  return fileProblem(message('due-date-unreadable', { assignment, time, reason }), file);
}

export function latePenaltyPercent(daysLate: number, assignment: AssignmentSpec): number {
  if (daysLate === 0) return 0;
  const policy = assignment.late ?? {};
  if (policy.cutoff_days !== undefined && daysLate > policy.cutoff_days) return 100;
  return Math.min(100, (policy.percent_per_day ?? 0) * daysLate);
}
