// The exercise's own text in every language the course is taught in: for each language besides
// English, its title, prompt, every hint, every option label, and the title and feedback of each
// misconception the exercise words itself. A missing one is a warning at the English text it
// would translate (students reading that language get the English). (An exercise's own
// misconception with no English title at all is an error of diagnose/resolve.ts.)
import { describeLanguage } from '../language-names.ts';
import { ENGLISH, misconceptionName } from '../localized.ts';
import type { Path } from '../source.ts';
import type { ExerciseTranslation, MisconceptionSpec } from '../types.ts';
import type { ExerciseContext, Rule } from './context.ts';

const WARNING = { severity: 'warning' } as const;

/** One language's check: `missing(path, what, where)` warns that `what` has no text at `where`. */
type Missing = (path: Path, what: string, where: string) => void;

export const translationsComplete: Rule = (ctx) => {
  for (const lang of ctx.options.languages ?? []) {
    if (lang === ENGLISH) continue;
    const translations = ctx.exercise.translations;
    const block: ExerciseTranslation = hasOwn(translations, lang) ? (translations[lang] ?? {}) : {};
    const missing: Missing = (path, what, where) =>
      ctx.report(path, 'missing-translation', `no ${describeLanguage(lang)} ${what}: add translations.${lang}.${where}`, WARNING);
    languageComplete(ctx, block, missing);
  }
};

function languageComplete(ctx: ExerciseContext, block: ExerciseTranslation, missing: Missing): void {
  const { exercise } = ctx;
  if (block.title === undefined) missing(['title'], 'title', 'title');
  if (block.prompt === undefined) missing(['prompt'], 'prompt', 'prompt');
  exercise.hints?.forEach((_, i) => {
    if (block.hints?.[i] === undefined) missing(['hints', i], `text for hint ${i + 1}`, `hints (one for each hint, in the same order)`);
  });
  if (exercise.answer.kind === 'choice') {
    exercise.answer.options.forEach((option, i) => {
      if (!hasText(block.options, option.id)) missing(['answer', 'options', i, 'label'], `label for option '${option.id}'`, `options.${option.id}`);
    });
  }
  exercise.misconceptions?.forEach((spec, i) => misconceptionComplete(spec, i, block, missing));
}

/** The texts the exercise words itself: all of its own misconception's, a catalogue entry's where it overrides them. */
function misconceptionComplete(spec: MisconceptionSpec, index: number, block: ExerciseTranslation, missing: Missing): void {
  const name = misconceptionName(spec);
  if (name === undefined) return;
  const entry = hasOwn(block.misconceptions, name) ? block.misconceptions[name] : undefined;
  const path = ['misconceptions', index];
  for (const field of ['title', 'feedback'] as const) {
    if (spec.id === undefined && spec[field] === undefined) continue;
    if (entry?.[field] !== undefined) continue;
    const at = spec[field] !== undefined ? [...path, field] : [...path, 'id'];
    missing(at, `${field} for misconception '${name}'`, `misconceptions.${name}.${field}`);
  }
}

function hasOwn<T>(record: Readonly<Record<string, T>> | undefined, key: string): record is Readonly<Record<string, T>> {
  return record !== undefined && Object.hasOwn(record, key);
}

const hasText = (record: Readonly<Record<string, string>> | undefined, key: string): boolean => hasOwn(record, key) && typeof record[key] === 'string';
