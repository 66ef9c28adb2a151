// Each misconception resolves (a catalogue name that exists, or the exercise's own with a
// formula and feedback), is listed once, and is one the grader will actually look for.
import { resolveMisconceptions } from '../../diagnose/index.ts';
import type { Rule } from './context.ts';

export const misconceptionsResolve: Rule = (ctx) => {
  const list = ctx.exercise.misconceptions ?? [];
  for (const problem of resolveMisconceptions(ctx.exercise).problems) {
    const spec = list[problem.index];
    const path = ['misconceptions', problem.index];
    // Point at the name the entry goes by, or at the entry when it has none.
    const name = spec?.id !== undefined ? 'id' : spec?.use !== undefined ? 'use' : undefined;
    const message = problem.code === 'unknown-misconception' ? problem.message : `misconceptions[${problem.index}]: ${problem.message}`;
    ctx.report(name === undefined ? path : [...path, name], problem.code, message);
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
