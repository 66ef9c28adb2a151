// The one reader of `translations`: the course's own text as LocalizedText, English from the
// plain fields, every other language from `translations.<lang>`.
import { describe, expect, it } from 'vitest';
import {
  assignmentTitle,
  courseLanguages,
  courseName,
  defaultLanguage,
  exerciseHints,
  exerciseLanguages,
  exercisePrompt,
  exerciseTitle,
  misconceptionTexts,
  optionLabels,
  withEnglish,
} from '../../grader/spec/localized.ts';
import type { CourseSpec, ExerciseSpec } from '../../grader/spec/types.ts';

const softmax: ExerciseSpec = {
  id: 'softmax-three-logits',
  title: 'Softmax of three logits',
  topic: 'softmax',
  points: 4,
  prompt: 'The logits are z = {{z}}.',
  params: { z: { default: [2, 1, 0.1], vector: { length: 3, min: 0.1, max: 4, step: 0.1 } } },
  answer: { kind: 'vector', reference: 'softmax(z)' },
  hints: ['Divide each e^zᵢ by their sum.', 'The values sum to 1.'],
  misconceptions: [
    { use: 'sigmoid-instead-of-softmax', reference: 'sigmoid.each(z)' },
    { use: 'forgot-complement', feedback: 'This is the other class.' },
    { id: 'hard-max', title: 'All on the largest logit', reference: 'oneHot(argmax(z), 3)', feedback: 'Softmax gives every class a share.' },
  ],
  translations: {
    fa: {
      title: 'سافت‌مکس سه لاجیت',
      prompt: 'لاجیت‌ها z = {{z}} هستند.',
      hints: ['هر e^zᵢ را بر مجموعشان تقسیم کنید.'],
      misconceptions: {
        'sigmoid-instead-of-softmax': { title: 'سیگموید به جای سافت‌مکس' },
        'forgot-complement': { feedback: 'این احتمال کلاس دیگر است.' },
        'hard-max': { title: 'همه برای بزرگ‌ترین لاجیت', feedback: 'سافت‌مکس به هر کلاس سهمی می‌دهد.' },
      },
    },
    de: { title: 'Softmax dreier Logits' },
  },
};

const houseKind: ExerciseSpec = {
  id: 'house-price-kind',
  title: 'Classification or regression?',
  topic: 'classification-vs-regression',
  points: 1,
  prompt: 'A model predicts the price of a house.',
  answer: {
    kind: 'choice',
    options: [
      { id: 'classification', label: 'Classification' },
      { id: 'regression', label: 'Regression' },
      // An option id that is also a name every JavaScript object inherits.
      { id: 'constructor', label: 'Constructor' },
    ],
    correct: ['regression'],
  },
  translations: { fa: { options: { classification: 'دسته‌بندی', regression: 'رگرسیون' } } },
};

const course: CourseSpec = {
  name: 'Introduction to machine learning',
  salt: 's',
  assignments: [
    { id: 'week-1', title: 'Probability and activations', due: '2026-10-12T23:59:00+03:30', exercises: ['softmax-three-logits'] },
    { id: 'week-2', title: 'Losses', due: '2026-10-19T23:59:00+03:30', exercises: ['house-price-kind'] },
  ],
  languages: ['fa', 'en'],
  translations: { fa: { name: 'مقدمه‌ای بر یادگیری ماشین', assignments: { 'week-1': 'احتمال و توابع فعال‌سازی' } } },
};

describe('the localized text of an exercise', () => {
  it('gives the title and the prompt in English and in every language the exercise has, placeholders as written', () => {
    expect(exerciseTitle(softmax)).toEqual({ en: 'Softmax of three logits', fa: 'سافت‌مکس سه لاجیت', de: 'Softmax dreier Logits' });
    expect(exercisePrompt(softmax)).toEqual({ en: 'The logits are z = {{z}}.', fa: 'لاجیت‌ها z = {{z}} هستند.' });
    expect(exerciseLanguages(softmax)).toEqual(['en', 'fa', 'de']);
  });

  it('gives each hint with the translation at its place, English alone where a language has none', () => {
    expect(exerciseHints(softmax)).toEqual([
      { en: 'Divide each e^zᵢ by their sum.', fa: 'هر e^zᵢ را بر مجموعشان تقسیم کنید.' },
      { en: 'The values sum to 1.' },
    ]);
    expect(exerciseHints(houseKind)).toEqual([]);
  });

  it("gives each option's label in every language, and nothing inherited for an id like 'constructor'", () => {
    expect(optionLabels(houseKind)).toEqual([
      { id: 'classification', label: { en: 'Classification', fa: 'دسته‌بندی' } },
      { id: 'regression', label: { en: 'Regression', fa: 'رگرسیون' } },
      { id: 'constructor', label: { en: 'Constructor' } },
    ]);
    expect(optionLabels(softmax)).toEqual([]);
  });

  it("gives of each misconception only what the exercise file says: a catalogue entry's own texts are not its", () => {
    expect(misconceptionTexts(softmax)).toEqual([
      { id: 'sigmoid-instead-of-softmax', own: false, title: { fa: 'سیگموید به جای سافت‌مکس' }, feedback: {} },
      { id: 'forgot-complement', own: false, title: {}, feedback: { en: 'This is the other class.', fa: 'این احتمال کلاس دیگر است.' } },
      {
        id: 'hard-max',
        own: true,
        title: { en: 'All on the largest logit', fa: 'همه برای بزرگ‌ترین لاجیت' },
        feedback: { en: 'Softmax gives every class a share.', fa: 'سافت‌مکس به هر کلاس سهمی می‌دهد.' },
      },
    ]);
  });

  it('is LocalizedText only where the English is there', () => {
    const [catalogue, overridden] = misconceptionTexts(softmax);
    expect(withEnglish(catalogue!.title)).toBeUndefined();
    expect(withEnglish(overridden!.feedback)).toEqual({ en: 'This is the other class.', fa: 'این احتمال کلاس دیگر است.' });
  });

  it('never reads translations.en: the plain fields are the English', () => {
    const odd = { ...softmax, translations: { en: { title: 'Another title' } } };
    expect(exerciseTitle(odd)).toEqual({ en: 'Softmax of three logits' });
  });
});

describe('the localized text of the course', () => {
  it('gives its name and the titles of its assignments, English where a language has none', () => {
    expect(courseName(course)).toEqual({ en: 'Introduction to machine learning', fa: 'مقدمه‌ای بر یادگیری ماشین' });
    expect(assignmentTitle(course, 'week-1')).toEqual({ en: 'Probability and activations', fa: 'احتمال و توابع فعال‌سازی' });
    expect(assignmentTitle(course, 'week-2')).toEqual({ en: 'Losses' });
    expect(assignmentTitle(course, 'week-9')).toBeUndefined();
  });

  it('is taught in its languages, the first the default; in English alone when it says nothing', () => {
    expect(courseLanguages(course)).toEqual(['fa', 'en']);
    expect(defaultLanguage(course)).toBe('fa');
    const { languages: _languages, ...rest } = course;
    const english: CourseSpec = rest;
    expect(courseLanguages(english)).toEqual(['en']);
    expect(defaultLanguage(english)).toBe('en');
  });
});
