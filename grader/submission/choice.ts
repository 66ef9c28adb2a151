// A choice as people write it: the option's id or its label in any language the exercise
// gives it in (English, Persian, …), in any case, with any spacing; several options as a
// YAML sequence or "A, C".
import type { OptionLabel } from '../spec/localized.ts';
import { message } from '../messages/message.ts';
import { describeReceived, formatError, type FormatError } from './received.ts';
import { normaliseTyped } from './typed-text.ts';

export interface ParsedChoice {
  readonly ok: true;
  /** The picked option ids, in the exercise's order of options, each once. */
  readonly ids: readonly string[];
}

export type ChoiceResult = ParsedChoice | FormatError;

const comparable = (text: string): string => normaliseTyped(text).toLowerCase().replace(/\s+/g, ' ').replace(/[.。]$/, '');

/** Without any spaces: Persian words are joined by a zero-width non-joiner some keyboards type as a space. */
const compact = (text: string): string => comparable(text).replace(/ /g, '');

function findOption(text: string, options: readonly OptionLabel[]): OptionLabel | undefined {
  const labels = (o: OptionLabel): string[] => Object.values(o.label);
  for (const same of [comparable, compact]) {
    const wanted = same(text);
    const found = options.find((o) => same(o.id) === wanted) ?? options.find((o) => labels(o).some((label) => same(label) === wanted));
    if (found) return found;
  }
  return undefined;
}

/** The option ids, as the student may type them. */
function listOptions(options: readonly OptionLabel[]): string {
  return options.map((o) => o.id).join(', ');
}

/** The texts the student picked: a sequence's items, or one text split at commas unless it names an option whole. */
function pickedTexts(raw: unknown, options: readonly OptionLabel[]): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'number') return [String(raw)];
  if (typeof raw !== 'string') return [raw];
  if (findOption(raw, options)) return [raw];
  return normaliseTyped(raw).split(/[,;]/).map((part) => part.trim()).filter((part) => part !== '');
}

/** `options` with their labels in every language: `optionLabels(exercise)` (spec/localized.ts). */
export function parseChoice(raw: unknown, options: readonly OptionLabel[], multiple = false): ChoiceResult {
  const expected = message(multiple ? 'expected.choices' : 'expected.choice', { options: listOptions(options) });
  const example = multiple ? `[${options.slice(0, 2).map((o) => o.id).join(', ')}]` : (options[0]?.id ?? 'A');
  const texts = pickedTexts(raw, options);
  if (texts.length === 0) return formatError(expected, describeReceived(raw), example);
  if (!multiple && texts.length > 1) return formatError(message('expected.choice-only-one', { options: listOptions(options) }), describeReceived(raw), example);
  const picked = new Set<string>();
  for (const text of texts) {
    const option = typeof text === 'string' || typeof text === 'number' ? findOption(String(text), options) : undefined;
    if (!option) return formatError(expected, describeReceived(text), example);
    picked.add(option.id);
  }
  return { ok: true, ids: options.filter((o) => picked.has(o.id)).map((o) => o.id) };
}
