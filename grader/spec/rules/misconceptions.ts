// Each misconception resolves (a catalogue name that exists, or the exercise's own with a
// formula and feedback), is listed once, and is one the grader will actually look for.
import { resolveMisconceptions } from '../../diagnose/index.ts';
import type { Rule } from './context.ts';

export const misconceptionsResolve: Rule = (ctx) => {
  const list = ctx.exercise.misconceptions ?? [];
  for (const problem of resolveMisconceptions(ctx.exercise).problems) {
    const spec = list[problem.index];
    const path = ['misconceptions', problem.index];
    if (problem.code === 'unknown-misconception') ctx.report([...path, 'use'], problem.code, problem.message);
    else ctx.report(path, problem.code, `misconceptions[${problem.index}]: ${problem.message}`, { at: spec?.id !== undefined || spec?.use !== undefined ? 'value' : 'key' });
  }
  const names = new Map<string, number>();
  list.forEach((misconception, i) => {
    const name = misconception.id ?? misconception.use;
    if (name === undefined) return;
    const first = names.get(name);
    if (first === undefined) names.set(name, i);
    else ctx.report(['misconceptions', i, misconception.id !== undefined ? 'id' : 'use'], 'duplicate-misconception', `misconception '${name}' is already listed (entry ${first + 1})`);
  });
  const answer = ctx.exercise.answer;
  if (answer.kind === 'choice' && answer.reference === undefined && list.length > 0) {
    ctx.report(['misconceptions'], 'unused-misconception', "misconceptions of a choice answer are looked for only when a 'reference' gives the correct index; with 'correct' ids they are never diagnosed", { severity: 'warning', at: 'key' });
  }
};
