// Where a run's time goes, by stage, for the bench (`npm run bench`). Off unless a caller
// starts it: then `timed` is one comparison and a call, and nothing it times changes what
// is computed. A timed section's own time excludes the sections timed inside it, so the
// stages add up to the time spent in them, never more.

export const STAGES = ['load', 'expected', 'parse', 'sandbox', 'compare', 'render', 'write'] as const;
export type Stage = (typeof STAGES)[number];
export type StageTotals = Record<Stage, number>;

let totals: StageTotals | undefined;
/** Time of the sections nested in the one running now (synchronous sections nest properly). */
let inner = 0;

/** Starts (or restarts) recording, from zero. */
export function startStageTimings(): void {
  totals = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as StageTotals;
  inner = 0;
}

/** What was recorded, in milliseconds, and stops recording; undefined when it was off. */
export function stopStageTimings(): StageTotals | undefined {
  const recorded = totals;
  totals = undefined;
  return recorded;
}

export function stageTimingsOn(): boolean {
  return totals !== undefined;
}

/** Runs `work` (synchronous) and adds its time, less that of sections nested in it, to `stage`. */
export function timed<T>(stage: Stage, work: () => T): T {
  if (totals === undefined) return work();
  const outer = inner;
  inner = 0;
  const start = performance.now();
  try {
    return work();
  } finally {
    const elapsed = performance.now() - start;
    if (totals !== undefined) totals[stage] += elapsed - inner;
    inner = outer + elapsed;
  }
}

/** Adds time measured elsewhere (a sandbox worker's, an asynchronous write's) to `stage`. */
export function addStageTime(stage: Stage, ms: number): void {
  if (totals !== undefined) totals[stage] += ms;
}

/**
 * Awaits `work` and adds its wall time to `stage`. When several such sections run at once
 * their times overlap; synchronous sections that run meanwhile count in their own stage too.
 */
export async function timedAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
  if (totals === undefined) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    addStageTime(stage, performance.now() - start);
  }
}
