// What a behaviour means for each answer kind: the value a student writes, how they write
// it, and the status the grader will give it. A behaviour that does not fit the exercise
// (no misconception to commit, no partial credit to earn) gives undefined, and the caller
// falls back to another one.
import { withinTolerance } from '../../grader/compare/tolerance.ts';
import type { MisconceptionValue } from '../../grader/expect/index.ts';
import type { Status } from '../../grader/result/types.ts';
import { optionLabels } from '../../grader/spec/localized.ts';
import type { ChoiceAnswer, ExerciseSpec, Tolerance } from '../../grader/spec/types.ts';
import { randomInt, type Rng } from '../../grader/variant/index.ts';
import type { Behaviour, WritingStyle } from './profiles.ts';
import { decimalText, fixedText, fractionText, styled, writeChoice, writeNumberText, writeVector, yamlScalar, type Written } from './written.ts';

export interface AnswerContext {
  readonly exercise: ExerciseSpec;
  /** The expected value for the student's variant (undefined for a choice by `correct` ids). */
  readonly expected: unknown;
  readonly misconceptions: readonly MisconceptionValue[];
  readonly tolerance: Tolerance;
  readonly style: WritingStyle;
  readonly rng: Rng;
  /** A catalogue misconception the student commits whenever the exercise has it. */
  readonly habits: readonly string[];
}

export interface Attempt {
  readonly status: Status;
  readonly written: Written;
  /** What the student meant to write: a number, the entries of a vector, or option ids. */
  readonly value: number | readonly number[] | readonly string[] | string;
  readonly misconception?: string;
}

const UNPARSEABLE = {
  scalar: ['about a half', '0.3.4', '≈ 0,25', 'e^-0.22', '1/0'],
  vector: ['[0.66, 0.24]', '[0.5, 0.3', 'a third each'],
  choice: ['the second one', 'not sure', 'all of them'],
} as const;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[randomInt(rng, 0, items.length - 1)]!;

/** The text of x with the student's precision, or more digits where that is not enough to be within tolerance of x. */
function precise(x: number, sigfigs: number, tolerance: Tolerance): string {
  for (let s = sigfigs; s < 12; s++) {
    const text = decimalText(x, s);
    if (withinTolerance(Number(text), x, tolerance)) return text;
  }
  return String(x);
}

/** The misconception the student commits here: a habit when the exercise has it, else one drawn. */
function chooseMisconception(ctx: AnswerContext, fits: (m: MisconceptionValue) => boolean): MisconceptionValue | undefined {
  const candidates = ctx.misconceptions.filter((m) => m.value !== undefined && fits(m));
  return candidates.find((m) => ctx.habits.includes(m.id)) ?? (candidates.length > 0 ? pick(ctx.rng, candidates) : undefined);
}

function scalarAttempt(behaviour: Behaviour, ctx: AnswerContext): Attempt | undefined {
  const expected = ctx.expected as number;
  const { style, tolerance } = ctx;
  const wrong = (x: number) => !withinTolerance(x, expected, tolerance);
  const number = (text: string, value: number, status: Status, misconception?: string): Attempt => ({
    status,
    written: writeNumberText(styled(text, style)),
    value,
    ...(misconception ? { misconception } : {}),
  });
  switch (behaviour) {
    case 'right': {
      const fraction = style.fractions && ctx.exercise.topic === 'probability' ? fractionText(expected) : undefined;
      return number(fraction ?? precise(expected, style.sigfigs, tolerance), expected, 'correct');
    }
    case 'misconception': {
      const m = chooseMisconception(ctx, (c) => typeof c.value === 'number' && Number.isFinite(c.value) && wrong(c.value));
      if (!m) return undefined;
      const value = m.value as number;
      return number(precise(value, style.sigfigs, tolerance), value, m.credit > 0 ? 'partial' : 'incorrect', m.id);
    }
    case 'rounded': {
      // Two decimals, or one where two still pass; where neither is wrong, rounding did no harm.
      const decimals = [2, 1].find((d) => Number(expected.toFixed(d)) !== 0 && wrong(Number(expected.toFixed(d)))) ?? 2;
      const value = Number(expected.toFixed(decimals));
      return number(fixedText(expected, decimals), value, wrong(value) ? 'incorrect' : 'correct');
    }
    case 'off': {
      const value = [expected * 1.5, expected * 0.5, expected + 1].map((x) => Number(x.toPrecision(3))).find(wrong)!;
      return number(decimalText(value, 3), value, 'incorrect');
    }
    default:
      return undefined;
  }
}

function vectorStatus(entries: readonly number[], expected: readonly number[], ctx: AnswerContext): Status {
  const within = entries.filter((x, i) => withinTolerance(x, expected[i]!, ctx.tolerance)).length;
  if (within === expected.length) return 'correct';
  const perElement = ctx.exercise.answer.kind === 'vector' && ctx.exercise.answer.partial === 'per-element';
  return perElement && within > 0 ? 'partial' : 'incorrect';
}

