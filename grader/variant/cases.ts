// A student's seeded random cases of a function exercise: the same student always gets
// the same cases, and each argument of each case has its own seed, so a longer list keeps
// the first cases. Grading and the validator both draw them here.
import type { Value } from '../../reference/index.ts';
import type { CaseArgs, FunctionAnswer } from '../spec/types.ts';
import { drawParam } from './draw.ts';
import { createRng } from './rng.ts';

export interface CaseSeed {
  readonly salt: string;
  readonly exerciseId: string;
  readonly studentId: string;
}

export function drawRandomCases(answer: Pick<FunctionAnswer, 'cases'>, seed: CaseSeed, limit = Number.POSITIVE_INFINITY): CaseArgs[] {
  const random = answer.cases.random;
  if (!random) return [];
  const count = Math.min(limit, Math.max(0, Math.floor(random.count)));
  return Array.from({ length: count }, (_, i) => {
    const args: Record<string, Value> = {};
    for (const [name, spec] of Object.entries(random.args)) {
      args[name] = drawParam(spec, createRng(seed.salt, seed.exerciseId, seed.studentId, 'case', String(i), name));
    }
    return args;
  });
}
