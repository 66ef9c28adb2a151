// The kinds of student the example class is made of: how each one answers the exercises of
// the answers file, how they write numbers, and what their code file holds. The students
// themselves, each with a profile, are listed in students.ts.

/** What a student does with one exercise of the answers file. */
export type Behaviour =
  /** The expected value for their variant (or the correct options). */
  | 'right'
  /** The value of one of the exercise's misconceptions, so that the diagnosis names it. */
  | 'misconception'
  /** The right value rounded to too few decimals (0.17 for 1/6). */
  | 'rounded'
  /** A wrong number or option that is no known misconception. */
  | 'off'
  /** Some credit: a vector with one wrong entry, a multiple choice with one option wrong. */
  | 'partial'
  /** No line for the exercise. */
  | 'missing'
  /** The exercise's line with nothing after it (a template left unfilled). */
  | 'blank'
  /** Text that is no number, list or option ("about a half", "0.3.4"). */
  | 'unparseable';

export type Weights = Readonly<Partial<Record<Behaviour, number>>>;

/** How a student writes their answers. */
export interface WritingStyle {
  /** Persian digits and separators (۰٫۱۶۷) or ASCII ones. */
  readonly digits: 'latin' | 'persian';
  /** Significant figures of numbers that are not exact fractions. */
  readonly sigfigs: number;
  /** 1/6 where the answer is a simple fraction of integers (probability exercises). */
  readonly fractions: boolean;
  /** [0.66, 0.24, 0.10], "0.66 0.24 0.10", or one entry per line. */
  readonly vectors: 'flow' | 'text' | 'block';
  /** An option by its id, its English label, or its Persian label where it has one. */
  readonly choices: 'id' | 'label' | 'label-fa';
}

export interface AnswerProfile {
  /** How likely each behaviour is on an exercise (seeded per student and exercise). */
  readonly weights: Weights;
  /** Catalogue misconceptions the student always commits where an exercise diagnoses them. */
  readonly habits?: readonly string[];
  /** Only these assignments are answered; the other exercises are left out. */
  readonly only?: readonly string[];
  /** Behaviours fixed by exercise id, over the weights and habits. */
  readonly overrides?: Readonly<Record<string, Behaviour>>;
  readonly style: WritingStyle;
  /** Every exercise id written with nothing after it (the answers template, unfilled). */
  readonly template?: boolean;
}

/** What the student's code file (solution.ts or solution.js) holds. */
export type CodeProfile =
  /** No code file. */
  | { readonly kind: 'none' }
  /**
   * One implementation per function; functions not listed are `default`, and `seeded`
   * picks for each function (mostly right, sometimes a classic mistake).
   */
  | {
      readonly kind: 'file';
      readonly language: 'ts' | 'js';
      readonly default: Implementation | 'seeded';
      readonly functions?: Readonly<Record<string, Implementation>>;
      /** Functions left out of the file entirely. */
      readonly leftOut?: readonly string[];
      /** Functions written without `export`. */
      readonly unexported?: readonly string[];
      /** A brace missing at the end of the file: nothing in it can run. */
      readonly syntaxError?: boolean;
    };

/**
 * How one function is written: right, right in another way (or another accepted convention),
 * with a classic mistake (the function's first, or one by name), or failing in a way that
 * stops it: throwing an Error, throwing a string, looping forever, allocating without end.
 */
export type Implementation =
  | 'right'
  | 'alternative'
  | 'mistake'
  | { readonly mistake: string }
  | 'throws'
  | 'throws-text'
  | 'loops'
  | 'allocates';

export const PERFECT: Weights = { right: 1 };
export const STRONG: Weights = { right: 0.82, misconception: 0.08, rounded: 0.04, partial: 0.03, missing: 0.03 };
export const AVERAGE: Weights = { right: 0.6, misconception: 0.18, rounded: 0.06, off: 0.05, partial: 0.05, missing: 0.04, unparseable: 0.02 };
export const WEAK: Weights = { right: 0.35, misconception: 0.3, rounded: 0.08, off: 0.1, partial: 0.05, missing: 0.08, unparseable: 0.04 };
export const ALL_WRONG: Weights = { misconception: 1 };

export const LATIN: WritingStyle = { digits: 'latin', sigfigs: 4, fractions: false, vectors: 'flow', choices: 'id' };
export const PERSIAN: WritingStyle = { digits: 'persian', sigfigs: 4, fractions: false, vectors: 'text', choices: 'label-fa' };

/** The code of a student who writes every function right, in TypeScript. */
export const RIGHT_CODE: CodeProfile = { kind: 'file', language: 'ts', default: 'right' };
/** Most functions right, some with a classic mistake, picked per function by the seed. */
export const SEEDED_CODE: CodeProfile = { kind: 'file', language: 'ts', default: 'seeded' };
