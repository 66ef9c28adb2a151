// A language's catalogue: reports/messages/<lang>.yaml, the sentence of every message code in
// ICU MessageFormat (`{count, plural, one {# entry} other {# entries}}`). `parseCatalogue`
// reads the text and checks it against the code definitions, never throwing: a missing code,
// an unknown one, a placeholder the code has no param for, a plural over a param that is not
// a count, each is a Problem with its line and column.
import { createNumberElement, parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { isMap, isScalar } from 'yaml';
import type { Problem } from '../problem.ts';
import { parseYaml, problemAt, problemAtPath, type SourceFile } from '../spec/source.ts';
import { MESSAGE_CODES } from './codes/index.ts';
import type { MessageCode } from './message.ts';
import { placeholders } from './placeholders.ts';
import type { ParamKind } from './params.ts';

export type Direction = 'ltr' | 'rtl';

export interface Catalogue {
  /** The language code (`en`, `fa`): the file's name, and what `--lang` takes. */
  readonly lang: string;
  /** The language's own name for itself (`English`, `فارسی`), for a language menu. */
  readonly name: string;
  readonly direction: Direction;
  /** The locale Intl formats numbers, lists and plurals with (`en-US`, `fa-IR`). */
  readonly locale: string;
  readonly file: string;
  /** Every code's sentence, as written in the file. */
  readonly templates: ReadonlyMap<MessageCode, string>;
  /** The compiled sentence of a code (compiled on first use: a report uses few of them). */
  format(code: MessageCode): IntlMessageFormat;
}

export interface ParsedCatalogue {
  /** Absent when the file is too broken to use (not YAML, no `language` block). */
  readonly catalogue?: Catalogue;
  readonly problems: Problem[];
}

const DEFINITIONS: Readonly<Record<string, Readonly<Record<string, ParamKind>>>> = MESSAGE_CODES;

/** The params ICU formats itself, as numbers of the locale: they may choose a plural form (1 point, 2 points). */
export const NUMERIC_KINDS: ReadonlySet<ParamKind> = new Set(['count', 'points']);

export function parseCatalogue(text: string, file: string, lang: string): ParsedCatalogue {
  const parsed = parseYaml(text, file);
  const { source } = parsed;
  if (source === undefined || parsed.data === undefined) return { problems: parsed.problems };
  const problems = [...parsed.problems];
  const header = readLanguage(source, parsed.data, lang, problems);
  const templates = readMessages(source, parsed.data, problems);
  if (header === undefined) return { problems };
  return { catalogue: makeCatalogue({ ...header, lang, file }, templates), problems };
}

interface Header {
  readonly name: string;
  readonly direction: Direction;
  readonly locale: string;
}

function readLanguage(source: SourceFile, data: unknown, lang: string, problems: Problem[]): Header | undefined {
  const block = (data as { language?: unknown } | null)?.language;
  if (typeof block !== 'object' || block === null) {
    problems.push(problemAtPath(source, ['language'], 'catalogue-language', 'a catalogue starts with `language: { name, direction, locale }`'));
    return undefined;
  }
  const { name, direction, locale } = block as Record<string, unknown>;
  const wrong = (key: string, message: string): undefined => void problems.push(problemAtPath(source, ['language', key], 'catalogue-language', message));
  if (typeof name !== 'string' || name === '') return wrong('name', 'the language needs its `name`, as its speakers write it');
  if (direction !== 'ltr' && direction !== 'rtl') return wrong('direction', '`direction` is `ltr` or `rtl`');
  if (typeof locale !== 'string' || !isLocale(locale)) return wrong('locale', '`locale` is a BCP 47 locale Intl knows, such as `fa-IR`');
  if (!locale.toLowerCase().startsWith(lang.toLowerCase())) {
    return wrong('locale', `the locale ${locale} is not one of the language '${lang}' this file's name gives`);
  }
  return { name, direction, locale };
}

function isLocale(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale).length === 1;
  } catch {
    return false;
  }
}

