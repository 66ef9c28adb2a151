// Sandbox limits: the defaults, and the course's and exercise's overrides (YAML `limits:`).
import type { Limits } from '../spec/types.ts';
import type { SandboxLimits } from './types.ts';

export const DEFAULT_LIMITS: SandboxLimits = { timeMs: 1000, memoryMb: 32, outputKb: 64 };

/** Upper bounds no course setting can exceed: one exercise must not hold a worker for minutes. */
export const MAX_LIMITS: SandboxLimits = { timeMs: 60_000, memoryMb: 1024, outputKb: 4096 };

/** The exercise's limits over the course's over the defaults; values that are not positive numbers are ignored. */
export function resolveLimits(course?: Limits, exercise?: Limits): SandboxLimits {
  const pick = (key: keyof Limits, fallback: number, max: number): number => {
    for (const candidate of [exercise?.[key], course?.[key]]) {
      if (typeof candidate === 'number' && Number.isFinite(candidate) && candidate > 0) return Math.min(candidate, max);
    }
    return fallback;
  };
  return {
    timeMs: pick('time_ms', DEFAULT_LIMITS.timeMs, MAX_LIMITS.timeMs),
    memoryMb: pick('memory_mb', DEFAULT_LIMITS.memoryMb, MAX_LIMITS.memoryMb),
    outputKb: pick('output_kb', DEFAULT_LIMITS.outputKb, MAX_LIMITS.outputKb),
  };
}
