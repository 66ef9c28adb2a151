// Which misconceptions a wrong numeric answer fits: those within tolerance of it in every entry,
// else those it is a rounding of at the digits typed. An answer that is the correct value
// rounded too early has that as its diagnosis (σ′(4) = 0.01766 typed 0.018 is not "one factor
// left out" because 1 − σ(4) = 0.01799 also rounds to 0.018); a misconception is then named
// only when it is exactly the value typed, which explains the answer better than a rounding.
import type { Value } from '../../reference/index.ts';
import { withinTolerance } from '../compare/tolerance.ts';
import type { Tolerance } from '../spec/types.ts';
import type { TypedNumber } from '../submission/index.ts';
import { isConfidentRoundingOf, isExactly } from './precision.ts';

type EntryTest = (typed: TypedNumber, target: number) => boolean;

function entriesOf(value: Value | undefined): readonly number[] | undefined {
  if (typeof value === 'number') return [value];
  return Array.isArray(value) && value.every((x) => typeof x === 'number') ? (value as readonly number[]) : undefined;
}

/**
 * Every candidate the typed entries fit under the best test any of them passes (more than
 * one when misconceptions give the same value for this variant). `roundedTooEarly`: the
 * wrong entries are the correct ones rounded to the digits typed.
 */
export function fittingMisconceptions<M extends { readonly value: Value | undefined }>(
  typed: readonly TypedNumber[],
  candidates: readonly M[],
  tolerance: Tolerance,
  roundedTooEarly: boolean,
): M[] {
  const fitting = (test: EntryTest) =>
    candidates.filter((m) => {
      const targets = entriesOf(m.value);
      return targets !== undefined && targets.length === typed.length && typed.every((t, i) => test(t, targets[i]!));
    });
  if (roundedTooEarly) return fitting(isExactly);
  const within = fitting((t, x) => withinTolerance(t.value, x, tolerance));
  return within.length > 0 ? within : fitting((t, x) => withinTolerance(t.value, x, tolerance) || isConfidentRoundingOf(t, x));
}