function readMessages(source: SourceFile, data: unknown, problems: Problem[]): Map<MessageCode, string> {
  const templates = new Map<MessageCode, string>();
  const node = source.doc.get('messages', true);
  if (!isMap(node)) {
    problems.push(problemAtPath(source, ['messages'], 'catalogue-messages', 'the sentences go under `messages:`, one per code'));
    return templates;
  }
  const messages = (data as { messages: Record<string, unknown> }).messages;
  for (const pair of node.items) {
    const code = isScalar(pair.key) ? String(pair.key.value) : '';
    const range = isScalar(pair.key) && pair.key.range ? ([pair.key.range[0], pair.key.range[1]] as const) : ([0, 1] as const);
    const definition = DEFINITIONS[code];
    if (definition === undefined) {
      problems.push(problemAt(source, range, 'unknown-message-code', 'error', `'${code}' is not a message code of the grader`));
      continue;
    }
    const template = messages[code];
    const problem = checkTemplate(template, definition);
    if (problem !== undefined) {
      problems.push(problemAtPath(source, ['messages', code], 'catalogue-message', `'${code}': ${problem}`));
      continue;
    }
    templates.set(code as MessageCode, template as string);
  }
  for (const code of Object.keys(DEFINITIONS)) {
    if (!templates.has(code as MessageCode) && messages[code] === undefined) {
      problems.push(problemAtPath(source, ['messages'], 'missing-message', `no sentence for '${code}'`, { at: 'key' }));
    }
  }
  return templates;
}

/** Why a template cannot render its code's params, or undefined when it can. */
function checkTemplate(template: unknown, definition: Readonly<Record<string, ParamKind>>): string | undefined {
  if (typeof template !== 'string') return 'a sentence is a string';
  const used = placeholders(template);
  if (!used.ok) return `not a valid ICU message: ${used.error}`;
  for (const { name, plural } of used.names) {
    const kind = definition[name];
    const known = Object.keys(definition);
    if (kind === undefined) return `{${name}} is not a param of this code (${known.length === 0 ? 'it has none' : `it has ${known.map((k) => `{${k}}`).join(', ')}`})`;
    if (plural && !NUMERIC_KINDS.has(kind)) return `{${name}} is a ${kind}, and only a count or points can choose a plural form`;
  }
  return undefined;
}

function makeCatalogue(header: Header & { lang: string; file: string }, templates: ReadonlyMap<MessageCode, string>): Catalogue {
  const compiled = new Map<MessageCode, IntlMessageFormat>();
  return {
    ...header,
    templates,
    format(code) {
      let format = compiled.get(code);
      if (format === undefined) {
        const template = templates.get(code);
        if (template === undefined) throw new Error(`the ${header.lang} catalogue has no sentence for '${code}'`);
        format = new IntlMessageFormat(countsAsNumbers(template, DEFINITIONS[code] ?? {}), header.locale, undefined, { ignoreTag: true, formatters: FORMATTERS });
        compiled.set(code, format);
      }
      return format;
    },
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * Intl's formatters, except that a count that is not a number (NaN: a result file that did not
 * hold a number there) is written `?`, in `{count}` and in a plural's `#` alike, and that
 * numbers are not grouped.
 */
const FORMATTERS = {
  getNumberFormat(locales?: string | string[], options?: Intl.NumberFormatOptions): Intl.NumberFormat {
    const key = `${String(locales)}|${JSON.stringify(options ?? {})}`;
    let format = numberFormats.get(key);
    if (format === undefined) {
      // Without grouping, as every other number of a message is written (line 1028, not 1,028).
      const intl = new Intl.NumberFormat(locales, { ...options, useGrouping: false });
      // intl-messageformat calls only format().
      format = { format: (x: number | bigint) => (typeof x === 'number' && Number.isNaN(x) ? '?' : intl.format(x)) } as Intl.NumberFormat;
      numberFormats.set(key, format);
    }
    return format;
  },
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

/** The sentence's tree with every plain `{count}` formatted as a number of the locale (۳ in Persian), as `#` in a plural is. */
function countsAsNumbers(template: string, definition: Readonly<Record<string, ParamKind>>): MessageFormatElement[] {
  const convert = (elements: MessageFormatElement[]): MessageFormatElement[] =>
    elements.map((element) => {
      if (element.type === TYPE.argument && NUMERIC_KINDS.has(definition[element.value]!)) return createNumberElement(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) option.value = convert(option.value);
      }
      return element;
    });
  return convert(parse(template, { ignoreTag: true }));
}
