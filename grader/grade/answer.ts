// Grading one answer from the answers file (scalar, vector or choice) for one student's
// variant: the expected value and every misconception's value are computed for that
// variant, the answer kind's module compares, and the outcome becomes an ExerciseResult.
// Nothing here throws: whatever goes wrong is a status and a message.
import { describeTolerance, effectiveTolerance } from '../compare/tolerance.ts';
import { expectedValues } from '../expect/index.ts';
import { message, type Message } from '../messages/message.ts';
import { toError } from '../problem.ts';
import { timed } from '../stage-timings.ts';
import { orderExercise } from '../result/json.ts';
import type { ExerciseResult } from '../result/types.ts';
import type { CourseSpec, ExerciseSpec } from '../spec/types.ts';
import type { VariantValues } from '../variant/index.ts';
import { answerKinds, type KindContext, type KindOutcome } from './kinds/index.ts';
import { choiceOptions, exerciseHints, exercisePrompt, exerciseTitle } from './course-text.ts';
import { displayAnswer, isBlank } from './display.ts';

export interface GradeOptions {
  /** The answers file's name, for "no answer" feedback; absent when the student has none. */
  readonly answersFile?: string;
  /** Set when the answer cannot be used at all (the file is unreadable, the id answered twice). */
  readonly problem?: Message;
}

export type ResultBase = Pick<ExerciseResult, 'id' | 'title' | 'topic' | 'kind' | 'max' | 'prompt' | 'variant'>;

/**
 * Whether students may see expected values of this exercise (the exercise, else the course,
 * else yes). A reveal after a date is Gradescope's to time; here it is a no.
 */
export function reveals(exercise: ExerciseSpec, course: CourseSpec): boolean {
  return (exercise.reveal ?? course.reveal ?? true) === true;
}

/** Scores in the model carry at most 4 decimals: 4 × 2/3 is 2.6667, not 2.6666666666666665. */
export function roundScore(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** The fields every result of the exercise shares, whatever its status: the prompt rendered for the variant. */
export function resultBase(exercise: ExerciseSpec, variant: VariantValues): ResultBase {
  return {
    id: exercise.id,
    title: exerciseTitle(exercise),
    topic: exercise.topic,
    kind: exercise.answer.kind,
    max: exercise.points,
    prompt: exercisePrompt(exercise, new Map(Object.entries(variant))),
    variant,
  };
}

function outcomeFor(exercise: ExerciseSpec, raw: unknown, variant: VariantValues, course: CourseSpec, options: GradeOptions): KindOutcome {
  if (options.problem !== undefined) return { status: 'invalid', share: 0, feedback: [options.problem] };
  if (exercise.answer.kind === 'function') return { status: 'error', share: 0, feedback: [message('answer-to-code-exercise')] };
  if (isBlank(raw)) {
    const missing = options.answersFile ? message('no-answer', { file: options.answersFile }) : message('no-answers-file');
    return { status: 'missing', share: 0, feedback: [missing] };
  }
  const computed = timed('expected', () => expectedValues(exercise, variant));
  if (!computed.ok) return { status: 'error', share: 0, feedback: [message('reference-failed', { error: computed.error.message })] };
  const ctx: KindContext = {
    exercise,
    answer: exercise.answer,
    expected: computed.expected,
    misconceptions: computed.misconceptions,
    tolerance: effectiveTolerance('tolerance' in exercise.answer ? exercise.answer.tolerance : undefined, course.tolerance),
    reveal: reveals(exercise, course),
  };
  const grader = answerKinds[exercise.answer.kind] as KindGraderOf;
  return grader.grade(ctx, raw);
}

type KindGraderOf = { grade: (ctx: KindContext, raw: unknown) => KindOutcome };

export function gradeAnswer(exercise: ExerciseSpec, raw: unknown, variant: VariantValues, course: CourseSpec, options: GradeOptions = {}): ExerciseResult {
  let outcome: KindOutcome;
  try {
    outcome = outcomeFor(exercise, raw, variant, course, options);
  } catch (thrown: unknown) {
    outcome = { status: 'error', share: 0, feedback: [message('grading-failed', { error: toError(thrown).message })] };
  }
  const reveal = reveals(exercise, course);
  const answer = exercise.answer;
  const hasTolerance = answer.kind === 'scalar' || answer.kind === 'vector';
  return orderExercise({
    ...resultBase(exercise, variant),
    status: outcome.status,
    score: roundScore(outcome.share * exercise.points),
    ...(isBlank(raw) ? {} : { answer: displayAnswer(raw) }),
    ...(reveal && outcome.expected !== undefined ? { expected: outcome.expected } : {}),
    ...(answer.kind === 'choice' ? { options: choiceOptions(exercise), ...(outcome.picked ? { picked: outcome.picked } : {}) } : {}),
    ...(hasTolerance ? { tolerance: describeTolerance(effectiveTolerance(answer.tolerance, course.tolerance)) } : {}),
    feedback: outcome.feedback,
    ...(outcome.misconception ? { misconception: outcome.misconception } : {}),
    ...(outcome.roundedTooEarly ? { roundedTooEarly: true } : {}),
    ...(outcome.elements ? { elements: outcome.elements.map(({ expected, ...rest }) => (reveal ? { ...rest, expected } : rest)) } : {}),
    hints: outcome.status === 'correct' ? [] : exerciseHints(exercise),
  });
}
