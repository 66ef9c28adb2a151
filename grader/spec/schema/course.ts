// The JSON Schema of the course file, `course.yaml`.
import { array, number, integer, object, record, schemaDocument, string } from './build.ts';
import { ID_PATTERN, LANGUAGE_PATTERN, limits, reveal, selfCheck, tolerance } from './values.ts';

const late = object(
  {},
  {
    percent_per_day: number({ minimum: 0, maximum: 100, description: 'Percent of the score taken off per started day late.' }),
    cutoff_days: integer({ minimum: 0, description: 'After this many days late the score is 0.' }),
  },
  { description: 'How late submissions are scored.' },
);

const assignment = object(
  {
    id: string({ pattern: ID_PATTERN, examples: ['week-1'] }),
    title: string({ minLength: 1 }),
    due: string({ description: 'A date and time with an offset or an IANA time zone.', examples: ['2026-10-05T23:59:00+03:30', '2026-10-05T23:59 Asia/Tehran'] }),
    exercises: array(string({ pattern: ID_PATTERN }), { minItems: 1, description: 'Exercise ids, in the order students see them.' }),
  },
  {
    late,
    canvas_id: integer({
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: "The assignment's id in Canvas (the number in its address): the Canvas gradebook heads its column `Title (id)`, which Canvas matches to that assignment.",
      examples: [123456],
    }),
    self_check: selfCheck,
  },
);

const translation = object(
  {},
  {
    name: string({ minLength: 1, description: "The course's name in this language." }),
    assignments: record(string({ minLength: 1 }), { keyPattern: ID_PATTERN, description: "Each assignment's title in this language, by assignment id." }),
  },
  { description: "The course's text in one language." },
);

export const course = object(
  {
    name: string({ minLength: 1 }),
    salt: string({ minLength: 1, description: "Mixed into every student's variant seed; change it to give a new term new numbers." }),
    assignments: array(assignment),
  },
  {
    tolerance,
    reveal,
    self_check: selfCheck,
    limits,
    time_zone: string({ minLength: 1, description: 'The IANA time zone in which reports show due and hand-in times (default: the zone of each due date).', examples: ['Asia/Tehran'] }),
    exercises: string({ minLength: 1, description: 'The folder of exercise files, relative to this file (default: the folder of this file).' }),
    languages: array(string({ pattern: LANGUAGE_PATTERN }), {
      minItems: 1,
      uniqueItems: true,
      description: 'The languages the course is taught in, each with a catalogue in reports/messages/; the first is the default language of what students read (default [en]).',
      examples: [['fa', 'en']],
    }),
    translations: record(translation, {
      keyPattern: LANGUAGE_PATTERN,
      description: "The course's name and assignment titles in other languages, by language code; the plain fields are English.",
    }),
  },
  { description: 'The course: its name, defaults and assignments.' },
);

export const courseSchemaDocument = schemaDocument(course, { title: 'Course' });
