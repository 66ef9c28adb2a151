// The course's own text in each of its languages: validate warns of a title, prompt, hint,
// option label or misconception text missing in a language the course is taught in, at the
// English text it would translate, and of translations of things the exercise does not have.
// Asserted by code and position.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_OPTIONS, parseExerciseText } from '../../grader/spec/index.ts';

const PERSIAN_COURSE = { ...DEFAULT_CHECK_OPTIONS, samples: 0, languages: ['fa', 'en'] };

const problemsOf = (yaml: string, options = PERSIAN_COURSE, file = 'exercises/probability/die-at-most.yaml') =>
  parseExerciseText(yaml, file, options).problems.map(({ code, severity, line, col }) => ({ code, severity, line, col }));

// Every text in English and in Persian: the case every test departs from.
const complete = `id: die-at-most
title: A die roll of at most k
topic: probability
points: 2
prompt: A fair die has {{sides}} faces. What is the probability of at most {{k}}?
params:
  sides: { default: 12, choice: [12, 20] }
  k: { default: 4, choice: [3, 4, 5] }
answer:
  kind: scalar
  reference: probability(k, sides)
  tolerance: { decimals: 3 }
misconceptions:
  - use: forgot-complement
    feedback: This is the probability of rolling more than that.
  - use: percent-instead-of-probability
  - id: one-face-only
    title: One favourable face counted
    reference: probability(1, sides)
    feedback: This counts one favourable face.
hints:
  - Count the favourable faces.
  - Then divide by all the faces.
translations:
  fa:
    title: آمدن عددی حداکثر k با تاس
    prompt: یک تاس سالم {{sides}} وجه دارد. احتمال آمدن حداکثر {{k}} چقدر است؟
    hints:
      - وجه‌های مطلوب را بشمارید.
      - سپس بر تعداد همهٔ وجه‌ها تقسیم کنید.
    misconceptions:
      forgot-complement:
        feedback: این احتمال آمدن عددی بزرگ‌تر از k است.
      one-face-only:
        title: شمردن فقط یک وجه مطلوب
        feedback: این پاسخ فقط یک وجه مطلوب را شمرده است.
`;

const warning = (code: string, line: number, col: number) => ({ code, severity: 'warning', line, col });

describe('the course text in every language of the course', () => {
  it('finds nothing to say of an exercise complete in English and Persian', () => {
    expect(problemsOf(complete)).toEqual([]);
  });

  it('warns of each Persian text left out, at the English it translates', () => {
    const english = complete.slice(0, complete.indexOf('translations:'));
    expect(problemsOf(english)).toEqual([
      warning('missing-translation', 2, 8), // title
      warning('missing-translation', 5, 9), // prompt
      warning('missing-translation', 15, 15), // forgot-complement's own feedback
      warning('missing-translation', 18, 12), // one-face-only's title
      warning('missing-translation', 20, 15), // one-face-only's feedback
      warning('missing-translation', 22, 5), // hint 1
      warning('missing-translation', 23, 5), // hint 2
    ]);
  });

  it('says which language and what, and where to add it', () => {
    const [title] = parseExerciseText(complete.replace('    title: آمدن عددی حداکثر k با تاس\n', ''), 'die-at-most.yaml', PERSIAN_COURSE).problems;
    expect(title).toMatchObject({ code: 'missing-translation', message: 'no Persian (fa) title: add translations.fa.title' });
  });

  it('asks nothing of a course taught in English alone', () => {
    const english = complete.slice(0, complete.indexOf('translations:'));
    expect(problemsOf(english, { ...PERSIAN_COURSE, languages: ['en'] })).toEqual([]);
  });

  it('warns of a hint left untranslated at its place, a short list of hints translating the first ones', () => {
    expect(problemsOf(complete.replace('      - سپس بر تعداد همهٔ وجه‌ها تقسیم کنید.\n', ''))).toEqual([warning('missing-translation', 23, 5)]);
  });

  it("warns of a choice option's label in no Persian, at the option's label", () => {
    const choice = `id: house-price-task
title: Predicting a house price
topic: classification-vs-regression
points: 1
prompt: What kind of problem is this?
answer:
  kind: choice
  options:
    - id: classification
      label: Classification
    - id: regression
      label: Regression
  correct: [regression]
translations:
  fa:
    title: پیش‌بینی قیمت خانه
    prompt: این چه نوع مسئله‌ای است؟
    options:
      classification: دسته‌بندی
`;
    expect(problemsOf(choice, PERSIAN_COURSE, 'house-price-task.yaml')).toEqual([warning('missing-translation', 12, 14)]);
  });

  it('refuses a misconception of its own with no English title: students would read its id', () => {
    expect(problemsOf(complete.replace('    title: One favourable face counted\n', ''))).toEqual([
      { code: 'misconception-needs-title', line: 17, col: 9, severity: 'error' },
    ]);
  });

  it('asks for no text a catalogue entry has, but for the text the exercise gives it', () => {
    const withoutOverride = complete
      .replace('    feedback: This is the probability of rolling more than that.\n', '')
      .replace('      forgot-complement:\n        feedback: این احتمال آمدن عددی بزرگ‌تر از k است.\n', '');
    expect(problemsOf(withoutOverride)).toEqual([]);
    const titled = complete.replace('  - use: percent-instead-of-probability\n', '  - use: percent-instead-of-probability\n    title: A percentage\n');
    expect(problemsOf(titled)).toEqual([warning('missing-translation', 17, 12)]);
  });

  it('warns of a translation in a language the course is not taught in, and of translations.en', () => {
    const german = complete.replace('translations:\n', 'translations:\n  de:\n    title: Ein Würfelwurf\n  en:\n    title: Again\n');
    expect(problemsOf(german)).toEqual([warning('undeclared-language', 25, 3), warning('english-translation', 27, 3)]);
  });

  it('warns of a translated hint, option or misconception the exercise does not have', () => {
    const stray = complete
      .replace('      - سپس بر تعداد همهٔ وجه‌ها تقسیم کنید.\n', '      - سپس بر تعداد همهٔ وجه‌ها تقسیم کنید.\n      - یک راهنمای اضافه.\n')
      .replace('    misconceptions:\n', '    options:\n      yes: بله\n    misconceptions:\n      one-face-onyl:\n        title: غلط تایپی\n');
    expect(problemsOf(stray)).toEqual([
      warning('unknown-translation', 31, 9),
      warning('unknown-translation', 33, 7),
      warning('unknown-translation', 35, 7),
    ]);
  });

  it('warns of a translated prompt that does not show a parameter the English prompt shows', () => {
    expect(problemsOf(complete.replace('حداکثر {{k}} چقدر', 'حداکثر k چقدر'))).toEqual([warning('missing-placeholder', 27, 13)]);
  });

  it('refuses a placeholder in a translated prompt or hint that names no parameter', () => {
    const problems = problemsOf(complete.replace('      - وجه‌های مطلوب را بشمارید.\n', '      - وجه‌های مطلوب {{n}} را بشمارید.\n'));
    expect(problems).toEqual([{ code: 'unresolved-placeholder', severity: 'error', line: 29, col: 23 }]);
  });

  it('refuses a translation keyed by something that is not a language code', () => {
    const problems = problemsOf(complete.replace('  fa:\n', '  Farsi:\n'));
    expect(problems).toEqual(expect.arrayContaining([{ code: 'bad-name', severity: 'error', line: 25, col: 3 }]));
  });
});