function vectorAttempt(behaviour: Behaviour, ctx: AnswerContext): Attempt | undefined {
  const expected = ctx.expected as readonly number[];
  const { style, tolerance } = ctx;
  const vector = (entries: readonly number[], texts: readonly string[], misconception?: string): Attempt => ({
    status: vectorStatus(entries, expected, ctx),
    written: writeVector(texts, style),
    value: entries,
    ...(misconception ? { misconception } : {}),
  });
  const careful = (entries: readonly number[]) => entries.map((x) => precise(x, style.sigfigs, tolerance));
  switch (behaviour) {
    case 'right':
      return vector(expected, careful(expected));
    case 'misconception': {
      const fits = (m: MisconceptionValue) =>
        Array.isArray(m.value) && m.value.length === expected.length && vectorStatus(m.value as number[], expected, ctx) !== 'correct';
      const m = chooseMisconception(ctx, fits);
      if (!m) return undefined;
      const entries = m.value as number[];
      return vector(entries, careful(entries), m.id);
    }
    case 'rounded': {
      const entries = expected.map((x) => Number(x.toFixed(1)));
      return vector(entries, expected.map((x) => fixedText(x, 1)));
    }
    case 'partial': {
      const i = randomInt(ctx.rng, 0, expected.length - 1);
      const entries = expected.map((x, j) => (j === i ? Number((x > 0.5 ? x - 0.05 : x + 0.05).toFixed(4)) : x));
      return vector(entries, careful(entries));
    }
    case 'off': {
      const entries = expected.map((x) => Number((x + 0.1).toFixed(3)));
      return vector(entries, careful(entries));
    }
    default:
      return undefined;
  }
}

/** The correct option ids: the listed ones, or those the reference's index (or indices) names. */
export function correctIds(answer: ChoiceAnswer, expected: unknown): string[] {
  if (answer.correct) return [...answer.correct];
  const indices = typeof expected === 'number' ? [expected] : (expected as number[]);
  return indices.map((i) => answer.options[i]!.id);
}

function choiceStatus(picked: readonly string[], correct: readonly string[], answer: ChoiceAnswer): Status {
  if (picked.length === correct.length && picked.every((id) => correct.includes(id))) return 'correct';
  const decidedRight = answer.options.filter((o) => picked.includes(o.id) === correct.includes(o.id)).length;
  return answer.multiple && answer.partial === 'per-option' && decidedRight > 0 ? 'partial' : 'incorrect';
}

function choiceAttempt(behaviour: Behaviour, ctx: AnswerContext): Attempt | undefined {
  const answer = ctx.exercise.answer as ChoiceAnswer;
  const correct = correctIds(answer, ctx.expected);
  const others = answer.options.filter((o) => !correct.includes(o.id)).map((o) => o.id);
  const multiple = answer.multiple === true;
  const choose = (ids: readonly string[], misconception?: string): Attempt => {
    const ordered = optionLabels(ctx.exercise).filter((o) => ids.includes(o.id));
    return {
      status: choiceStatus(ids, correct, answer),
      written: writeChoice(ordered, multiple, ctx.style),
      value: ordered.map((o) => o.id),
      ...(misconception ? { misconception } : {}),
    };
  };
  switch (behaviour) {
    case 'right':
    case 'rounded':
      return choose(correct);
    case 'misconception': {
      const m = chooseMisconception(ctx, (c) => typeof c.value === 'number' && !correct.includes(answer.options[c.value]?.id ?? ''));
      return m ? choose([answer.options[m.value as number]!.id], m.id) : undefined;
    }
    case 'partial': {
      if (!multiple || answer.partial !== 'per-option') return undefined;
      // One option decided wrong: a correct one left out, or a wrong one added.
      if (correct.length > 1) {
        const left = randomInt(ctx.rng, 0, correct.length - 1);
        return choose(correct.filter((_, i) => i !== left));
      }
      return choose([...correct, pick(ctx.rng, others)]);
    }
    case 'off':
      return choose(multiple ? others : [pick(ctx.rng, others)]);
    default:
      return undefined;
  }
}

/** A graded attempt for the behaviour, or undefined when the behaviour does not fit the exercise. */
export function attempt(behaviour: Behaviour, ctx: AnswerContext): Attempt | undefined {
  const kind = ctx.exercise.answer.kind;
  if (behaviour === 'unparseable' && kind !== 'function') {
    const text = pick(ctx.rng, UNPARSEABLE[kind === 'vector' ? 'vector' : kind === 'choice' ? 'choice' : 'scalar']);
    return { status: 'invalid', written: { inline: yamlScalar(text) }, value: text };
  }
  if (kind === 'scalar') return scalarAttempt(behaviour, ctx);
  if (kind === 'vector') return vectorAttempt(behaviour, ctx);
  if (kind === 'choice') return choiceAttempt(behaviour, ctx);
  return undefined;
}
