// A choice among options: right when the student picked exactly the correct set; in a
// multiple choice with per-option credit, each option decided right earns its share.
// The correct set comes from `correct` ids, or from a reference giving option indices.
import type { Value } from '../../../reference/index.ts';
import { optionLabels } from '../../spec/localized.ts';
import type { ChoiceAnswer, ChoiceOption } from '../../spec/types.ts';
import { message } from '../../messages/message.ts';
import { parseChoice } from '../../submission/index.ts';
import { definitionError, diagnosed, type AnswerKindGrader } from './kind.ts';

/** Option ids from a reference value: an index or a list of indices (0-based). */
function idsAt(value: Value | undefined, options: readonly ChoiceOption[]): string[] | undefined {
  if (value === undefined) return undefined;
  const indices = typeof value === 'number' ? [value] : value;
  const ids: string[] = [];
  for (const index of indices) {
    if (typeof index !== 'number' || !Number.isInteger(index)) return undefined;
    const option = options[index];
    if (!option) return undefined;
    ids.push(option.id);
  }
  return options.filter((o) => ids.includes(o.id)).map((o) => o.id);
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));


export const choice: AnswerKindGrader<ChoiceAnswer> = {
  kind: 'choice',
  grade: (ctx, raw) => {
    const { options, multiple = false } = ctx.answer;
    const parsed = parseChoice(raw, optionLabels(ctx.exercise), multiple);
    if (!parsed.ok) return { status: 'invalid', share: 0, feedback: [parsed.reason] };
    const correct = ctx.answer.correct ? options.filter((o) => ctx.answer.correct!.includes(o.id)).map((o) => o.id) : idsAt(ctx.expected, options);
    if (!correct || correct.length === 0) return definitionError(message('definition.no-correct-option'));
    const expected = correct.join(', ');
    if (sameSet(parsed.ids, correct)) return { status: 'correct', share: 1, feedback: [], expected, picked: parsed.ids };

    const named = diagnosed(
      ctx.misconceptions.filter((m) => {
        const ids = idsAt(m.value, options);
        return ids !== undefined && sameSet(parsed.ids, ids);
      }),
    );
    const decidedRight = options.filter((o) => parsed.ids.includes(o.id) === correct.includes(o.id)).length;
    const perOption = multiple && ctx.answer.partial === 'per-option' ? decidedRight / options.length : 0;
    const share = Math.max(perOption, named?.share ?? 0);
    const feedback = named ? [] : [message(multiple ? 'choices-incorrect' : 'choice-incorrect')];
    return {
      status: share > 0 ? 'partial' : 'incorrect',
      share,
      feedback,
      expected,
      picked: parsed.ids,
      ...(named ? { misconception: named.misconception } : {}),
    };
  },
};
