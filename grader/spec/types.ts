// The exercise format instructors write in YAML, and the course file. The JSON Schemas
// (grader/spec/schema/, written to exercises/*.schema.json) accept exactly these types:
// grader/spec/schema/agreement.ts fails to compile when the two disagree.
import type { Value, ValueKind } from '../../reference/index.ts';

/** The topic rows of the course (DESIGN.md). */
export const TOPICS = [
  'classification-vs-regression',
  'binary-vs-multiclass',
  'probability',
  'sigmoid',
  'softmax',
  'activations',
  'binary-cross-entropy',
  'categorical-cross-entropy',
  'logarithms',
  'vanishing-gradient',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Tolerance for comparing a student's value s with the reference value t (DESIGN.md):
 * abs: |s − t| ≤ a; rel: |s − t| ≤ r·|t|; abs and rel together: |s − t| ≤ a + r·|t|;
 * sigfigs: |s − t| < 0.51·10^(floor(log10 |t|) − n + 1); decimals: |s − t| < 0.51·10^(−d).
 */
export interface Tolerance {
  readonly abs?: number;
  readonly rel?: number;
  readonly sigfigs?: number;
  readonly decimals?: number;
}

/** How a parameter is drawn for each student; `default` is used when no student is given. */
export type ParamSpec =
  | { readonly default: number; readonly number: { readonly min: number; readonly max: number; readonly step?: number } }
  | { readonly default: number; readonly integer: { readonly min: number; readonly max: number } }
  | {
      readonly default: readonly number[];
      readonly vector: { readonly length: number; readonly min: number; readonly max: number; readonly step?: number };
    }
  /** A random probability distribution of `length` entries, each a multiple of `step`. */
  | { readonly default: readonly number[]; readonly distribution: { readonly length: number; readonly step?: number } }
  /** One of the listed values. */
  | { readonly default: Value; readonly choice: readonly Value[] }
  /** A value computed from other parameters (`derived: oneHot(c, 3)`). */
  | { readonly derived: string };

export interface ScalarAnswer {
  readonly kind: 'scalar';
  readonly reference: string;
  readonly tolerance?: Tolerance;
}

export type VectorCheck = 'sums-to-one' | 'probabilities';

export interface VectorAnswer {
  readonly kind: 'vector';
  readonly reference: string;
  readonly tolerance?: Tolerance;
  /** `per-element` gives credit for each entry within tolerance; `none` (the default) is all or nothing. */
  readonly partial?: 'none' | 'per-element';
  /** Structural checks on the student's vector, each with its own feedback. */
  readonly checks?: readonly VectorCheck[];
}

export interface ChoiceOption {
  readonly id: string;
  /** In English; other languages in the exercise's `translations`. */
  readonly label: string;
}

export interface ChoiceAnswer {
  readonly kind: 'choice';
  /** Several options may be picked; the student must pick exactly the correct set. */
  readonly multiple?: boolean;
  readonly options: readonly ChoiceOption[];
  /** The correct option ids, for conceptual questions no function computes. */
  readonly correct?: readonly string[];
  /** An expression whose value is the 0-based index of the correct option (or a vector of them). */
  readonly reference?: string;
  /** `per-option` gives credit for each option decided right in a multiple choice. */
  readonly partial?: 'none' | 'per-option';
}

/** The arguments of one call of the student's function, by parameter name. */
export type CaseArgs = Readonly<Record<string, Value>>;

export interface FunctionArgument {
  readonly name: string;
  readonly kind: ValueKind;
}

/** How seeded random cases draw each argument (same forms as exercise parameters, without `derived`). */
export type RandomArgs = Readonly<Record<string, Exclude<ParamSpec, { derived: string }>>>;

export interface Convention {
  /** The arguments at which more than one answer is accepted (ReLU′ at x = 0). */
  readonly at: CaseArgs;
  readonly accept: readonly Value[];
  readonly note?: string;
}

export interface FunctionAnswer {
  readonly kind: 'function';
  /** The name the student's file must export. */
  readonly name: string;
  /** Shown to the student: `(x: number) => number`. */
  readonly signature: string;
  readonly args: readonly FunctionArgument[];
  /** The correct result for one case, an expression over the argument names. */
  readonly reference: string;
  readonly returns: 'number' | 'vector';
  readonly tolerance?: Tolerance;
  readonly cases: {
    readonly visible?: readonly CaseArgs[];
    readonly hidden?: readonly CaseArgs[];
    readonly random?: { readonly count: number; readonly args: RandomArgs };
  };
  readonly conventions?: readonly Convention[];
  /** Overrides the course's sandbox limits for this exercise. */
  readonly limits?: Limits;
}

export type AnswerSpec = ScalarAnswer | VectorAnswer | ChoiceAnswer | FunctionAnswer;
export type AnswerKind = AnswerSpec['kind'];

/**
 * A misconception the exercise diagnoses: either one of the catalogue's by name (`use`),
 * optionally with the exercise's own formula or feedback, or one of the exercise's own (`id`).
 * `reference` may read the exercise's parameters and `expected` (the correct value).
 */
export interface MisconceptionSpec {
  readonly use?: string;
  readonly id?: string;
  /** A short name for the mistake, in English; catalogue entries have their own. */
  readonly title?: string;
  readonly reference?: string;
  readonly feedback?: string;
  /** The share of the points a student still gets for this mistake (0 by default). */
  readonly credit?: number;
}

export interface ExerciseSpec {
  readonly id: string;
  readonly title: string;
  readonly topic: Topic;
  readonly points: number;
  /** Markdown with `{{name}}` placeholders for parameters, in English. */
  readonly prompt: string;
  readonly params?: Readonly<Record<string, ParamSpec>>;
  readonly answer: AnswerSpec;
  readonly hints?: readonly string[];
  readonly misconceptions?: readonly MisconceptionSpec[];
  /** Whether students may see the expected value in feedback (the course's setting when left out). */
  readonly reveal?: RevealPolicy;
  /** The exercise's text in other languages, by language code (`fa`); the plain fields are English. */
  readonly translations?: Readonly<Record<string, ExerciseTranslation>>;
}

/** A misconception's text in one language. */
export interface MisconceptionTranslation {
  readonly title?: string;
  readonly feedback?: string;
}

/**
 * An exercise's text in one language: what the plain (English) fields say, translated.
 * Read only through `localized.ts`.
 */
export interface ExerciseTranslation {
  readonly title?: string;
  /** With the same `{{name}}` placeholders as the English prompt. */
  readonly prompt?: string;
  /** In the order of the English `hints`, one for each. */
  readonly hints?: readonly string[];
  /** Each choice option's label, by option id. */
  readonly options?: Readonly<Record<string, string>>;
  /** By misconception id: a catalogue entry's `use` name or the exercise's own `id`. */
  readonly misconceptions?: Readonly<Record<string, MisconceptionTranslation>>;
}

/**
 * When students see expected values: always (`true`), never (`false`), once the due date of
 * the exercise's assignment has passed (`after-due`, also spelled `after-due-date`), or once
 * the instructor publishes the grades (`after-published`). Gradescope holds such a test back
 * itself; `grader grade` and `grader check` decide when they run (grade/deferred-reveal.ts).
 */
export type RevealPolicy = boolean | 'after-due' | 'after-due-date' | 'after-published';
export const DEFERRED_REVEALS = ['after-due', 'after-due-date', 'after-published'] as const;

/** When a student's self-check shows expected values: never, once the due date has passed, or always. */
export const EXPECTED_SHOWN = ['never', 'after-due', 'always'] as const;
export type ExpectedShown = (typeof EXPECTED_SHOWN)[number];

/**
 * What a student's self-check (`grader check --pack`, the self-check page) may tell, per course
 * and per assignment (an assignment's keys override the course's). The pack a student is given
 * holds what it needs to tell that much, and nothing hidden (grader/pack/).
 */
export interface SelfCheckPolicy {
  /** Verdicts and scores (default true); false: only whether answers can be read and code runs, and the pack leaves out the references. */
  readonly verdicts?: boolean;
  /** When expected values are shown (default `after-due`). */
  readonly expected?: ExpectedShown;
}

export interface Limits {
  /** CPU time per exercise, in milliseconds. */
  readonly time_ms?: number;
  readonly memory_mb?: number;
  readonly output_kb?: number;
}

export interface LatePolicy {
  /** Percent of the score taken off per started day late (0 for none). */
  readonly percent_per_day?: number;
  /** After this many days late the score is 0. */
  readonly cutoff_days?: number;
}

export interface AssignmentSpec {
  readonly id: string;
  readonly title: string;
  /** With an offset or an IANA time zone: `2026-10-05T23:59:00+03:30`, `2026-10-05T23:59 Asia/Tehran`. */
  readonly due: string;
  readonly late?: LatePolicy;
  readonly exercises: readonly string[];
  /** The assignment's id in Canvas: the Canvas gradebook heads its column `Title (id)`. */
  readonly canvas_id?: number;
  /** Overrides the course's self-check policy for this assignment, key by key. */
  readonly self_check?: SelfCheckPolicy;
}

/** The course's own text in one language. */
export interface CourseTranslation {
  readonly name?: string;
  /** Each assignment's title, by assignment id. */
  readonly assignments?: Readonly<Record<string, string>>;
}

export interface CourseSpec {
  /** In English, as are assignments' titles; other languages in `translations`. */
  readonly name: string;
  /** Mixed into every student's variant seed; change it to give a new term new numbers. */
  readonly salt: string;
  readonly tolerance?: Tolerance;
  /** Whether students see expected values in feedback (default true); exercises may override. */
  readonly reveal?: RevealPolicy;
  /** What a student's self-check may tell (default: verdicts, expected values after the due date). */
  readonly self_check?: SelfCheckPolicy;
  readonly limits?: Limits;
  /** The IANA time zone reports show due and hand-in times in (default: each due date's own). */
  readonly time_zone?: string;
  /** Where the exercise files are, relative to the course file (default: the course file's own folder). */
  readonly exercises?: string;
  readonly assignments: readonly AssignmentSpec[];
  /**
   * The languages the course is taught in (codes of reports/messages/<code>.yaml); the first is
   * the default language of everything written for a student. Default `[en]`.
   */
  readonly languages?: readonly string[];
  /** The course's name and assignment titles in other languages, by language code. */
  readonly translations?: Readonly<Record<string, CourseTranslation>>;
}
