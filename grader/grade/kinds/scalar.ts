// A single number: within tolerance is correct; otherwise the right value rounded too early,
// a misconception's value (under the same tolerance, then at the precision typed), or wrong.
import { describeTolerance, withinTolerance } from '../../compare/tolerance.ts';
import type { ScalarAnswer } from '../../spec/types.ts';
import { parseNumber } from '../../submission/index.ts';
import { rightAsDecimal, slashReadAsFraction } from '../decimal-mark.ts';
import { fittingMisconceptions } from '../fitting.ts';
import { acceptedWhen, formatExpected, formatReceived } from '../format.ts';
import { describeRounding, isRoundingOf } from '../precision.ts';
import { asAsked, definitionError, diagnosed, type AnswerKindGrader } from './kind.ts';

export const scalar: AnswerKindGrader<ScalarAnswer> = {
  kind: 'scalar',
  grade: (ctx, raw) => {
    const parsed = parseNumber(raw);
    if (!parsed.ok) return { status: 'invalid', share: 0, feedback: [`Your answer could not be read: ${parsed.message}.`] };
    const expected = ctx.expected;
    if (typeof expected !== 'number') return definitionError('its reference gives a list where a single number is asked');
    const typed = asAsked(parsed, expected);
    const tolerance = ctx.tolerance;
    if (withinTolerance(typed.value, expected, tolerance)) return { status: 'correct', share: 1, feedback: [], expected };

    const shown = formatReceived(typed.value);
    const expectedSentence = ctx.reveal ? [`The expected value is ${formatExpected(expected, tolerance)}.`] : [];
    if (rightAsDecimal(parsed, expected, tolerance)) {
      return { status: 'incorrect', share: 0, feedback: [slashReadAsFraction('Your answer', parsed), ...expectedSentence], expected };
    }
    const roundedTooEarly = isRoundingOf(typed, expected);
    const named = diagnosed(fittingMisconceptions([typed], ctx.misconceptions, tolerance, roundedTooEarly));
    if (named) {
      return {
        status: named.share > 0 ? 'partial' : 'incorrect',
        share: named.share,
        feedback: [named.misconception.feedback, ...expectedSentence],
        expected,
        misconception: named.misconception,
      };
    }
    if (roundedTooEarly) {
      const sentence =
        `${shown} is the right value rounded to ${describeRounding(typed.decimals!)}: that is rounding too early. ` +
        `Keep more digits until the end; ${acceptedWhen(describeTolerance(tolerance))}.`;
      return { status: 'incorrect', share: 0, feedback: [sentence, ...expectedSentence], expected, roundedTooEarly: true };
    }
    const sentence = `${shown} is not correct: ${acceptedWhen(describeTolerance(tolerance))}.`;
    return { status: 'incorrect', share: 0, feedback: [sentence, ...expectedSentence], expected };
  },
};
