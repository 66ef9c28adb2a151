// The default variant evaluates: derived parameters, the expected answer (finite, of the
// answer's shape) and each misconception's formula.
import type { Value } from '../../../reference/index.ts';
import type { Rule } from './context.ts';
import { answerShapeProblem, evaluateAt } from './evaluation.ts';
import { EXPECTED } from './sites.ts';

const AT_DEFAULTS = ' (with the default parameters)';

export const defaultVariantEvaluates: Rule = (ctx) => {
  const defaults = ctx.defaultValues();
  for (const [name, error] of defaults.failures) {
    ctx.reportIn(['params', name, 'derived'], error, error.code, `${error.message}${AT_DEFAULTS}`);
  }
  const answer = ctx.exercise.answer;
  if (!defaults.complete || answer.kind === 'function' || answer.reference === undefined) return;
  const expected = evaluateAt(ctx, ['answer', 'reference'], defaults.values, AT_DEFAULTS);
  if (expected === undefined) return;
  const shapeProblem = answerShapeProblem(answer, expected);
  if (shapeProblem) {
    ctx.report(['answer', 'reference'], 'answer-shape', shapeProblem);
    return;
  }
  const scope = new Map<string, Value>([...defaults.values, [EXPECTED, expected]]);
  ctx.exercise.misconceptions?.forEach((misconception, i) => {
    if (misconception.reference === undefined) return;
    const path = ['misconceptions', i, 'reference'];
    const value = evaluateAt(ctx, path, scope, AT_DEFAULTS, 'misconception');
    const problem = value === undefined ? undefined : answerShapeProblem(answer, value);
    if (problem) ctx.report(path, 'answer-shape', `this misconception can never match an answer: ${problem}`);
  });
};
