// A function answer's cases and conventions give exactly the declared arguments, each of
// its declared kind, and the reference gives a finite result of the declared shape on each.
import { evaluate } from '../../expr/index.ts';
import { checkKind, type Value } from '../../../reference/index.ts';
import { formatValue } from '../prompt.ts';
import type { Path } from '../source.ts';
import type { CaseArgs, FunctionAnswer } from '../types.ts';
import type { ExerciseContext, Rule } from './context.ts';
import { answerShapeProblem, isFiniteValue } from './evaluation.ts';
import { sameValue } from './params.ts';
import { EXPECTED } from './sites.ts';

function checkArgs(ctx: ExerciseContext, answer: FunctionAnswer, path: Path, args: Readonly<Record<string, unknown>>, checkKinds: boolean): boolean {
  let ok = true;
  const declared = answer.args.map((arg) => arg.name);
  for (const name of Object.keys(args)) {
    if (!declared.includes(name)) {
      ctx.report([...path, name], 'unknown-argument', `'${name}' is not an argument of ${answer.name} (its arguments: ${declared.join(', ')})`, { at: 'key' });
      ok = false;
    }
  }
  for (const arg of answer.args) {
    if (!(arg.name in args)) {
      ctx.report(path, 'missing-argument', `no value for ${answer.name}'s argument '${arg.name}'`, { at: 'key' });
      ok = false;
    } else if (checkKinds) {
      const why = checkKind(arg.kind, args[arg.name] as Value);
      if (why) {
        ctx.report([...path, arg.name], 'argument-type', `'${arg.name}' must be a ${arg.kind}: ${why}`);
        ok = false;
      }
    }
  }
  return ok;
}

/** The reference's result for one case, or a message saying why there is none. */
function resultAt(ctx: ExerciseContext, answer: FunctionAnswer, args: CaseArgs): { value: Value } | { code: string; message: string } | undefined {
  const expr = ctx.expression(['answer', 'reference']);
  if (!expr) return undefined;
  const result = evaluate(expr, new Map(Object.entries(args)));
  if (!result.ok) return { code: result.error.code, message: `the reference ${answer.reference} fails here: ${result.error.message}` };
  if (!isFiniteValue(result.value)) return { code: 'not-finite', message: `the reference ${answer.reference} gives ${formatValue(result.value)} here; expected values must be finite` };
  const shape = answerShapeProblem(answer, result.value);
  return shape ? { code: 'answer-shape', message: shape } : { value: result.value };
}

function checkCases(ctx: ExerciseContext, answer: FunctionAnswer): CaseArgs[] {
  const usable: CaseArgs[] = [];
  for (const group of ['visible', 'hidden'] as const) {
    answer.cases[group]?.forEach((args, i) => {
      const path = ['answer', 'cases', group, i];
      if (!checkArgs(ctx, answer, path, args, true)) return;
      const result = resultAt(ctx, answer, args);
      if (result && 'code' in result) ctx.report(path, result.code, result.message);
      else usable.push(args);
    });
  }
  const random = answer.cases.random;
  if (random) {
    const path = ['answer', 'cases', 'random', 'args'];
    checkArgs(ctx, answer, path, random.args, false);
    for (const arg of answer.args) {
      const spec = random.args[arg.name];
      if (!spec) continue;
      const why = checkKind(arg.kind, spec.default);
      if (why) ctx.report([...path, arg.name, 'default'], 'argument-type', `'${arg.name}' must be a ${arg.kind}: ${why}`);
    }
  }
  return usable;
}

function checkConventions(ctx: ExerciseContext, answer: FunctionAnswer): void {
  answer.conventions?.forEach((convention, i) => {
    const path = ['answer', 'conventions', i];
    convention.accept.forEach((accepted, j) => {
      const shape = answerShapeProblem(answer, accepted);
      if (shape) ctx.report([...path, 'accept', j], 'answer-shape', shape);
    });
    if (!checkArgs(ctx, answer, [...path, 'at'], convention.at, true)) return;
    const result = resultAt(ctx, answer, convention.at);
    if (result && 'code' in result) ctx.report([...path, 'at'], result.code, result.message);
    else if (result && !convention.accept.some((accepted) => sameValue(accepted, result.value))) {
      ctx.report([...path, 'accept'], 'convention-excludes-reference', `the reference gives ${formatValue(result.value)} here, which 'accept' does not list`, { severity: 'warning' });
    }
  });
}

function checkMisconceptions(ctx: ExerciseContext, answer: FunctionAnswer, cases: readonly CaseArgs[]): void {
  ctx.exercise.misconceptions?.forEach((misconception, i) => {
    const path = ['misconceptions', i, 'reference'];
    const expr = ctx.expression(path);
    if (!expr) return;
    for (const args of cases) {
      const expected = resultAt(ctx, answer, args);
      if (!expected || !('value' in expected)) continue;
      const result = evaluate(expr, new Map<string, Value>([...Object.entries(args), [EXPECTED, expected.value]]));
      const where = ` (at ${formatCase(args)})`;
      if (!result.ok) ctx.reportIn(path, result.error, result.error.code, `${result.error.message}${where}`);
      else if (!isFiniteValue(result.value)) ctx.report(path, 'not-finite', `evaluates to ${formatValue(result.value)}${where}`);
      else continue;
      return; // one report per misconception is enough
    }
  });
}

export function formatCase(args: CaseArgs): string {
  return Object.entries(args).map(([name, value]) => `${name} = ${formatValue(value)}`).join(', ');
}

export const functionAnswerConsistent: Rule = (ctx) => {
  const answer = ctx.exercise.answer;
  if (answer.kind !== 'function') return;
  const names = answer.args.map((arg) => arg.name);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) ctx.report(['answer', 'args', i, 'name'], 'duplicate-argument', `argument '${name}' is declared twice`);
  });
  const cases = checkCases(ctx, answer);
  checkConventions(ctx, answer);
  checkMisconceptions(ctx, answer, cases);
};
