// Every variant of the bank's exercises whose numbers are few enough to try them all (not only
// the sample `grader validate` draws): no misconception gives the correct answer, and no two
// misconceptions give the same value, so a student's answer always tells them apart.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveTolerance } from '../../grader/compare/tolerance.ts';
import { expectedValues } from '../../grader/expect/index.ts';
import { loadCourse } from '../../grader/spec/index.ts';
import { indistinguishable } from '../../grader/spec/rules/variants.ts';
import type { ExerciseSpec, ParamSpec } from '../../grader/spec/types.ts';
import { drawVariant } from '../../grader/variant/index.ts';
import type { Value } from '../../reference/index.ts';

const courseFile = join(import.meta.dirname, '../../exercises/course.yaml');
const MAX_VARIANTS = 5000;

/** Every value a parameter can be drawn as, or undefined when there are too many (vectors, distributions). */
function valuesOf(spec: ParamSpec): readonly Value[] | undefined {
  if ('choice' in spec) return spec.choice;
  if ('integer' in spec) return Array.from({ length: spec.integer.max - spec.integer.min + 1 }, (_, i) => spec.integer.min + i);
  if ('number' in spec) {
    const step = spec.number.step ?? 0.01;
    const count = Math.floor((spec.number.max - spec.number.min) / step + 1e-9) + 1;
    const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
    return Array.from({ length: count }, (_, i) => Number((spec.number.min + i * step).toFixed(decimals)));
  }
  return undefined;
}

/** The exercise once per combination of its drawn parameters, each fixed as its only choice. */
function everyVariant(exercise: ExerciseSpec): ExerciseSpec[] | undefined {
  let combinations: Record<string, ParamSpec>[] = [{}];
  for (const [name, spec] of Object.entries(exercise.params ?? {})) {
    if ('derived' in spec) {
      combinations = combinations.map((c) => ({ ...c, [name]: spec }));
      continue;
    }
    const values = valuesOf(spec);
    if (!values || combinations.length * values.length > MAX_VARIANTS) return undefined;
    combinations = combinations.flatMap((c) => values.map((value) => ({ ...c, [name]: { default: value, choice: [value] } as ParamSpec })));
  }
  return combinations.map((params) => ({ ...exercise, params }));
}

describe("every variant of the bank's exercises with few enough numbers", async () => {
  const { course, exercises } = await loadCourse(courseFile);
  const computed = exercises.filter((e) => (e.answer.kind === 'scalar' || e.answer.kind === 'choice') && e.answer.reference !== undefined);
  const tried = computed.flatMap((e) => {
    const variants = everyVariant(e);
    return variants ? [[e.id, variants] as const] : [];
  });

  it('covers the probability, sigmoid and activation exercises', () => {
    expect(tried.map(([id]) => id)).toEqual(expect.arrayContaining(['die-at-most', 'die-face', 'decide-class', 'elu-negative', 'leaky-relu-negative', 'coin-tails']));
  });

  it.each(tried)('%s: the answer and every misconception tell each other apart', (_id, variants) => {
    const problems: string[] = [];
    for (const exercise of variants) {
      const drawn = drawVariant(exercise, { salt: course!.salt });
      if (!drawn.ok) throw new Error(drawn.problem.message);
      const computed = expectedValues(exercise, drawn.values);
      if (!computed.ok || computed.expected === undefined) throw new Error(`${exercise.id}: no expected value`);
      const answer = exercise.answer;
      const tolerance = answer.kind === 'choice' ? 'exact' : effectiveTolerance('tolerance' in answer ? answer.tolerance : undefined, course!.tolerance);
      const values = computed.misconceptions.filter((m) => m.value !== undefined);
      const where = JSON.stringify(drawn.values);
      for (const [i, m] of values.entries()) {
        if (indistinguishable(m.value!, computed.expected, tolerance)) problems.push(`${where}: ${m.id} gives the answer`);
        for (const other of values.slice(i + 1)) {
          if (indistinguishable(m.value!, other.value!, tolerance)) problems.push(`${where}: ${m.id} and ${other.id} collide`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
