// Arithmetic on scalars, vectors and matrices, entry by entry, with a scalar broadcast
// to every entry of the other side.
import type { Value } from '../../reference/index.ts';
import type { BinaryOperator } from './ast.ts';

const OPERATIONS: Readonly<Record<BinaryOperator, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => a ** b,
};

export function mapEntries(value: Value, fn: (x: number) => number): Value {
  if (typeof value === 'number') return fn(value);
  return (value as readonly Value[]).map((entry) => mapEntries(entry, fn)) as Value;
}

/** a op b, or a message when the shapes do not line up. */
export function combine(op: BinaryOperator, a: Value, b: Value): Value | string {
  const fn = OPERATIONS[op];
  if (typeof a === 'number') return mapEntries(b, (y) => fn(a, y));
  if (typeof b === 'number') return mapEntries(a, (x) => fn(x, b));
  if (a.length !== b.length) return `cannot apply '${op}' to a value of ${a.length} entries and one of ${b.length}`;
  const out: Value[] = [];
  for (let i = 0; i < a.length; i++) {
    const entry = combine(op, a[i] as Value, b[i] as Value);
    if (typeof entry === 'string') return entry;
    out.push(entry);
  }
  return out as Value;
}
