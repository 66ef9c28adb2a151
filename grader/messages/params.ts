// The kinds of value a message's params can hold, and how each is shown. A param's kind
// decides its formatting at render time, per language: a `count` or a `number` is prose
// (Persian digits in a Persian report), a `value` or a `text` stays as written, isolated
// left to right (math, vectors, code, the student's own answer).
import type { Value } from '../../reference/index.ts';

export interface LocalizedText {
  /** The course's text in English (the exercise file's plain field: `title`, `prompt`, …). */
  readonly en: string;
  /** The same text in other languages, by language code (`title_fa` gives `fa`). */
  readonly [lang: string]: string;
}

export interface ParamKinds {
  /** A whole number in prose (3 cases): the language's digits; plural forms may depend on it. */
  readonly count: number;
  /** A real number in prose (the values add up to 2.858): 4 significant figures, the language's digits. */
  readonly number: number;
  /** Points (7.5): at most two decimals, the language's digits. */
  readonly points: number;
  /** A percentage, given as 0 to 100 (10 gives 10%). */
  readonly percent: number;
  /** 1-based positions (entries 2 and 3), joined as the language joins a list. */
  readonly positions: readonly number[];
  /** A number or a vector as math: digits as written, left to right. */
  readonly value: Value;
  /** Untrusted text (the student's answer, a thrown message): verbatim, left to right, as code. */
  readonly text: string;
  /** A name from code or files (a function, a parameter, a file, an exercise id): as code. */
  readonly name: string;
  /** Words already in the reader's language (a weekday, a month, as Intl wrote them): shown as they are. */
  readonly word: string;
  /** A formula or a rule (`|answer − expected| ≤ 0.005`): math, left to right, not as code. */
  readonly math: string;
  /** A moment (ISO 8601 with an offset or a zone), shown in `zone` (an IANA name, `Z` or `+03:30`) as the language writes dates. */
  readonly time: { readonly at: string; readonly zone: string };
  /** Text the course gives in each of its languages (a title, a misconception's feedback). */
  readonly course: LocalizedText;
  /** Another message, rendered in the same language (the reason inside "could not be read: …"). */
  readonly message: MessageLike;
  /** Messages shown one after the other, as the language lists units ("1 day 10 hours"). */
  readonly parts: readonly MessageLike[];
}

export type ParamKind = keyof ParamKinds;

/** A message as data: what the grader stores, instead of a sentence. */
export interface MessageLike {
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export const PARAM_KINDS: readonly ParamKind[] = ['count', 'number', 'points', 'percent', 'positions', 'value', 'text', 'name', 'math', 'time', 'word', 'course', 'message', 'parts'];
