// The result model: one plain JSON document per student, the only input of reporting.
// Same inputs, same bytes: no timestamps, no Maps, keys in a fixed order. It holds no prose:
// what the grader says is a message (a code and its params, grader/messages/), rendered in
// the reader's language when a report is made; what the course says (titles, prompts, hints)
// is kept in each of the course's languages.
import type { Value } from '../../reference/index.ts';
import type { Message } from '../messages/message.ts';
import type { LocalizedText } from '../messages/params.ts';
import type { AnswerKind, Topic } from '../spec/types.ts';

/**
 * The version of this model, written first in every result file. Results of another version
 * (older ones stored sentences, not messages) are not read: they must be graded again.
 */
export const RESULT_FORMAT = 2;

export const STATUSES = ['correct', 'partial', 'incorrect', 'missing', 'invalid', 'error', 'timeout', 'memory'] as const;
/**
 * correct/partial/incorrect: graded; missing: no answer; invalid: not gradable (does not parse,
 * does not compile), costs nothing but scores 0; error: the code threw; timeout / memory: the
 * code hit the sandbox's time or memory limit.
 */
export type Status = (typeof STATUSES)[number];

/** A mistake the grader recognised, with its name and what to do about it. */
export interface NamedMistake {
  /** The misconception's id (catalogue or exercise). */
  readonly id: string;
  readonly title: Message;
  readonly feedback: Message;
}

export interface Diagnosis extends NamedMistake {
  /** `a|b` when the answer fits several misconceptions that give the same value: `either` lists each. */
  readonly id: string;
  readonly either?: readonly NamedMistake[];
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
  /** Why it failed (a wrong type, NaN, the thrown message with its line). */
  readonly message?: Message;
}

/** An option of a choice exercise, for showing the student's pick and the answer by their labels. */
export interface ChoiceOptionResult {
  readonly id: string;
  readonly label: LocalizedText;
}

export interface ExerciseResult {
  readonly id: string;
  readonly title: LocalizedText;
  readonly topic: Topic;
  readonly kind: AnswerKind;
  readonly status: Status;
  readonly score: number;
  readonly max: number;
  /** The prompt for this student's variant (placeholders filled in), in each of the course's languages. */
  readonly prompt: LocalizedText;
  /** The student's parameter values. */
  readonly variant: Readonly<Record<string, Value>>;
  /** The student's answer as they wrote it (untrusted, cut short); absent when missing. */
  readonly answer?: string;
  /** The expected value, when the exercise reveals it (a choice's: the correct option ids, comma-separated). */
  readonly expected?: Value | string;
  /** A choice's options, so that the answer and the expected one read as labels. */
  readonly options?: readonly ChoiceOptionResult[];
  /** The option ids a choice answer picked, when it could be read. */
  readonly picked?: readonly string[];
  /** The tolerance used (`tolerance.abs` with `{ abs: 0.005 }`). */
  readonly tolerance?: Message;
  /** Feedback, most important first. */
  readonly feedback: readonly Message[];
  readonly misconception?: Diagnosis;
  readonly roundedTooEarly?: boolean;
  readonly elements?: readonly ElementResult[];
  readonly cases?: readonly CaseResult[];
  /** Counts for code exercises: how many hidden (and random) cases failed, without saying which. */
  readonly hidden?: { readonly failed: number; readonly total: number };
  /** What the student's code printed (untrusted, capped). */
  readonly console?: string;
  /** Set when the output went past the limit and the rest was dropped: the limit in KB. */
  readonly consoleCutKb?: number;
  readonly hints: readonly LocalizedText[];
}

/** The late policy of one assignment applied to the student's submission time. */
export interface LateResult {
  readonly assignment: { readonly id: string; readonly title: LocalizedText };
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

/** A problem with the student's files as a whole (an unknown exercise id, an unreadable file): a message with its place. */
export type SubmissionProblem = Message & {
  readonly file: string;
  /** 1-based position in the file, when the problem has one (an unknown id's line). */
  readonly line?: number;
  readonly col?: number;
};

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
  /** What went wrong (with the position, when there is one). */
  readonly message: Message;
  /** What the top-level code printed before it failed (untrusted, capped). */
  readonly console?: string;
}

export interface StudentResult {
  /** RESULT_FORMAT. */
  readonly format: typeof RESULT_FORMAT;
  /** `onRoster` is true when the student is a row of the roster the class was graded with (absent otherwise). */
  readonly student: { readonly id: string; readonly name?: string; readonly email?: string; readonly section?: string; readonly onRoster?: true };
  readonly course: LocalizedText;
  /** The languages the course is taught in, its default first: `grader report` renders in that one unless told otherwise. */
  readonly languages: readonly string[];
  readonly assignment?: { readonly id: string; readonly title: LocalizedText };
  /** Present when the code file did not load (see CodeLoadFailure). */
  readonly codeLoadFailure?: CodeLoadFailure;
  readonly exercises: readonly ExerciseResult[];
  readonly problems: readonly SubmissionProblem[];
  readonly score: number;
  readonly max: number;
  /** One entry per assignment graded, when the submission time is known; `score` is after the penalties. */
  readonly late?: readonly LateResult[];
}
