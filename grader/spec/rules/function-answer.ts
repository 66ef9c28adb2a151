// A function answer's cases and conventions give exactly the declared arguments, each of
// its declared kind, and the reference gives a finite result of the declared shape on each.
import { checkKind, type Value } from '../../../reference/index.ts';
import { drawRandomCases } from '../../variant/index.ts';
import { formatValue } from '../prompt.ts';
import type { Path } from '../source.ts';
import type { CaseArgs, FunctionAnswer } from '../types.ts';
import type { ExerciseContext, Rule } from './context.ts';
import { answerShapeProblem } from './evaluation.ts';
import { sameValue } from './params.ts';
import { functionMisconceptions } from './function-misconceptions.ts';
import { formatCase, resultAt } from './function-reference.ts';
import { sampleStudents } from './variants.ts';

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

/** Seeded random cases need no more than this many draws to show that the reference holds up. */
const MAX_RANDOM_DRAWS = 200;

/** Draws each sampled student's random cases and checks the reference on them. */
function randomCases(ctx: ExerciseContext, answer: FunctionAnswer): CaseArgs[] {
  const random = answer.cases.random;
  if (!random || answer.args.some((arg) => !(arg.name in random.args))) return [];
  const students = sampleStudents(ctx.options.samples);
  const perStudent = Math.max(1, Math.min(random.count, Math.floor(MAX_RANDOM_DRAWS / Math.max(1, students.length))));
  const drawn: CaseArgs[] = [];
  for (const studentId of students) {
    // The very cases grading gives these students.
    for (const args of drawRandomCases(answer, { salt: ctx.options.salt, exerciseId: ctx.exercise.id, studentId }, perStudent)) {
      const kind = answer.args.find((arg) => checkKind(arg.kind, args[arg.name]!) !== undefined);
      const result = kind ? { code: 'argument-type', message: `'${kind.name}' is drawn outside its kind ${kind.kind}` } : resultAt(ctx, answer, args);
      if (result && 'code' in result) {
        ctx.report(['answer', 'cases', 'random'], result.code, `${result.message} (a drawn case: ${formatCase(args)})`);
        return [];
      }
      drawn.push(args);
    }
  }
  return drawn;
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

export const functionAnswerConsistent: Rule = (ctx) => {
  const answer = ctx.exercise.answer;
  if (answer.kind !== 'function') return;
  const names = answer.args.map((arg) => arg.name);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) ctx.report(['answer', 'args', i, 'name'], 'duplicate-argument', `argument '${name}' is declared twice`);
  });
  const cases = [...checkCases(ctx, answer), ...randomCases(ctx, answer)];
  checkConventions(ctx, answer);
  functionMisconceptions(ctx, answer, cases);
};
