// The params a sentence uses, read from its ICU syntax tree: each name, and whether it is
// formatted by ICU itself (a plural, a number), which only a count's plain number allows.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { toError } from '../problem.ts';

export interface Placeholder {
  readonly name: string;
  /** Used as `{n, plural, …}`, `{n, selectordinal, …}`, `{n, number}` or `{n, select, …}`. */
  readonly plural: boolean;
}

export type Placeholders = { readonly ok: true; readonly names: readonly Placeholder[] } | { readonly ok: false; readonly error: string };

export function placeholders(template: string): Placeholders {
  let tree: MessageFormatElement[];
  try {
    tree = parse(template, { ignoreTag: true });
  } catch (error: unknown) {
    return { ok: false, error: toError(error).message };
  }
  const names: Placeholder[] = [];
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.argument) names.push({ name: element.value, plural: false });
      else if (element.type === TYPE.plural || element.type === TYPE.select) {
        names.push({ name: element.value, plural: true });
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
        names.push({ name: element.value, plural: true });
      }
    }
  };
  walk(tree);
  return { ok: true, names };
}
