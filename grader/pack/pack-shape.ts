// What `check --pack` checks of a pack file before it grades from it: every field the grading
// code reads has the type it needs, so that a damaged or hand-edited pack is one clear problem
// ("at /exercises/3/answer/kind, …") and never a crash halfway through. The full format is
// docs/pack.schema.json (schema.ts), which the tests hold every written pack to; this is its
// part that matters to a reader, hand-written because a compiled validator of the whole schema
// cost a student's check some 30 ms at every start.
import { DEFERRED_REVEALS, EXPECTED_SHOWN } from '../spec/types.ts';

/** Where the first fault is (a JSON pointer) and what was expected there. */
export interface ShapeFault {
  readonly at: string;
  readonly expected: string;
}

type Check = (value: unknown, at: string) => ShapeFault | undefined;

const fault = (at: string, expected: string): ShapeFault => ({ at: at === '' ? '/' : at, expected });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const string: Check = (v, at) => (typeof v === 'string' ? undefined : fault(at, 'text'));
const boolean: Check = (v, at) => (typeof v === 'boolean' ? undefined : fault(at, 'true or false'));
const number: Check = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? undefined : fault(at, 'a number'));
const oneOf = (values: readonly unknown[]): Check => (v, at) => (values.includes(v) ? undefined : fault(at, `one of ${values.join(', ')}`));
const either = (a: Check, b: Check, expected: string): Check => (v, at) => (a(v, at) && b(v, at) ? fault(at, expected) : undefined);

function list(item: Check, minItems = 0): Check {
  return (v, at) => {
    if (!Array.isArray(v) || v.length < minItems) return fault(at, minItems > 0 ? 'a non-empty list' : 'a list');
    for (let i = 0; i < v.length; i++) {
      const found = item(v[i], `${at}/${i}`);
      if (found) return found;
    }
    return undefined;
  };
}

/** An object with these keys (`?` marks an optional one); other keys are not read, so not checked. */
function shape(keys: Readonly<Record<string, Check>>): Check {
  return (v, at) => {
    if (!isObject(v)) return fault(at, 'an object');
    for (const [name, check] of Object.entries(keys)) {
      const optional = name.endsWith('?');
      const key = optional ? name.slice(0, -1) : name;
      if (v[key] === undefined) {
        if (optional) continue;
        return fault(`${at}/${key}`, 'a value here');
      }
      const found = check(v[key], `${at}/${key}`);
      if (found) return found;
    }
    return undefined;
  };
}

function record(value: Check): Check {
  return (v, at) => {
    if (!isObject(v)) return fault(at, 'an object');
    for (const [key, item] of Object.entries(v)) {
      const found = value(item, `${at}/${key}`);
      if (found) return found;
    }
    return undefined;
  };
}

const localized = shape({ en: string });
const value: Check = either(number, list(either(number, list(number), 'a number or a list of numbers')), 'a number, a vector or a matrix');
const caseArgs = record(value);
const tolerance = record(number);
const choiceOption = shape({ id: string, label: string });

const ANSWERS: Readonly<Record<string, Check>> = {
  scalar: shape({ 'reference?': string, 'tolerance?': tolerance }),
  vector: shape({ 'reference?': string, 'tolerance?': tolerance, 'checks?': list(string) }),
  choice: shape({ options: list(choiceOption, 2), 'multiple?': boolean, 'correct?': list(string, 1), 'reference?': string }),
  function: shape({
    name: string,
    signature: string,
    args: list(shape({ name: string, kind: string }), 1),
    returns: oneOf(['number', 'vector']),
    cases: shape({ visible: list(caseArgs) }),
    'reference?': string,
    'tolerance?': tolerance,
    'conventions?': list(shape({ at: caseArgs, accept: list(value, 1) })),
    'limits?': record(number),
  }),
};

const answer: Check = (v, at) => {
  const kind = isObject(v) ? v.kind : undefined;
  const check = typeof kind === 'string' && Object.hasOwn(ANSWERS, kind) ? ANSWERS[kind] : undefined;
  return check ? check(v, at) : fault(`${at}/kind`, `one of ${Object.keys(ANSWERS).join(', ')}`);
};

const translation = shape({ 'title?': string, 'prompt?': string, 'hints?': list(string), 'options?': record(string), 'misconceptions?': record(shape({ 'title?': string, 'feedback?': string })) });

const exercise = shape({
  id: string,
  title: string,
  topic: string,
  points: number,
  prompt: string,
  reveal: either(boolean, oneOf(DEFERRED_REVEALS), `true, false or ${DEFERRED_REVEALS.join(', ')}`),
  answer,
  'hints?': list(string),
  'misconceptions?': list(shape({ 'use?': string, 'id?': string, 'title?': string, 'reference?': string, 'feedback?': string, 'credit?': number })),
  'translations?': record(translation),
  'hidden?': number,
});

export const variantsShape: Check = record(record(value));

const packShape = shape({
  course: localized,
  languages: list(string, 1),
  assignment: shape({ id: string, title: localized, due: string, dueUtc: string, 'timeZone?': string }),
  policy: shape({ verdicts: boolean, expected: oneOf(EXPECTED_SHOWN) }),
  exercises: list(exercise),
  'student?': string,
  'otherExercises?': list(string),
  'tolerance?': tolerance,
  'limits?': record(number),
  'variants?': variantsShape,
});

const studentShape = shape({ student: string, variants: variantsShape });

/** The first fault of a pack.json's data, or undefined when a reader can use it. */
export function packFault(data: unknown): ShapeFault | undefined {
  return packShape(data, '');
}

/** The first fault of a class pack's students/<id>.json data. */
export function studentFault(data: unknown): ShapeFault | undefined {
  return studentShape(data, '');
}
