// A student's variant of an exercise: every parameter drawn from a generator seeded by
// (course salt, exercise id, student id, parameter name), then the derived ones computed.
// Each parameter has its own seed, so adding a parameter does not change the others.
import type { Value } from '../../reference/index.ts';
import { evaluate, namesIn, parseCached, type ExprError } from '../expr/index.ts';
import type { ExerciseSpec, ParamSpec } from '../spec/types.ts';
import { drawParam } from './draw.ts';
import { createRng } from './rng.ts';

export type VariantValues = Readonly<Record<string, Value>>;

export interface VariantProblem {
  readonly param: string;
  readonly code: string;
  readonly message: string;
  /** Offsets into the `derived` expression, when the problem is in one. */
  readonly error?: ExprError;
}

export type VariantResult =
  | { readonly ok: true; readonly values: VariantValues }
  | { readonly ok: false; readonly problem: VariantProblem };

export interface VariantKey {
  readonly salt: string;
  /** Without a student, every parameter takes its default. */
  readonly studentId?: string;
}

export function drawVariant(exercise: Pick<ExerciseSpec, 'id' | 'params'>, key: VariantKey): VariantResult {
  const params = exercise.params ?? {};
  const values = new Map<string, Value>();
  const derived: [string, string][] = [];
  for (const [name, spec] of Object.entries(params) as [string, ParamSpec][]) {
    if ('derived' in spec) {
      derived.push([name, spec.derived]);
      continue;
    }
    const value =
      key.studentId === undefined ? spec.default : drawParam(spec, createRng(key.salt, exercise.id, key.studentId, name));
    values.set(name, value);
  }
  const problem = computeDerived(derived, values);
  if (problem) return { ok: false, problem };
  // Keys in the exercise's own order, whatever order the derived ones were computed in.
  const ordered: Record<string, Value> = {};
  for (const name of Object.keys(params)) ordered[name] = values.get(name)!;
  return { ok: true, values: ordered };
}

/** Evaluates derived parameters in dependency order; a cycle or a failing formula is a problem. */
function computeDerived(pending: [string, string][], values: Map<string, Value>): VariantProblem | undefined {
  let remaining = pending;
  while (remaining.length > 0) {
    const next: [string, string][] = [];
    for (const [name, text] of remaining) {
      const parsed = parseCached(text);
      if (!parsed.ok) return { param: name, code: parsed.error.code, message: parsed.error.message, error: parsed.error };
      const waiting = namesIn(parsed.expr).some((dep) => !values.has(dep) && remaining.some(([other]) => other === dep));
      if (waiting) {
        next.push([name, text]);
        continue;
      }
      const result = evaluate(parsed.expr, values);
      if (!result.ok) return { param: name, code: result.error.code, message: result.error.message, error: result.error };
      values.set(name, result.value);
    }
    if (next.length === remaining.length) {
      const names = next.map(([name]) => name).join(', ');
      return { param: next[0]![0], code: 'derived-cycle', message: `derived parameters depend on each other in a cycle: ${names}` };
    }
    remaining = next;
  }
  return undefined;
}
