// The parameters' values for the default variant: each drawn parameter's `default`, then
// the derived ones in the order their inputs become available.
import { evaluate, namesIn, type Expr, type ExprError } from '../../expr/index.ts';
import type { Value } from '../../../reference/index.ts';
import type { ExerciseSpec } from '../types.ts';

export interface DefaultValues {
  readonly values: ReadonlyMap<string, Value>;
  /** Derived parameters that failed to evaluate, with why. */
  readonly failures: ReadonlyMap<string, ExprError>;
  /** Derived parameters that wait on each other in a cycle. */
  readonly cycle: readonly string[];
  /** True when every parameter has a value. */
  readonly complete: boolean;
}

export function defaultValues(exercise: ExerciseSpec, derivedExpr: (name: string) => Expr | undefined): DefaultValues {
  const values = new Map<string, Value>();
  const pending = new Map<string, Expr | undefined>();
  for (const [name, spec] of Object.entries(exercise.params ?? {})) {
    if ('derived' in spec) pending.set(name, derivedExpr(name));
    else values.set(name, spec.default);
  }
  const failures = new Map<string, ExprError>();
  let progress = true;
  while (progress && pending.size > 0) {
    progress = false;
    for (const [name, expr] of pending) {
      if (!expr) {
        pending.delete(name); // unparsable: already reported by the expressions rule
        progress = true;
        continue;
      }
      const inputs = namesIn(expr);
      if (inputs.some((input) => failures.has(input) || (!values.has(input) && !pending.has(input)))) {
        pending.delete(name);
        progress = true;
        continue;
      }
      if (inputs.some((input) => pending.has(input))) continue;
      const result = evaluate(expr, values);
      if (result.ok) values.set(name, result.value);
      else failures.set(name, result.error);
      pending.delete(name);
      progress = true;
    }
  }
  const cycle = [...pending.keys()];
  const complete = values.size === Object.keys(exercise.params ?? {}).length;
  return { values, failures, cycle, complete };
}
