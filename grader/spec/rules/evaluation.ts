// Evaluating an exercise's expressions at a variant, with failures reported at the
// expression, and the checks every expected value must pass.
import { evaluate } from '../../expr/index.ts';
import { shapeOf, type Value } from '../../../reference/index.ts';
import { formatValue } from '../prompt.ts';
import type { Path } from '../source.ts';
import type { AnswerSpec } from '../types.ts';
import type { ExerciseContext } from './context.ts';

export function isFiniteValue(value: Value): boolean {
  return typeof value === 'number' ? Number.isFinite(value) : (value as readonly Value[]).every(isFiniteValue);
}

export function describeShape(value: Value): string {
  const shape = shapeOf(value);
  return shape === 'scalar' ? 'a number' : `a ${shape} of ${(value as readonly Value[]).length}`;
}

/** The value of the expression at `path`, or undefined after reporting why there is none. */
export function evaluateAt(
  ctx: ExerciseContext,
  path: Path,
  scope: ReadonlyMap<string, Value>,
  where: string,
  role: 'answer' | 'misconception' = 'answer',
): Value | undefined {
  const expr = ctx.expression(path);
  if (!expr) return undefined;
  const result = evaluate(expr, scope);
  if (!result.ok) {
    ctx.reportIn(path, result.error, result.error.code, `${result.error.message}${where}`);
    return undefined;
  }
  if (!isFiniteValue(result.value)) {
    if (role === 'answer') ctx.report(path, 'not-finite', `evaluates to ${formatValue(result.value)}${where}; expected values must be finite numbers`);
    else ctx.report(path, 'not-finite', `evaluates to ${formatValue(result.value)}${where}, which no answer can match`, { severity: 'warning' });
    return undefined;
  }
  return result.value;
}

/** Why `value` cannot be the answer of `answer`, or undefined when it can. */
export function answerShapeProblem(answer: AnswerSpec, value: Value): string | undefined {
  const shape = shapeOf(value);
  switch (answer.kind) {
    case 'scalar':
      return shape === 'scalar' ? undefined : `a scalar answer needs a number, but this gives ${describeShape(value)}`;
    case 'vector':
      return shape === 'vector' ? undefined : `a vector answer needs a vector, but this gives ${describeShape(value)}`;
    case 'function': {
      const wanted = answer.returns === 'number' ? 'scalar' : 'vector';
      return shape === wanted ? undefined : `the function returns a ${answer.returns}, but this gives ${describeShape(value)}`;
    }
    case 'choice': {
      const indices = typeof value === 'number' ? [value] : shape === 'vector' ? (value as readonly number[]) : undefined;
      const count = answer.options.length;
      if (!indices) return `a choice reference gives an option index (0 to ${count - 1}), but this gives ${describeShape(value)}`;
      if (!answer.multiple && indices.length !== 1) return `a single choice has one correct option, but this gives ${indices.length}`;
      const bad = indices.find((i) => !Number.isInteger(i) || i < 0 || i >= count);
      return bad === undefined ? undefined : `${formatValue(bad)} is not an option index (0 to ${count - 1})`;
    }
  }
}
