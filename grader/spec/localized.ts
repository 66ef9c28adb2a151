// The one reader of `translations`: the course's own text in every language it is given in.
// The plain fields of an exercise or of the course file are English; `translations.<lang>`
// holds the same text in another language. Each function here returns LocalizedText
// (`{ en, fa, … }`), English always, another language only where the file gives it. Prompts
// come with their `{{placeholders}}` as written: they are filled per student elsewhere.
import type { LocalizedText } from '../messages/params.ts';
import type { CourseSpec, CourseTranslation, ExerciseSpec, ExerciseTranslation, MisconceptionSpec } from './types.ts';

/** Text that some languages give and others may not, `en` included: what an exercise says of a catalogue entry. */
export type GivenText = Readonly<Partial<Record<string, string>>>;

/** What the exercise file says of one of its misconceptions, in each language it says it. */
export interface MisconceptionTexts {
  /** The catalogue entry's name (`use`) or the exercise's own `id`. */
  readonly id: string;
  /** True for the exercise's own (`id:`), false for a catalogue entry (`use:`), whose own texts are not here. */
  readonly own: boolean;
  readonly title: GivenText;
  readonly feedback: GivenText;
}

/** The language every course has: the plain fields are written in it. */
export const ENGLISH = 'en';

const own = (record: object | undefined, key: string): unknown =>
  record !== undefined && Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;

/** The text each language gives, by `pick` from its translation block; `en` comes only from the plain field. */
function given<T extends object>(english: string | undefined, translations: Readonly<Record<string, T>> | undefined, pick: (block: T) => unknown): GivenText {
  const entries: [string, string][] = english === undefined ? [] : [[ENGLISH, english]];
  for (const [lang, block] of Object.entries(translations ?? {})) {
    if (lang === ENGLISH || typeof block !== 'object' || block === null) continue;
    const text = pick(block);
    if (typeof text === 'string') entries.push([lang, text]);
  }
  return Object.fromEntries(entries);
}

function localized<T extends object>(english: string, translations: Readonly<Record<string, T>> | undefined, pick: (block: T) => unknown): LocalizedText {
  return given(english, translations, pick) as LocalizedText;
}

/** The text as LocalizedText when it has its English, else undefined. */
export function withEnglish(text: GivenText): LocalizedText | undefined {
  return typeof text[ENGLISH] === 'string' ? (text as LocalizedText) : undefined;
}

/** The languages the exercise gives any text in: English, then its translations in file order. */
export function exerciseLanguages(exercise: Pick<ExerciseSpec, 'translations'>): string[] {
  return [ENGLISH, ...Object.keys(exercise.translations ?? {}).filter((lang) => lang !== ENGLISH)];
}

export function exerciseTitle(exercise: Pick<ExerciseSpec, 'title' | 'translations'>): LocalizedText {
  return localized(exercise.title, exercise.translations, (block: ExerciseTranslation) => block.title);
}

/** The prompt in each language, its `{{placeholders}}` not filled (renderPrompt fills them). */
export function exercisePrompt(exercise: Pick<ExerciseSpec, 'prompt' | 'translations'>): LocalizedText {
  return localized(exercise.prompt, exercise.translations, (block: ExerciseTranslation) => block.prompt);
}

/** Each hint in each language, in the order of the English hints. */
export function exerciseHints(exercise: Pick<ExerciseSpec, 'hints' | 'translations'>): LocalizedText[] {
  return (exercise.hints ?? []).map((hint, i) =>
    localized(hint, exercise.translations, (block: ExerciseTranslation) => (Array.isArray(block.hints) ? block.hints[i] : undefined)),
  );
}

export interface OptionLabel {
  readonly id: string;
  readonly label: LocalizedText;
}

/** Each option of a choice answer with its label in each language, in the exercise's order; none for other kinds. */
export function optionLabels(exercise: Pick<ExerciseSpec, 'answer' | 'translations'>): OptionLabel[] {
  if (exercise.answer.kind !== 'choice') return [];
  return exercise.answer.options.map((option) => ({
    id: option.id,
    label: localized(option.label, exercise.translations, (block: ExerciseTranslation) => own(block.options, option.id)),
  }));
}

/** The name a misconception goes by in the exercise, which is also its key under `translations.<lang>.misconceptions`. */
export function misconceptionName(spec: MisconceptionSpec): string | undefined {
  return spec.id ?? spec.use;
}

/**
 * What the exercise file gives of each misconception's title and feedback, per language, in
 * the order of its `misconceptions`. A catalogue entry the exercise says nothing of has empty
 * texts: the catalogue's own title and feedback are not the exercise's to give.
 */
export function misconceptionTexts(exercise: Pick<ExerciseSpec, 'misconceptions' | 'translations'>): MisconceptionTexts[] {
  return (exercise.misconceptions ?? []).flatMap((spec) => {
    const id = misconceptionName(spec);
    if (id === undefined) return [];
    const pick = (field: 'title' | 'feedback') => (block: ExerciseTranslation) => {
      const entry = own(block.misconceptions, id);
      return typeof entry === 'object' && entry !== null ? own(entry, field) : undefined;
    };
    return [{ id, own: spec.id !== undefined, title: given(spec.title, exercise.translations, pick('title')), feedback: given(spec.feedback, exercise.translations, pick('feedback')) }];
  });
}

/** The languages the course is taught in, its default first: `languages`, else English alone. */
export function courseLanguages(course: Pick<CourseSpec, 'languages'>): readonly string[] {
  return course.languages !== undefined && course.languages.length > 0 ? course.languages : [ENGLISH];
}

/** The language of everything written for a student, unless they ask for another. */
export function defaultLanguage(course: Pick<CourseSpec, 'languages'>): string {
  return courseLanguages(course)[0]!;
}

export function courseName(course: Pick<CourseSpec, 'name' | 'translations'>): LocalizedText {
  return localized(course.name, course.translations, (block: CourseTranslation) => block.name);
}

/** An assignment's title in each language; undefined for an id the course does not have. */
export function assignmentTitle(course: Pick<CourseSpec, 'assignments' | 'translations'>, assignmentId: string): LocalizedText | undefined {
  const assignment = course.assignments.find((a) => a.id === assignmentId);
  if (assignment === undefined) return undefined;
  return localized(assignment.title, course.translations, (block: CourseTranslation) => own(block.assignments, assignmentId));
}
