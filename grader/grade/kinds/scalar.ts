// A single number: within tolerance is correct; otherwise the right value rounded too early,
// a misconception's value (under the same tolerance, then at the precision typed), or wrong.
import { withinTolerance } from '../../compare/tolerance.ts';
import { message } from '../../messages/message.ts';
import type { ScalarAnswer } from '../../spec/types.ts';
import { parseNumber } from '../../submission/index.ts';
import { rightAsDecimal, slashReadAsFraction } from '../decimal-mark.ts';
import { fittingMisconceptions } from '../fitting.ts';
import { describeRounding, isRoundingOf } from '../precision.ts';
import { asAsked, definitionError, diagnosed, type AnswerKindGrader } from './kind.ts';

export const scalar: AnswerKindGrader<ScalarAnswer> = {
  kind: 'scalar',
  grade: (ctx, raw) => {
    const parsed = parseNumber(raw);
    if (!parsed.ok) return { status: 'invalid', share: 0, feedback: [parsed.reason] };
    const expected = ctx.expected;
    if (typeof expected !== 'number') return definitionError(message('definition.not-a-number'));
    const typed = asAsked(parsed, expected);
    const tolerance = ctx.tolerance;
    if (withinTolerance(typed.value, expected, tolerance)) return { status: 'correct', share: 1, feedback: [], expected };

    if (rightAsDecimal(parsed, expected, tolerance)) return { status: 'incorrect', share: 0, feedback: [slashReadAsFraction(parsed)], expected };
    const roundedTooEarly = isRoundingOf(typed, expected);
    const named = diagnosed(fittingMisconceptions([typed], ctx.misconceptions, tolerance, roundedTooEarly));
    if (named) return { status: named.share > 0 ? 'partial' : 'incorrect', share: named.share, feedback: [], expected, misconception: named.misconception };
    if (roundedTooEarly) {
      const feedback = [message('rounded-too-early', { answer: typed.value, rounding: describeRounding(typed.decimals!) })];
      return { status: 'incorrect', share: 0, feedback, expected, roundedTooEarly: true };
    }
    return { status: 'incorrect', share: 0, feedback: [message('answer-incorrect', { answer: typed.value })], expected };
  },
};
