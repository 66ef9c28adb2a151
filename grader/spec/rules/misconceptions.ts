// Each misconception is either the catalogue's (`use`) or the exercise's own (`id`, with
// its formula and feedback), and each is diagnosed at most once per exercise.
import type { Rule } from './context.ts';

export const misconceptionsWellFormed: Rule = (ctx) => {
  const names = new Map<string, number>();
  ctx.exercise.misconceptions?.forEach((misconception, i) => {
    const path = ['misconceptions', i];
    if (misconception.use !== undefined && misconception.id !== undefined) {
      ctx.report([...path, 'id'], 'conflicting-keys', "give 'use' (a catalogue misconception) or 'id' (the exercise's own), not both", { at: 'key' });
    }
    if (misconception.use === undefined && misconception.id === undefined) {
      ctx.report(path, 'missing-key', "a misconception needs 'use' (a catalogue name) or 'id' (its own name, with reference and feedback)");
    }
    if (misconception.id !== undefined && misconception.use === undefined) {
      for (const key of ['reference', 'feedback'] as const) {
        if (misconception[key] === undefined) {
          ctx.report(path, 'missing-key', `misconception '${misconception.id}' is the exercise's own, so it needs '${key}'`);
        }
      }
    }
    const name = misconception.use ?? misconception.id;
    if (name === undefined) return;
    const first = names.get(name);
    if (first !== undefined) {
      ctx.report([...path, misconception.use !== undefined ? 'use' : 'id'], 'duplicate-misconception', `misconception '${name}' is already listed (entry ${first + 1})`);
    } else {
      names.set(name, i);
    }
  });
};
