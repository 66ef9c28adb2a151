// Each parameter's default lies within the range it is drawn from, and ranges make sense.
import { checkKind, type Value } from '../../../reference/index.ts';
import { formatValue } from '../prompt.ts';
import type { ParamSpec } from '../types.ts';
import type { ExerciseContext, Rule } from './context.ts';
import { EXPECTED } from './sites.ts';

type DrawnParam = Exclude<ParamSpec, { derived: string }>;

/** Why `spec`'s default cannot be drawn by `spec`, or why the range is empty. */
export function paramProblems(spec: DrawnParam): { key: 'default' | 'range'; code: string; message: string }[] {
  const problems: { key: 'default' | 'range'; code: string; message: string }[] = [];
  const outside = (x: number, min: number, max: number) => x < min || x > max;
  if ('number' in spec || 'integer' in spec || 'vector' in spec) {
    const range = 'number' in spec ? spec.number : 'integer' in spec ? spec.integer : spec.vector;
    if (range.min > range.max) problems.push({ key: 'range', code: 'bad-range', message: `min ${range.min} is greater than max ${range.max}` });
    const entries = typeof spec.default === 'number' ? [spec.default] : spec.default;
    if (entries.some((x) => outside(x, range.min, range.max))) {
      problems.push({ key: 'default', code: 'bad-default', message: `default ${formatValue(spec.default)} is outside [${range.min}, ${range.max}]` });
    }
  }
  if ('vector' in spec && spec.default.length !== spec.vector.length) {
    problems.push({ key: 'default', code: 'bad-default', message: `default has ${spec.default.length} entries, vector.length is ${spec.vector.length}` });
  }
  if ('distribution' in spec) {
    const why = checkKind('distribution', spec.default);
    if (why) problems.push({ key: 'default', code: 'bad-default', message: `default is not a distribution: ${why}` });
    else if (spec.default.length !== spec.distribution.length) {
      problems.push({ key: 'default', code: 'bad-default', message: `default has ${spec.default.length} entries, distribution.length is ${spec.distribution.length}` });
    }
  }
  if ('choice' in spec && !spec.choice.some((option) => sameValue(option, spec.default))) {
    problems.push({ key: 'default', code: 'bad-default', message: `default ${formatValue(spec.default)} is not one of the choices` });
  }
  return problems;
}

export function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function reportParam(ctx: ExerciseContext, path: (string | number)[], spec: DrawnParam): void {
  const rangeKey = Object.keys(spec).find((key) => key !== 'default')!;
  for (const problem of paramProblems(spec)) {
    ctx.report([...path, problem.key === 'default' ? 'default' : rangeKey], problem.code, `${path.join('.')}: ${problem.message}`);
  }
}

export const paramsInRange: Rule = (ctx) => {
  for (const [name, spec] of Object.entries(ctx.exercise.params ?? {})) {
    if (name === EXPECTED) {
      ctx.report(['params', name], 'reserved-name', `'${EXPECTED}' is reserved for the correct value in misconception formulas; rename this parameter`, { at: 'key' });
    }
    if (!('derived' in spec)) reportParam(ctx, ['params', name], spec);
  }
  const answer = ctx.exercise.answer;
  if (answer.kind === 'function') {
    for (const [name, spec] of Object.entries(answer.cases.random?.args ?? {})) {
      reportParam(ctx, ['answer', 'cases', 'random', 'args', name], spec);
    }
  }
};
