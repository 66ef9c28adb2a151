// The reference result of one case of a function answer.
import { evaluate } from '../../expr/index.ts';
import type { Value } from '../../../reference/index.ts';
import { formatValue } from '../prompt.ts';
import type { CaseArgs, FunctionAnswer } from '../types.ts';
import type { ExerciseContext } from './context.ts';
import { answerShapeProblem, isFiniteValue } from './evaluation.ts';

/** The reference's result for one case, or a message saying why there is none. */
export function resultAt(ctx: ExerciseContext, answer: FunctionAnswer, args: CaseArgs): { value: Value } | { code: string; message: string } | undefined {
  const expr = ctx.expression(['answer', 'reference']);
  if (!expr) return undefined;
  const result = evaluate(expr, new Map(Object.entries(args)));
  if (!result.ok) return { code: result.error.code, message: `the reference ${answer.reference} fails here: ${result.error.message}` };
  if (!isFiniteValue(result.value)) return { code: 'not-finite', message: `the reference ${answer.reference} gives ${formatValue(result.value)} here; expected values must be finite` };
  const shape = answerShapeProblem(answer, result.value);
  return shape ? { code: 'answer-shape', message: shape } : { value: result.value };
}

export function formatCase(args: CaseArgs): string {
  return Object.entries(args).map(([name, value]) => `${name} = ${formatValue(value)}`).join(', ');
}
