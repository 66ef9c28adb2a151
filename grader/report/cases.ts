// The one place that decides which of a code exercise's cases a student may see: visible
// cases in full, hidden and random ones only as counts, never which failed.
import type { CaseResult, ExerciseResult } from '../result/types.ts';
import type { Value } from '../../reference/index.ts';
import { formatValue } from './format.ts';

export function visibleCases(exercise: ExerciseResult): readonly CaseResult[] {
  return (exercise.cases ?? []).filter((c) => c.visibility === 'visible');
}

/** How many hidden (and random) cases passed; undefined when there are none. */
export function hiddenCaseCounts(exercise: ExerciseResult): { failed: number; passed: number; total: number } | undefined {
  const unseen = (exercise.cases ?? []).filter((c) => c.visibility !== 'visible');
  const counts = exercise.hidden ?? { failed: unseen.filter((c) => c.status !== 'pass').length, total: unseen.length };
  return counts.total === 0 ? undefined : { failed: counts.failed, passed: counts.total - counts.failed, total: counts.total };
}

/** `x = 0, z = [2, 1, 0.1]` */
export function describeArgs(args: Readonly<Record<string, Value>> | undefined): string {
  return Object.entries(args ?? {})
    .map(([name, value]) => `${name} = ${formatValue(value)}`)
    .join(', ');
}
