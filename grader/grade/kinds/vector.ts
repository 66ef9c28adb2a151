// A list of numbers, entry by entry under the exercise's tolerance: all or nothing, or
// per-element credit where the exercise asks; a misconception matches when every entry
// does, and the right values in the wrong order are named as such; structural checks (sums
// to 1, probabilities) add their own sentences.
import type { Value } from '../../../reference/index.ts';
import { vectorChecks } from '../../compare/checks/index.ts';
import { permutationOf, permutedClasses } from '../../diagnose/index.ts';
import { compareVectors } from '../../compare/vector.ts';
import { describeTolerance, withinTolerance } from '../../compare/tolerance.ts';
import type { ElementResult } from '../../result/types.ts';
import type { Tolerance, VectorAnswer } from '../../spec/types.ts';
import { parseVector } from '../../submission/index.ts';
import { rightAsDecimal, slashReadAsFraction } from '../decimal-mark.ts';
import { acceptedWhen, formatExpectedValue } from '../format.ts';
import { describeRounding, isRoundingOf } from '../precision.ts';
import { fittingMisconceptions } from '../fitting.ts';
import { asAsked, definitionError, diagnosed, type AnswerKindGrader } from './kind.ts';

const isNumberList = (value: Value | undefined): value is readonly number[] =>
  Array.isArray(value) && value.every((x) => typeof x === 'number');

function listEntries(indices: readonly number[]): string {
  const shown = indices.map((i) => i + 1);
  return shown.length === 1 ? `entry ${shown[0]}` : `entries ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

const capitalised = (text: string): string => `${text[0]!.toUpperCase()}${text.slice(1)}`;

export const vector: AnswerKindGrader<VectorAnswer> = {
  kind: 'vector',
  grade: (ctx, raw) => {
    const parsed = parseVector(raw);
    if (!parsed.ok) return { status: 'invalid', share: 0, feedback: [`Your answer could not be read: ${parsed.message}.`] };
    const expected = ctx.expected;
    if (!isNumberList(expected)) return definitionError('its reference does not give a list of numbers');
    const tolerance: Tolerance = ctx.tolerance;
    const typed = parsed.entries.map((entry, i) => asAsked(entry, expected[i] ?? 0));
    const values = typed.map((t) => t.value);
    const comparison = compareVectors(values, expected, tolerance);
    if (!comparison.ok) {
      const { received, expected: length } = comparison.lengthMismatch;
      const sentence = `Your list has ${received} entr${received === 1 ? 'y' : 'ies'}, but this exercise asks for ${length}.`;
      return { status: 'invalid', share: 0, feedback: [sentence], expected };
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
    const feedback: string[] = [];
    if (named) feedback.push(named.misconception.feedback);
    else if (roundedTooEarly) {
      const decimals = Math.min(...wrong.map((i) => typed[i]!.decimals!));
      feedback.push(
        `Your values are the right ones rounded to ${describeRounding(decimals)}: that is rounding too early. ` +
          `Keep more digits until the end; ${acceptedWhen(describeTolerance(tolerance))}.`,
      );
    } else {
      feedback.push(`${comparison.correct} of ${expected.length} entries are correct; ${listEntries(wrong)} ${wrong.length === 1 ? 'is' : 'are'} not (${acceptedWhen(describeTolerance(tolerance))}).`);
    }
    const asDecimals = wrong.filter((i) => rightAsDecimal(parsed.entries[i]!, expected[i]!, tolerance));
    if (asDecimals.length > 0) feedback.push(slashReadAsFraction(capitalised(listEntries(asDecimals)), parsed.entries[asDecimals[0]!]!, asDecimals.length));
    for (const id of ctx.answer.checks ?? []) {
      const failed = vectorChecks.get(id)?.check(values, tolerance);
      if (failed) feedback.push(failed);
    }
    if (ctx.reveal) feedback.push(`The expected values are ${formatExpectedValue(expected, tolerance)}.`);
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
