// A choice answer names its correct options one way (`correct` or `reference`), the ids
// it names exist, option ids are unique, and a single choice has one correct option.
import type { Rule } from './context.ts';

export const choiceAnswerConsistent: Rule = (ctx) => {
  const answer = ctx.exercise.answer;
  if (answer.kind !== 'choice') return;
  const seen = new Map<string, number>();
  answer.options.forEach((option, i) => {
    const first = seen.get(option.id);
    if (first !== undefined) {
      ctx.report(['answer', 'options', i, 'id'], 'duplicate-option', `option id '${option.id}' is already used by option ${first + 1}`);
    } else {
      seen.set(option.id, i);
    }
  });
  if (answer.correct === undefined && answer.reference === undefined) {
    ctx.report(['answer'], 'missing-key', "a choice answer needs 'correct' (option ids) or 'reference' (an expression giving the option's index)", { at: 'key' });
  }
  if (answer.correct !== undefined && answer.reference !== undefined) {
    ctx.report(['answer', 'reference'], 'conflicting-keys', "give either 'correct' or 'reference', not both", { at: 'key' });
  }
  const correct = answer.correct ?? [];
  correct.forEach((id, i) => {
    if (!seen.has(id)) {
      ctx.report(['answer', 'correct', i], 'unknown-option', `'${id}' is not an option id (options: ${[...seen.keys()].join(', ')})`);
    }
    if (correct.indexOf(id) !== i) ctx.report(['answer', 'correct', i], 'duplicate-option', `'${id}' is listed twice`);
  });
  if (!answer.multiple && correct.length > 1) {
    ctx.report(['answer', 'correct'], 'too-many-correct', `a single choice has one correct option, got ${correct.length}; add 'multiple: true' if students pick several`);
  }
};
