// What `translations` translates must exist: a language the course is taught in (English is
// the plain fields), an option or misconception the exercise has, a hint at the same place, and
// the same `{{placeholders}}` as the English prompt, so no reader misses their numbers.
// Each is a warning: the rest of the exercise is sound, and the stray text is never shown.
import { describeLanguage, listLanguages } from '../language-names.ts';
import { ENGLISH, misconceptionName } from '../localized.ts';
import { isPlaceholderName, placeholdersIn } from '../prompt.ts';
import { didYouMean } from '../schema/did-you-mean.ts';
import type { ExerciseTranslation } from '../types.ts';
import type { ExerciseContext, Rule } from './context.ts';

const KEY_WARNING = { severity: 'warning', at: 'key' } as const;

export const translationsKnown: Rule = (ctx) => {
  for (const [lang, block] of Object.entries(ctx.exercise.translations ?? {})) {
    const at = ['translations', lang];
    if (lang === ENGLISH) {
      ctx.report(at, 'english-translation', 'translations.en is never read: the plain fields (title, prompt, hints, labels) are the English text', KEY_WARNING);
      continue;
    }
    const languages = ctx.options.languages;
    if (languages !== undefined && !languages.includes(lang)) {
      const message = `the course is not taught in ${describeLanguage(lang)} (languages: ${listLanguages(languages)}): add ${lang} to the course's languages, or remove translations.${lang}`;
      ctx.report(at, 'undeclared-language', message, KEY_WARNING);
    }
    strayTexts(ctx, lang, block);
    placeholdersKept(ctx, lang, block);
  }
};

function strayTexts(ctx: ExerciseContext, lang: string, block: ExerciseTranslation): void {
  const { exercise } = ctx;
  const at = ['translations', lang];
  const hints = exercise.hints ?? [];
  if (block.hints !== undefined && block.hints.length > hints.length) {
    const message = `translations.${lang}.hints has ${block.hints.length} hints and the exercise ${hints.length}: each translates the English hint at its place`;
    ctx.report([...at, 'hints', hints.length], 'unknown-translation', message, { severity: 'warning' });
  }
  const options = exercise.answer.kind === 'choice' ? exercise.answer.options.map((option) => option.id) : [];
  for (const id of Object.keys(block.options ?? {})) {
    if (options.includes(id)) continue;
    const known = options.length > 0 ? `options: ${options.join(', ')}${suggest(id, options)}` : `the answer is ${exercise.answer.kind}, not a choice`;
    ctx.report([...at, 'options', id], 'unknown-translation', `'${id}' is not an option of this exercise (${known})`, KEY_WARNING);
  }
  const misconceptions = (exercise.misconceptions ?? []).flatMap((spec) => misconceptionName(spec) ?? []);
  for (const name of Object.keys(block.misconceptions ?? {})) {
    if (misconceptions.includes(name)) continue;
    const known = misconceptions.length > 0 ? `misconceptions: ${misconceptions.join(', ')}${suggest(name, misconceptions)}` : 'it has none';
    ctx.report([...at, 'misconceptions', name], 'unknown-translation', `'${name}' is not a misconception of this exercise (${known})`, KEY_WARNING);
  }
}

const suggest = (word: string, candidates: readonly string[]): string => {
  const guess = didYouMean(word, candidates);
  return guess === undefined ? '' : `; did you mean '${guess}'?`;
};

/** A translated prompt shows every parameter the English one shows (extra or unknown ones are the placeholder rule's). */
function placeholdersKept(ctx: ExerciseContext, lang: string, block: ExerciseTranslation): void {
  if (block.prompt === undefined) return;
  const names = (text: string) => new Set(placeholdersIn(text).map((p) => p.name).filter(isPlaceholderName));
  const translated = names(block.prompt);
  const left = [...names(ctx.exercise.prompt)].filter((name) => !translated.has(name));
  if (left.length === 0) return;
  const message = `translations.${lang}.prompt does not show ${left.map((name) => `{{${name}}}`).join(', ')}, which the English prompt shows: a reader of ${describeLanguage(lang)} would not see those numbers`;
  ctx.report(['translations', lang, 'prompt'], 'missing-placeholder', message, { severity: 'warning' });
}
