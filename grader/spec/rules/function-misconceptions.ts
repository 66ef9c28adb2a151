// A function exercise's misconceptions, checked on its cases: each formula evaluates (to a
// finite value on some case at least), and none agrees with the reference (under the
// tolerance) on every case.
import { resolveMisconceptions } from '../../diagnose/index.ts';
import { evaluate, parseCached } from '../../expr/index.ts';
import type { Value } from '../../../reference/index.ts';
import { formatValue } from '../prompt.ts';
import type { CaseArgs, FunctionAnswer } from '../types.ts';
import type { ExerciseContext } from './context.ts';
import { isFiniteValue } from './evaluation.ts';
import { formatCase, resultAt } from './function-reference.ts';
import { EXPECTED, misconceptionSite } from './sites.ts';
import { indistinguishable } from './variants.ts';

export function functionMisconceptions(ctx: ExerciseContext, answer: FunctionAnswer, cases: readonly CaseArgs[]): void {
  const expectedAt = cases.flatMap((args) => {
    const result = resultAt(ctx, answer, args);
    return result && 'value' in result ? [{ args, expected: result.value }] : [];
  });
  if (expectedAt.length === 0) return;
  for (const m of resolveMisconceptions(ctx.exercise).misconceptions) {
    const { path, own } = misconceptionSite(ctx.exercise, m.id);
    if (own && !ctx.expression(path)) continue; // its syntax or names are already reported
    const parsed = parseCached(m.reference);
    if (!parsed.ok) continue;
    let agreesEverywhere = true;
    let failed = false;
    // A function can return NaN or Infinity (a softmax that overflows), so a misconception may
    // give them on some cases; on every case it describes no function worth diagnosing.
    const nonFinite: string[] = [];
    for (const { args, expected } of expectedAt) {
      const result = evaluate(parsed.expr, new Map<string, Value>([...Object.entries(args), [EXPECTED, expected]]));
      const where = ` (at ${formatCase(args)})`;
      if (!result.ok) {
        if (own) ctx.reportIn(path, result.error, result.error.code, `${result.error.message}${where}`);
        else ctx.report(path, result.error.code, `misconception '${m.id}': ${result.error.message}${where}`);
        failed = true;
        break;
      }
      if (!isFiniteValue(result.value)) nonFinite.push(`${formatValue(result.value)}${where}`);
      if (!indistinguishable(result.value, expected, ctx.tolerance())) agreesEverywhere = false;
    }
    if (!failed && nonFinite.length === expectedAt.length) {
      ctx.report(path, 'not-finite', `misconception '${m.id}' is not finite on any case (${nonFinite[0]}), so it describes no function worth diagnosing`, { severity: 'warning' });
    } else if (!failed && agreesEverywhere) {
      ctx.report(path, 'ambiguous-misconception', `misconception '${m.id}' agrees with the reference within the tolerance on all ${expectedAt.length} cases: a student's function cannot be told apart from the correct one`);
    }
  }
}
