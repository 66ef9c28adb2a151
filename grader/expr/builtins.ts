// Helpers an expression may call besides the reference functions: arithmetic glue
// for misconception formulas (`len(y)`, `round(softmax(z), 2)`), not course math.
import type { Shape, Value } from '../../reference/index.ts';
import { mapEntries } from './arithmetic.ts';

export interface Builtin {
  readonly name: string;
  readonly arity: { readonly min: number; readonly max: number };
  readonly summary: string;
  /** The result's shape given the arguments' shapes (undefined when unknown). */
  readonly shape: (args: readonly (Shape | undefined)[]) => Shape | undefined;
  /** Returns a message instead of a value when the arguments do not fit. */
  readonly call: (args: readonly Value[]) => Value | string;
}

const elementwise = (name: string, summary: string, fn: (x: number) => number): Builtin => ({
  name,
  arity: { min: 1, max: 1 },
  summary,
  shape: ([a]) => a,
  call: ([v]) => mapEntries(v!, fn),
});

const definitions: readonly Builtin[] = [
    {
      name: 'len',
      arity: { min: 1, max: 1 },
      summary: 'the number of entries of a vector (rows of a matrix)',
      shape: () => 'scalar',
      call: ([v]) => (typeof v === 'number' ? 'len() needs a vector, got a number' : v!.length),
    },
    elementwise('exp', 'e^x, entry by entry', Math.exp),
    elementwise('abs', '|x|, entry by entry', Math.abs),
    {
      name: 'round',
      arity: { min: 1, max: 2 },
      summary: 'x rounded to d decimals (0 when left out), entry by entry',
      shape: ([a]) => a,
      call: ([v, d]) => {
        const digits = d ?? 0;
        if (typeof digits !== 'number' || !Number.isInteger(digits)) return 'round() takes a whole number of decimals';
        const scale = 10 ** digits;
        return mapEntries(v!, (x) => Math.round(x * scale) / scale);
      },
    },
];

export const builtins: ReadonlyMap<string, Builtin> = new Map(definitions.map((b) => [b.name, b]));
