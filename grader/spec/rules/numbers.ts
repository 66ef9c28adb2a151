// YAML can spell infinity and NaN (`.inf`, `.nan`); no number in a spec may be either.
import type { Path } from '../source.ts';
import type { Rule } from './context.ts';

function visit(value: unknown, path: Path, found: (path: Path, value: number) => void): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, [...path, i], found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) visit(item, [...path, key], found);
  }
}

export const numbersFinite: Rule = (ctx) => {
  visit(ctx.exercise, [], (path, value) => ctx.report(path, 'not-finite', `${value} is not allowed here; use a finite number`));
};
