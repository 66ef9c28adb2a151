// Where an exercise holds reference expressions, and which names each may read.
import type { Path } from '../source.ts';
import type { ExerciseSpec } from '../types.ts';

export interface ExpressionSite {
  readonly path: Path;
  readonly text: string;
  readonly role: 'answer' | 'misconception' | 'derived';
  readonly known: ReadonlySet<string>;
}

/** The name a misconception's formula reads for the correct value. */
export const EXPECTED = 'expected';

/** The names the answer's reference reads: the function's arguments, or the parameters. */
export function answerNames(exercise: ExerciseSpec): string[] {
  return exercise.answer.kind === 'function'
    ? exercise.answer.args.map((arg) => arg.name)
    : Object.keys(exercise.params ?? {});
}

export function expressionsOf(exercise: ExerciseSpec): ExpressionSite[] {
  const sites: ExpressionSite[] = [];
  const params = Object.keys(exercise.params ?? {});
  for (const [name, spec] of Object.entries(exercise.params ?? {})) {
    if ('derived' in spec) {
      sites.push({ path: ['params', name, 'derived'], text: spec.derived, role: 'derived', known: new Set(params.filter((p) => p !== name)) });
    }
  }
  const answer = exercise.answer;
  if (answer.reference !== undefined) {
    sites.push({ path: ['answer', 'reference'], text: answer.reference, role: 'answer', known: new Set(answerNames(exercise)) });
  }
  exercise.misconceptions?.forEach((misconception, i) => {
    if (misconception.reference !== undefined) {
      sites.push({
        path: ['misconceptions', i, 'reference'],
        text: misconception.reference,
        role: 'misconception',
        // A choice answer given by `correct` ids has no computed value for `expected` to name.
        known: new Set([...answerNames(exercise), ...(answer.reference !== undefined || answer.kind === 'function' ? [EXPECTED] : [])]),
      });
    }
  });
  return sites;
}

/** Where a misconception is written: its own formula when it has one, else its name. */
export function misconceptionSite(exercise: ExerciseSpec, id: string): { path: Path; own: boolean } {
  const list = exercise.misconceptions ?? [];
  const index = list.findIndex((spec) => (spec.id ?? spec.use) === id);
  const spec = list[index];
  if (spec?.reference !== undefined) return { path: ['misconceptions', index, 'reference'], own: true };
  return { path: ['misconceptions', index, spec?.use !== undefined ? 'use' : 'id'], own: false };
}
