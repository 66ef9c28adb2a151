// A decision at its very threshold (decide(ŷ) with ŷ = 0.5): conventions differ there (the
// notes give class 0, "greater than 0.5 → class 1, otherwise class 0"; other texts give class
// 1), and a student should not lose points on a convention, so no variant may draw it. Checked
// for the default and the sampled students' variants, like the other numeric checks.
import type { Value } from '../../../reference/index.ts';
import { callsTo, evaluate, type CallNode, type Scope } from '../../expr/index.ts';
import { drawVariant } from '../../variant/index.ts';
import { formatValue } from '../prompt.ts';
import type { Rule } from './context.ts';
import { describeVariant, sampleStudents } from './variants.ts';

const DEFAULT_THRESHOLD = 0.5;

const numbersOf = (value: Value): readonly number[] => (typeof value === 'number' ? [value] : (value as readonly Value[]).flatMap(numbersOf));

/** The value a decide() call gets that is exactly its threshold, or undefined. */
function valueAtThreshold(call: CallNode, scope: Scope): number | undefined {
  const [first, second] = call.args;
  const given = call.args.find((arg) => arg.name === 'threshold') ?? (second && second.name === undefined ? second : undefined);
  const yHat = first ? evaluate(first.value, scope) : undefined;
  const threshold = given ? evaluate(given.value, scope) : { ok: true as const, value: DEFAULT_THRESHOLD };
  if (!yHat?.ok || !threshold.ok || typeof threshold.value !== 'number') return undefined;
  return numbersOf(yHat.value).find((x) => x === threshold.value);
}

/** Code `threshold-drawn`. */
function thresholdDrawnMessage(value: number, where: string): string {
  return (
    `decide() gets ŷ = ${formatValue(value)}, exactly its threshold, ${where}: the notes give class 0 there ` +
    `("greater than the threshold → class 1"), other texts class 1; leave the threshold out of the values students draw`
  );
}

export const thresholdNotDrawn: Rule = (ctx) => {
  const answer = ctx.exercise.answer;
  if (answer.kind === 'function') return;
  const expr = ctx.expression(['answer', 'reference']);
  const decisions = expr ? callsTo(expr, 'decide') : [];
  if (decisions.length === 0) return;
  for (const studentId of [undefined, ...sampleStudents(ctx.options.samples)]) {
    const variant = drawVariant(ctx.exercise, { salt: ctx.options.salt, ...(studentId === undefined ? {} : { studentId }) });
    if (!variant.ok) continue;
    const scope = new Map(Object.entries(variant.values));
    for (const call of decisions) {
      const tied = valueAtThreshold(call, scope);
      if (tied === undefined) continue;
      ctx.reportIn(['answer', 'reference'], call, 'threshold-drawn', thresholdDrawnMessage(tied, describeVariant(studentId, variant.values)), 'warning');
      return;
    }
  }
};
