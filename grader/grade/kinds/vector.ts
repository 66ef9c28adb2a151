// A list of numbers, entry by entry under the exercise's tolerance: all or nothing, or
// per-element credit where the exercise asks; a misconception matches when every entry
// does, and the right values in the wrong order are named as such; structural checks (sums
// to 1, probabilities) add their own sentences.
import type { Value } from '../../../reference/index.ts';
import { vectorChecks } from '../../compare/checks/index.ts';
import { permutationOf, permutedClasses } from '../../diagnose/index.ts';
import { compareVectors } from '../../compare/vector.ts';
import { withinTolerance } from '../../compare/tolerance.ts';
import { message, type Message } from '../../messages/message.ts';
import type { ElementResult } from '../../result/types.ts';
import type { Tolerance, VectorAnswer } from '../../spec/types.ts';
import { parseVector } from '../../submission/index.ts';
import { rightAsDecimal, slashReadAsFraction } from '../decimal-mark.ts';
import { describeRounding, isRoundingOf } from '../precision.ts';
import { fittingMisconceptions } from '../fitting.ts';
import { asAsked, definitionError, diagnosed, type AnswerKindGrader } from './kind.ts';

const isNumberList = (value: Value | undefined): value is readonly number[] =>
  Array.isArray(value) && value.every((x) => typeof x === 'number');


export const vector: AnswerKindGrader<VectorAnswer> = {
  kind: 'vector',
  grade: (ctx, raw) => {
    const parsed = parseVector(raw);
    if (!parsed.ok) return { status: 'invalid', share: 0, feedback: [parsed.reason] };
    const expected = ctx.expected;
    if (!isNumberList(expected)) return definitionError(message('definition.not-a-list'));
    const tolerance: Tolerance = ctx.tolerance;
    const typed = parsed.entries.map((entry, i) => asAsked(entry, expected[i] ?? 0));
    const values = typed.map((t) => t.value);
    const comparison = compareVectors(values, expected, tolerance);
    if (!comparison.ok) {
      const { received, expected: length } = comparison.lengthMismatch;
      return { status: 'invalid', share: 0, feedback: [message('list-length', { received, expected: length })], expected };
    }
    const elements: ElementResult[] = values.map((value, index) => ({
      index,
      received: Number.isFinite(value) ? value : null,
      expected: expected[index]!,
      correct: comparison.within[index]!,
    }));
    if (comparison.correct === expected.length) return { status: 'correct', share: 1, feedback: [], expected, elements };

    const wrong = elements.filter((e) => !e.correct).map((e) => e.index);
    const perElement = ctx.answer.partial === 'per-element' ? comparison.correct / expected.length : 0;
    const roundedTooEarly = wrong.every((i) => isRoundingOf(typed[i]!, expected[i]!));
    const permutation = permutationOf(values, expected, (value, target) => withinTolerance(value, target, tolerance));
    const named =
      diagnosed(fittingMisconceptions(typed, ctx.misconceptions, tolerance, roundedTooEarly)) ??
      (permutation ? { misconception: permutedClasses(permutation, ctx.reveal), share: 0 } : undefined);
    const share = Math.max(perElement, named?.share ?? 0);
    const status = share > 0 ? 'partial' : 'incorrect';
    // A named mistake is the diagnosis; otherwise the feedback says what is wrong.
    const feedback: Message[] = [];
    if (!named && roundedTooEarly) {
      const decimals = Math.min(...wrong.map((i) => typed[i]!.decimals!));
      feedback.push(message('values-rounded-too-early', { rounding: describeRounding(decimals) }));
    } else if (!named) {
      feedback.push(message('entries-wrong', { correct: comparison.correct, total: expected.length, wrong: wrong.map((i) => i + 1), incorrect: wrong.length }));
    }
    const asDecimals = wrong.filter((i) => rightAsDecimal(parsed.entries[i]!, expected[i]!, tolerance));
    if (asDecimals.length > 0) feedback.push(slashReadAsFraction(parsed.entries[asDecimals[0]!]!, asDecimals.map((i) => i + 1)));
    for (const id of ctx.answer.checks ?? []) {
      const failed = vectorChecks.get(id)?.check(values, tolerance);
      if (failed) feedback.push(failed);
    }
    return {
      status,
      share,
      feedback,
      expected,
      elements,
      ...(named ? { misconception: named.misconception } : {}),
      ...(roundedTooEarly && !named ? { roundedTooEarly: true } : {}),
    };
  },
};
