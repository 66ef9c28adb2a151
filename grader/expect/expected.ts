// The expected answer of a student's variant and the value of each misconception for that
// same variant, all computed by the reference implementation.
import type { Value } from '../../reference/index.ts';
import { evaluate, parseCached, type ExprError } from '../expr/index.ts';
import { resolveMisconceptions, type ResolvedMisconception } from '../diagnose/index.ts';
import type { ExerciseSpec } from '../spec/types.ts';
import type { VariantValues } from '../variant/index.ts';

export interface MisconceptionValue extends ResolvedMisconception {
  /** Undefined when the formula fails for this variant (a reported problem, not a crash). */
  readonly value: Value | undefined;
  readonly error?: ExprError;
}

export type Expected =
  /** `expected` is undefined for a choice answer given by its `correct` ids, which no formula computes. */
  | { readonly ok: true; readonly expected: Value | undefined; readonly misconceptions: readonly MisconceptionValue[] }
  | { readonly ok: false; readonly error: ExprError; readonly where: 'answer' };

/** Per exercise, by variant: many students share a variant (a die of 6 sides and face 3), and the values are the same for each. */
const computed = new WeakMap<ExerciseSpec, Map<string, Expected>>();
/** Variants remembered per exercise; past this, new ones are computed and not kept. */
const KEPT_VARIANTS = 256;

/** The variant's values as a key: JSON, with −0 told apart from 0. */
function variantKey(values: VariantValues): string {
  return JSON.stringify(values, (_key, value: unknown) => (Object.is(value, -0) ? { negativeZero: true } : value));
}

/** For scalar, vector and choice answers with a `reference` (function answers are per case). */
export function expectedValues(exercise: ExerciseSpec, values: VariantValues): Expected {
  let byVariant = computed.get(exercise);
  if (!byVariant) computed.set(exercise, (byVariant = new Map()));
  const key = variantKey(values);
  let expected = byVariant.get(key);
  if (!expected) {
    expected = compute(exercise, values);
    if (byVariant.size < KEPT_VARIANTS) byVariant.set(key, expected);
  }
  return expected;
}

function compute(exercise: ExerciseSpec, values: VariantValues): Expected {
  const reference = 'reference' in exercise.answer ? exercise.answer.reference : undefined;
  if (reference === undefined) return { ok: true, expected: undefined, misconceptions: [] };
  const scope = new Map<string, Value>(Object.entries(values));
  const answer = evaluateText(reference, scope);
  if (!answer.ok) return { ok: false, error: answer.error, where: 'answer' };
  scope.set('expected', answer.value);
  const misconceptions = resolveMisconceptions(exercise).misconceptions.map((m): MisconceptionValue => {
    const result = evaluateText(m.reference, scope);
    return result.ok ? { ...m, value: result.value } : { ...m, value: undefined, error: result.error };
  });
  return { ok: true, expected: answer.value, misconceptions };
}

export function evaluateText(text: string, scope: ReadonlyMap<string, Value>) {
  const parsed = parseCached(text);
  return parsed.ok ? evaluate(parsed.expr, scope) : parsed;
}
