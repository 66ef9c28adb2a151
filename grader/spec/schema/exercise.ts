// The JSON Schema of one exercise file. `agreement.ts` checks that the type it accepts
// is exactly `ExerciseSpec`.
import { VALUE_KINDS } from '../../../reference/index.ts';
import { TOPICS } from '../types.ts';
import {
  array, boolean, integer, literal, number, object, oneOfStrings, record, schemaDocument, string, union,
  type Discrimination,
} from './build.ts';
import { caseArgs, drawnParam, ID_PATTERN, isObject, LANGUAGE_PATTERN, limits, NAME_PATTERN, param, reveal, tolerance, value } from './values.ts';

const reference = (example: string) =>
  string({ minLength: 1, description: 'An expression calling the reference implementation; never a typed-in number.', examples: [example] });

const scalarAnswer = object(
  { kind: literal('scalar'), reference: reference('binaryCrossEntropyOne(y, yHat)') },
  { tolerance },
  { description: 'One number.' },
);

const vectorAnswer = object(
  { kind: literal('vector'), reference: reference('softmax(z)') },
  {
    tolerance,
    partial: oneOfStrings(['none', 'per-element'], { description: '`per-element` gives credit for each entry within tolerance.' }),
    checks: array(oneOfStrings(['sums-to-one', 'probabilities']), {
      uniqueItems: true,
      description: "Structural checks on the student's vector, each with its own feedback.",
    }),
  },
  { description: 'A vector of numbers, compared entry by entry.' },
);

export const choiceOption = object({
  id: string({ pattern: ID_PATTERN }),
  label: string({ minLength: 1, description: 'In English; other languages under `translations.<lang>.options`.' }),
});

const choiceAnswer = object(
  { kind: literal('choice'), options: array(choiceOption, { minItems: 2 }) },
  {
    multiple: boolean({ description: 'Several options may be picked; the student must pick exactly the correct set.' }),
    correct: array(string({ pattern: ID_PATTERN }), { minItems: 1, description: 'The correct option ids.' }),
    reference: reference('predictClass(z)'),
    partial: oneOfStrings(['none', 'per-option'], { description: '`per-option` gives credit for each option decided right.' }),
  },
  { description: 'Pick one option (or several, with `multiple: true`): `correct` ids, or a `reference` giving the 0-based index.' },
);

const functionAnswer = object(
  {
    kind: literal('function'),
    name: string({ pattern: NAME_PATTERN, description: "The name the student's file must export." }),
    signature: string({ minLength: 1, description: 'Shown to the student.', examples: ['(x: number) => number'] }),
    args: array(object({ name: string({ pattern: NAME_PATTERN }), kind: oneOfStrings(VALUE_KINDS) }), { minItems: 1 }),
    reference: reference('reluDerivative(x)'),
    returns: oneOfStrings(['number', 'vector']),
    cases: object(
      {},
      {
        visible: array(caseArgs, { description: 'Shown to the student with their expected results.' }),
        hidden: array(caseArgs, { description: 'Graded but never shown.' }),
        random: object(
          {
            count: integer({ minimum: 1, maximum: 1000 }),
            args: record(drawnParam, { keyPattern: NAME_PATTERN, description: 'How each argument is drawn.' }),
          },
          {},
          { description: 'Cases drawn per student from a seed.' },
        ),
      },
      { minProperties: 1 },
    ),
  },
  {
    tolerance,
    conventions: array(
      object(
        {
          at: caseArgs,
          accept: array(value, { minItems: 1, description: 'Every answer accepted at these arguments.' }),
        },
        { note: string({ description: 'Why more than one answer is right.' }) },
      ),
      { description: 'Where a definition has more than one accepted convention (ReLU′(0) ∈ {0, 1}).' },
    ),
    limits,
  },
  { description: 'The student writes a function, run on visible, hidden and seeded random cases.' },
);

const ANSWER_KINDS = ['scalar', 'vector', 'choice', 'function'] as const;

export const answer = union(
  [scalarAnswer, vectorAnswer, choiceAnswer, functionAnswer],
  (v): Discrimination => {
    if (!isObject(v)) return { code: 'wrong-type', message: 'an answer is a mapping like { kind: scalar, reference: sigmoid(x) }' };
    if (!('kind' in v)) return { code: 'missing-key', message: `an answer needs a kind: ${ANSWER_KINDS.join(', ')}` };
    const branch = ANSWER_KINDS.indexOf(v.kind as (typeof ANSWER_KINDS)[number]);
    if (branch === -1) return { code: 'bad-value', message: `kind must be one of ${ANSWER_KINDS.join(', ')}`, key: 'kind' };
    return { branch };
  },
  { description: 'What the student answers and how it is checked.' },
);

export const misconception = object(
  {},
  {
    use: string({ pattern: ID_PATTERN, description: "A misconception of the course's catalogue, by name." }),
    id: string({ pattern: ID_PATTERN, description: "The exercise's own misconception (give `reference` and `feedback`)." }),
    title: string({ minLength: 1, description: 'A short name for the mistake, in English, shown above its feedback (the catalogue gives one for its entries).' }),
    reference: string({ minLength: 1, description: 'The wrong formula; may read the parameters and `expected`.', examples: ['sigmoid.each(z)'] }),
    feedback: string({ minLength: 1, description: 'What the student is told when their answer matches this formula.' }),
    credit: number({ minimum: 0, maximum: 1, description: 'The share of the points still given for this mistake.' }),
  },
  { minProperties: 1 },
);

const text = (description: string) => string({ minLength: 1, description });

export const translation = object(
  {},
  {
    title: text('The title in this language.'),
    prompt: text('The prompt in this language, with the same {{name}} placeholders.'),
    hints: array(string({ minLength: 1 }), { description: 'The hints in this language, one for each English hint, in the same order.' }),
    options: record(string({ minLength: 1 }), { keyPattern: ID_PATTERN, description: "Each choice option's label in this language, by option id." }),
    misconceptions: record(
      object({}, { title: text("The mistake's short name in this language."), feedback: text("The misconception's feedback in this language.") }, { minProperties: 1 }),
      { keyPattern: ID_PATTERN, description: "By misconception: a catalogue entry's `use` name or the exercise's own `id`." },
    ),
  },
  { description: "The exercise's text in one language." },
);

export const exercise = object(
  {
    id: string({ pattern: ID_PATTERN, description: 'Unique in the course; kebab-case.', examples: ['softmax-three-logits'] }),
    title: string({ minLength: 1 }),
    topic: oneOfStrings(TOPICS),
    points: number({ exclusiveMinimum: 0 }),
    prompt: string({ minLength: 1, description: 'Markdown with {{name}} placeholders for parameters, in English.' }),
    answer,
  },
  {
    params: record(param, { keyPattern: NAME_PATTERN, description: 'The numbers of the exercise, drawn per student.' }),
    hints: array(string({ minLength: 1 })),
    misconceptions: array(misconception, { description: 'Named wrong formulas, each with its feedback.' }),
    reveal,
    translations: record(translation, {
      keyPattern: LANGUAGE_PATTERN,
      description: "The exercise's text in other languages, by language code; the plain fields are English.",
      examples: [{ fa: { title: 'سافت‌مکس سه لاجیت' } }],
    }),
  },
  { description: 'One exercise of the course.' },
);

export const exerciseSchemaDocument = schemaDocument(exercise, { title: 'Exercise' });
