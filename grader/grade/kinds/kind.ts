// What every answer kind's grader receives and returns. gradeAnswer wraps the outcome
// into an ExerciseResult (points, prompt, variant, hints) and strips expected values the
// exercise does not reveal; feedback messages are the kind's own and obey `reveal`. Each
// thing is said once: a named mistake is the diagnosis, not also a feedback line, and the
// expected value is the result's `expected`, not a sentence.
import type { Value } from '../../../reference/index.ts';
import { diagnosisOf } from '../../diagnose/index.ts';
import { message, type Message } from '../../messages/message.ts';
import type { MisconceptionValue } from '../../expect/index.ts';
import type { Diagnosis, ElementResult, Status } from '../../result/types.ts';
import type { AnswerSpec, ExerciseSpec, Tolerance } from '../../spec/types.ts';
import type { TypedNumber, ParsedNumber } from '../../submission/index.ts';

export interface KindContext<A extends AnswerSpec = AnswerSpec> {
  readonly exercise: ExerciseSpec;
  readonly answer: A;
  /** The reference value for this student's variant (undefined for a choice given by `correct` ids). */
  readonly expected: Value | undefined;
  readonly misconceptions: readonly MisconceptionValue[];
  readonly tolerance: Tolerance;
  readonly reveal: boolean;
}

export interface KindOutcome {
  readonly status: Status;
  /** The share of the exercise's points, from 0 to 1. */
  readonly share: number;
  readonly feedback: readonly Message[];
  readonly expected?: Value | string;
  readonly misconception?: Diagnosis;
  readonly roundedTooEarly?: boolean;
  readonly elements?: readonly ElementResult[];
  /** A choice's picked option ids. */
  readonly picked?: readonly string[];
}

export interface AnswerKindGrader<A extends AnswerSpec = AnswerSpec> {
  readonly kind: A['kind'];
  readonly grade: (ctx: KindContext<A>, raw: unknown) => KindOutcome;
}

/**
 * The diagnosis of an answer that fits these misconceptions (all of them named when there are
 * several), and the share it earns: the most generous credit, since the answer cannot tell
 * which mistake was made.
 */
export function diagnosed(fitting: readonly MisconceptionValue[]): { readonly misconception: Diagnosis; readonly share: number } | undefined {
  const misconception = diagnosisOf(fitting);
  return misconception && { misconception, share: Math.max(...fitting.map((m) => m.credit)) };
}

/** An outcome for a reference that does not fit the answer kind: the exercise's fault, not the student's. */
export function definitionError(reason: Message): KindOutcome {
  return { status: 'error', share: 0, feedback: [message('exercise-definition-error', { reason })] };
}

/**
 * 16.7% is 0.167 where a probability is asked and 16.7 where a percentage is: a value the
 * reference gives outside [0, 1] cannot be a probability, so there the sign is a unit.
 */
export function asAsked(parsed: ParsedNumber, expected: number): TypedNumber {
  const probabilityAsked = expected >= 0 && expected <= 1;
  return parsed.percentage && !probabilityAsked ? parsed.percentage : parsed;
}
