// The student pack's format, version PACK_FORMAT, as a JSON Schema (published as
// docs/pack.schema.json, and compiled ahead of time into validator.generated.ts, which
// `check --pack` runs) and, through SchemaType, as the TypeScript types of pack files.
// A pack exercise is an exercise spec cut down to what a student may see: no `params`, no
// hidden or random cases (only their count), and, when the policy gives no verdicts, no
// reference, correct option, convention or misconception either.
import { VALUE_KINDS } from '../../reference/index.ts';
import { EXPECTED_SHOWN, TOPICS } from '../spec/types.ts';
import { array, boolean, integer, literal, number, object, oneOfStrings, record, schemaDocument, string, union, type Discrimination, type Schema, type SchemaType } from '../spec/schema/build.ts';
import { choiceOption, misconception, translation } from '../spec/schema/exercise.ts';
import { caseArgs, ID_PATTERN, isObject, LANGUAGE_PATTERN, limits, NAME_PATTERN, reveal, tolerance, value } from '../spec/schema/values.ts';
import type { LocalizedText } from '../messages/params.ts';

import { PACK_FORMAT } from './format.ts';

export { PACK_FORMAT };

const format: Schema<typeof PACK_FORMAT> = { json: { type: 'integer', const: PACK_FORMAT, description: 'The version of the pack format; a reader refuses another.' } };

/** Text in each of the course's languages: English always, others where the course gives them. */
const localizedText: Schema<LocalizedText> = {
  json: { type: 'object', properties: { en: { type: 'string' } }, required: ['en'], propertyNames: { pattern: LANGUAGE_PATTERN }, additionalProperties: { type: 'string' }, description: 'Text by language code; English always.' },
};

const studentId = string({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', description: 'A student id, as on the roster.' });

const reference = string({
  minLength: 1,
  description: "The expression computing the expected value from the student's numbers; absent when the policy gives no verdicts.",
});

const scalarAnswer = object({ kind: literal('scalar') }, { reference, tolerance });

const vectorAnswer = object(
  { kind: literal('vector') },
  { reference, tolerance, partial: oneOfStrings(['none', 'per-element']), checks: array(oneOfStrings(['sums-to-one', 'probabilities']), { uniqueItems: true }) },
);

const choiceAnswer = object(
  { kind: literal('choice'), options: array(choiceOption, { minItems: 2 }) },
  {
    multiple: boolean(),
    correct: array(string({ pattern: ID_PATTERN }), { minItems: 1, description: 'The correct option ids; absent when the policy gives no verdicts.' }),
    reference,
    partial: oneOfStrings(['none', 'per-option']),
  },
);

const convention = object({ at: caseArgs, accept: array(value, { minItems: 1 }) }, { note: string() }, { description: 'A convention that applies at a visible case.' });

const functionAnswer = object(
  {
    kind: literal('function'),
    name: string({ pattern: NAME_PATTERN }),
    signature: string({ minLength: 1 }),
    args: array(object({ name: string({ pattern: NAME_PATTERN }), kind: oneOfStrings(VALUE_KINDS) }), { minItems: 1 }),
    returns: oneOfStrings(['number', 'vector']),
    cases: object({ visible: array(caseArgs, { description: 'The visible cases only: hidden and random ones are counted in the exercise\'s `hidden`.' }) }),
  },
  { reference, tolerance, conventions: array(convention), limits },
);

const ANSWER_KINDS = ['scalar', 'vector', 'choice', 'function'] as const;

const answer = union([scalarAnswer, vectorAnswer, choiceAnswer, functionAnswer], (v): Discrimination => {
  const branch = isObject(v) ? ANSWER_KINDS.indexOf(v.kind as (typeof ANSWER_KINDS)[number]) : -1;
  return branch === -1 ? { code: 'bad-value', message: `kind must be one of ${ANSWER_KINDS.join(', ')}`, key: 'kind' } : { branch };
});

export const studentExercise = object(
  {
    id: string({ pattern: ID_PATTERN }),
    title: string({ minLength: 1 }),
    topic: oneOfStrings(TOPICS),
    points: number({ exclusiveMinimum: 0 }),
    prompt: string({ minLength: 1, description: "With {{name}} placeholders, filled from the student's variant." }),
    reveal,
    answer,
  },
  {
    hints: array(string({ minLength: 1 })),
    misconceptions: array(misconception, { description: 'Absent when the policy gives no verdicts.' }),
    translations: record(translation, { keyPattern: LANGUAGE_PATTERN }),
    hidden: integer({ minimum: 1, description: 'How many hidden and random cases a code exercise is graded on after hand-in (their arguments are not in the pack).' }),
  },
  { description: 'One exercise, as a student may see it.' },
);

/** Each exercise's parameter values for one student, by exercise id (`{}` for an exercise without parameters). */
const variants = record(record(value, { keyPattern: NAME_PATTERN }), { keyPattern: ID_PATTERN, description: "The student's numbers, by exercise id." });

export const policy = object({ verdicts: boolean(), expected: oneOfStrings(EXPECTED_SHOWN) }, {}, { description: 'The self-check policy in force for the assignment.' });

const assignment = object(
  {
    id: string({ pattern: ID_PATTERN }),
    title: localizedText,
    due: string({ description: 'As the course file gives it.' }),
    dueUtc: string({ description: 'The same moment in UTC (ISO 8601), for a reader without time zone data.' }),
  },
  { timeZone: string({ minLength: 1, description: "The zone the course shows times in (the course's time_zone)." }) },
);

export const pack = object(
  {
    format,
    course: localizedText,
    languages: array(string({ pattern: LANGUAGE_PATTERN }), { minItems: 1, description: 'The default language first.' }),
    assignment,
    policy,
    exercises: array(studentExercise, { description: "In the assignment's order." }),
  },
  {
    student: studentId,
    otherExercises: array(string({ pattern: ID_PATTERN }), { description: "The ids of the course's exercises in its other assignments: answers to them are for another pack, not mistakes." }),
    tolerance,
    limits,
    variants,
  },
  { description: 'A student pack: what every student of the assignment may have (pack.json); a per-student pack adds `student` and `variants`.' },
);

export const studentVariants = object({ format, student: studentId, variants }, {}, { description: "One student's numbers in a class pack (students/<id>.json)." });

export type Pack = SchemaType<typeof pack>;
export type StudentExercise = SchemaType<typeof studentExercise>;
export type PackAnswer = StudentExercise['answer'];
export type PackPolicy = SchemaType<typeof policy>;
export type StudentVariants = SchemaType<typeof studentVariants>;

export const packSchemaDocument = schemaDocument(pack, { title: 'Student pack' });
export const studentVariantsSchemaDocument = schemaDocument(studentVariants, { title: "A student's numbers in a class pack" });
