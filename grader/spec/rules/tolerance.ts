// A tolerance that mixes rules which do not combine: only one of them would apply.
import { comparatorFor } from '../../compare/tolerance.ts';
import type { Path } from '../source.ts';
import type { Tolerance } from '../types.ts';
import type { Rule } from './context.ts';

const COMBINABLE = new Set(['abs', 'rel']);

export function toleranceConflict(tolerance: Tolerance): string | undefined {
  const keys = Object.keys(tolerance);
  if (keys.length < 2 || keys.every((key) => COMBINABLE.has(key))) return undefined;
  const applied = comparatorFor(tolerance).id;
  const applies = applied === 'both' ? 'abs and rel' : applied;
  return `${keys.join(', ')} do not combine: only ${applies} applies; keep one rule (abs and rel may go together)`;
}

export const toleranceUnambiguous: Rule = (ctx) => {
  const answer = ctx.exercise.answer;
  if (!('tolerance' in answer) || answer.tolerance === undefined) return;
  const problem = toleranceConflict(answer.tolerance);
  const path: Path = ['answer', 'tolerance'];
  if (problem) ctx.report(path, 'conflicting-keys', problem, { severity: 'warning' });
};
