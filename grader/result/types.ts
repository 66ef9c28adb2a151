// The result model: one plain JSON document per student, the only input of reporting.
// Same inputs, same bytes: no timestamps, no Maps, keys in a fixed order.
import type { Value } from '../../reference/index.ts';
import type { AnswerKind, Topic } from '../spec/types.ts';

export const STATUSES = ['correct', 'partial', 'incorrect', 'missing', 'invalid', 'error', 'timeout', 'memory'] as const;
/**
 * correct/partial/incorrect: graded; missing: no answer; invalid: not gradable (does not parse,
 * does not compile), costs nothing but scores 0; error: the code threw; timeout / memory: the
 * code hit the sandbox's time or memory limit.
 */
export type Status = (typeof STATUSES)[number];

export interface Diagnosis {
  /** The misconception's id (catalogue or exercise); `a|b` when the answer fits several (see `either`). */
  readonly id: string;
  readonly title: string;
  readonly feedback: string;
  /** Set when the answer fits several misconceptions that give the same value: each of them. */
  readonly either?: readonly { readonly id: string; readonly title: string; readonly feedback: string }[];
}

/** One entry of a vector answer. */
export interface ElementResult {
  readonly index: number;
  readonly received: number | null;
  /** Absent when the exercise does not reveal expected values. */
  readonly expected?: number;
  readonly correct: boolean;
}

export type CaseVisibility = 'visible' | 'hidden' | 'random';
export type CaseStatus = 'pass' | 'fail' | 'error' | 'timeout' | 'memory';

/** One call of a student's function. Hidden cases carry no arguments or values. */
export interface CaseResult {
  readonly visibility: CaseVisibility;
  readonly status: CaseStatus;
  readonly args?: Readonly<Record<string, Value>>;
  readonly expected?: Value;
  /** What the function returned, as display text (untrusted, cut short). */
  readonly received?: string;
  readonly difference?: number;
  /** Why it failed, in words (a wrong type, NaN, the thrown message with its line). */
  readonly message?: string;
}

export interface ExerciseResult {
  readonly id: string;
  readonly title: string;
  readonly topic: Topic;
  readonly kind: AnswerKind;
  readonly status: Status;
  readonly score: number;
  readonly max: number;
  /** The prompt for this student's variant (placeholders filled in), and its Persian form. */
  readonly prompt: string;
  readonly prompt_fa?: string;
  /** The student's parameter values. */
  readonly variant: Readonly<Record<string, Value>>;
  /** The student's answer as they wrote it (untrusted, cut short); absent when missing. */
  readonly answer?: string;
  /** The expected value, when the exercise reveals it. */
  readonly expected?: Value | string;
  /** The tolerance used, in words: `|answer − expected| ≤ 0.005`. */
  readonly tolerance?: string;
  /** Feedback sentences, most important first. */
  readonly feedback: readonly string[];
  readonly misconception?: Diagnosis;
  readonly roundedTooEarly?: boolean;
  readonly elements?: readonly ElementResult[];
  readonly cases?: readonly CaseResult[];
  /** Counts for code exercises: how many hidden (and random) cases failed, without saying which. */
  readonly hidden?: { readonly failed: number; readonly total: number };
  /** What the student's code printed (untrusted, capped, marked when cut). */
  readonly console?: string;
  readonly hints: readonly string[];
}

/** The late policy of one assignment applied to the student's submission time. */
export interface LateResult {
  readonly assignment: { readonly id: string; readonly title: string };
  readonly submittedAt: string;
  readonly due: string;
  /** Started days late (0 when on time). */
  readonly daysLate: number;
  readonly penaltyPercent: number;
  /** The assignment's points before the penalty (its exercises' scores added up). */
  readonly scoreBeforePenalty: number;
  /** The zone reports show the times in: the course's `time_zone`, else the due date's (an IANA name, `Z` or `+03:30`). */
  readonly timeZone?: string;
  /** Where `due` came from when not the course file: Gradescope's assignment, or the student's extension there. */
  readonly dueFrom?: DueFrom;
  /** Gradescope's late due date, when it has one: work handed in after it scores 0. */
  readonly lateDue?: string;
}

export type DueFrom = 'gradescope' | 'gradescope-extension';

/** A problem with the student's files as a whole (an unknown exercise id, an unreadable file). */
export interface SubmissionProblem {
  readonly code: string;
  readonly file: string;
  /** 1-based position in the file, when the problem has one (an unknown id's line). */
  readonly line?: number;
  readonly col?: number;
  readonly message: string;
}

/**
 * The student's code file did not load: it does not parse, or its top-level code threw, ran
 * out of time or of memory. Reported once, for the file; every code exercise it covers has
 * `status` and was not run again.
 */
export interface CodeLoadFailure {
  readonly code: 'code-syntax-error' | 'code-load-threw' | 'code-load-timeout' | 'code-load-memory' | 'code-too-large';
  readonly status: Extract<Status, 'invalid' | 'error' | 'timeout' | 'memory'>;
  readonly file: string;
  /** 1-based position in the file, when the failure has one (a syntax error, a throw). */
  readonly line?: number;
  readonly col?: number;
  /** What went wrong, as one sentence (with the position, when there is one). */
  readonly message: string;
  /** What the top-level code printed before it failed (untrusted, capped, marked when cut). */
  readonly console?: string;
}

export interface StudentResult {
  /** `onRoster` is true when the student is a row of the roster the class was graded with (absent otherwise). */
  readonly student: { readonly id: string; readonly name?: string; readonly email?: string; readonly section?: string; readonly onRoster?: true };
  readonly course: string;
  readonly assignment?: { readonly id: string; readonly title: string };
  /** Present when the code file did not load (see CodeLoadFailure). */
  readonly codeLoadFailure?: CodeLoadFailure;
  readonly exercises: readonly ExerciseResult[];
  readonly problems: readonly SubmissionProblem[];
  readonly score: number;
  readonly max: number;
  /** One entry per assignment graded, when the submission time is known; `score` is after the penalties. */
  readonly late?: readonly LateResult[];
}
