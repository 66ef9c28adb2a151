// Drawing one parameter value for a student from its range in the exercise.
import type { Value } from '../../reference/index.ts';
import type { ParamSpec } from '../spec/types.ts';
import { randomInt, type Rng } from './rng.ts';

export type DrawnParamSpec = Exclude<ParamSpec, { derived: string }>;

const DEFAULT_STEP = 0.01;
const DEFAULT_DISTRIBUTION_STEP = 0.05;

/** Decimals needed to write multiples of `step` exactly (0.05 → 2, 0.5 → 1, 2 → 0). */
function decimalsOf(step: number): number {
  for (let d = 0; d <= 12; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d;
  return 12;
}

/** A multiple of `step` from min to max, written with no float noise (0.30000000000000004 → 0.3). */
function drawStepped(rng: Rng, min: number, max: number, step: number): number {
  const count = Math.floor((max - min) / step + 1e-9);
  const k = randomInt(rng, 0, count);
  return Number((min + k * step).toFixed(decimalsOf(step)));
}

/**
 * `length` probabilities, each a positive multiple of `step`, summing to exactly 1:
 * the cut points of a random composition of 1/step units.
 */
function drawDistribution(rng: Rng, length: number, step: number): number[] {
  const units = Math.round(1 / step);
  const cuts = new Set<number>();
  while (cuts.size < length - 1) cuts.add(randomInt(rng, 1, units - 1));
  const points = [0, ...[...cuts].sort((x, y) => x - y), units];
  const decimals = decimalsOf(step);
  return points.slice(1).map((p, i) => Number(((p - points[i]!) * step).toFixed(decimals)));
}

export function drawParam(spec: DrawnParamSpec, rng: Rng): Value {
  if ('number' in spec) return drawStepped(rng, spec.number.min, spec.number.max, spec.number.step ?? DEFAULT_STEP);
  if ('integer' in spec) return randomInt(rng, spec.integer.min, spec.integer.max);
  if ('vector' in spec) {
    const { length, min, max, step } = spec.vector;
    return Array.from({ length }, () => drawStepped(rng, min, max, step ?? DEFAULT_STEP));
  }
  if ('distribution' in spec) {
    const step = spec.distribution.step ?? DEFAULT_DISTRIBUTION_STEP;
    const length = Math.min(spec.distribution.length, Math.round(1 / step));
    return drawDistribution(rng, length, step);
  }
  return spec.choice[randomInt(rng, 0, spec.choice.length - 1)]!;
}
