// Schemas shared by exercises and the course file: values, tolerances, limits,
// parameters. Each union's discriminator names the branch a value meant to be.
import { array, boolean, integer, number, object, oneOfStrings, record, string, union, type Discrimination } from './build.ts';
import { DEFERRED_REVEALS, EXPECTED_SHOWN } from '../types.ts';
import { didYouMean } from './did-you-mean.ts';
import { LANGUAGE_PATTERN } from '../../messages/language-code.ts';

/** Names a reference expression can read: parameters, function arguments. */
export const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
/** Exercise, assignment, option and misconception ids: kebab-case. */
export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** A language, as the catalogues in reports/messages/ are named: `fa`, `pt-BR`. */
export { LANGUAGE_PATTERN };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const vectorValue = array(number(), { minItems: 1 });
const matrixValue = array(array(number(), { minItems: 1 }), { minItems: 1 });

export const value = union(
  [number(), vectorValue, matrixValue],
  (v): Discrimination => {
    if (typeof v === 'number') return { branch: 0 };
    if (Array.isArray(v)) return { branch: Array.isArray(v[0]) ? 2 : 1 };
    return { code: 'wrong-type', message: 'expected a number, a vector like [2, 1, 0.1] or a matrix like [[1, 0], [0, 1]]' };
  },
  { description: 'A number, a vector ([2, 1, 0.1]) or a matrix ([[1, 0, 0], [0, 1, 0]]).' },
);

export const tolerance = object(
  {},
  {
    abs: number({ minimum: 0, description: 'Absolute: |s − t| ≤ abs (with rel: |s − t| ≤ abs + rel·|t|).' }),
    rel: number({ minimum: 0, description: 'Relative: |s − t| ≤ rel·|t|.' }),
    sigfigs: integer({ minimum: 1, maximum: 15, description: 'Significant figures: |s − t| < 0.51·10^(floor(log10 |t|) − n + 1).' }),
    decimals: integer({ minimum: 0, maximum: 15, description: 'Decimal places: |s − t| < 0.51·10^(−d).' }),
  },
  { minProperties: 1, description: 'How close a student value s must be to the reference value t.', examples: [{ abs: 0.005 }, { sigfigs: 3 }] },
);

export const limits = object(
  {},
  {
    time_ms: integer({ minimum: 1, maximum: 60_000, description: 'CPU time per exercise, in milliseconds.' }),
    memory_mb: integer({ minimum: 1, maximum: 1024, description: 'Memory of the sandbox, in megabytes.' }),
    output_kb: integer({ minimum: 0, maximum: 1024, description: 'Console output kept, in kilobytes.' }),
  },
  { description: 'Sandbox limits for student code.' },
);

const range = (extra: string) =>
  object(
    { min: number({ description: 'The smallest value drawn.' }), max: number({ description: 'The largest value drawn.' }) },
    { step: number({ exclusiveMinimum: 0, description: `Values are multiples of step${extra}.` }) },
  );

const drawnBranches = [
  object(
    { default: number({ description: 'The value when no student is given.' }), number: range('') },
    {},
    { description: 'A number drawn from [min, max].' },
  ),
  object(
    {
      default: integer({ description: 'The value when no student is given.' }),
      integer: object({ min: integer(), max: integer() }),
    },
    {},
    { description: 'A whole number drawn from [min, max].' },
  ),
  object(
    {
      default: vectorValue,
      vector: object(
        { length: integer({ minimum: 1, maximum: 1000 }), min: number(), max: number() },
        { step: number({ exclusiveMinimum: 0, description: 'Entries are multiples of step.' }) },
      ),
    },
    {},
    { description: 'A vector of `length` entries, each drawn from [min, max].' },
  ),
  object(
    {
      default: vectorValue,
      distribution: object(
        { length: integer({ minimum: 1, maximum: 1000 }) },
        { step: number({ exclusiveMinimum: 0, maximum: 1, description: 'Entries are multiples of step.' }) },
      ),
    },
    {},
    { description: 'A random probability distribution of `length` entries.' },
  ),
  object(
    { default: value, choice: array(value, { minItems: 1 }) },
    {},
    { description: 'One of the listed values.' },
  ),
] as const;

const DRAWN_KEYS = ['number', 'integer', 'vector', 'distribution', 'choice'] as const;
const DERIVED_KEY = 'derived';

function discriminateParam(keys: readonly string[]) {
  return (v: unknown): Discrimination => {
    const example = '{ default: 3, integer: { min: 1, max: 6 } }';
    if (!isObject(v)) return { code: 'wrong-type', message: `a parameter is a mapping like ${example}` };
    const present = keys.filter((key) => key in v);
    if (present.length === 1) return { branch: keys.indexOf(present[0]!) };
    if (present.length === 0) {
      const typo = Object.keys(v).find((key) => key !== 'default' && didYouMean(key, keys) !== undefined);
      if (typo !== undefined) {
        return { code: 'unknown-key', message: `unknown key '${typo}'; did you mean '${didYouMean(typo, keys)}'?`, key: typo };
      }
      return { code: 'missing-key', message: `a parameter needs one of ${keys.join(', ')}, like ${example}` };
    }
    return { code: 'bad-value', message: `a parameter takes one of ${keys.join(', ')}, not ${present.join(' and ')}`, key: present[1]! };
  };
}

/** A parameter drawn for each student (`RandomArgs` of function cases use these too). */
export const drawnParam = union(drawnBranches, discriminateParam(DRAWN_KEYS), {
  description: 'How the value is drawn for each student; `default` is used when no student is given.',
});

export const param = union(
  [
    ...drawnBranches,
    object(
      { derived: string({ minLength: 1, description: 'An expression over the other parameters.', examples: ['oneHot(c, 3)'] }) },
      {},
      { description: 'A value computed from the other parameters.' },
    ),
  ],
  discriminateParam([...DRAWN_KEYS, DERIVED_KEY]),
  { description: 'A parameter of the exercise: drawn per student, or derived from others.' },
);

export const caseArgs = record(value, {
  keyPattern: NAME_PATTERN,
  description: 'The arguments of one call of the student function, by name.',
  examples: [{ x: 0 }],
});

export { isObject };

/** The reveal policy of the course or of one exercise: a yes or no, or a time on Gradescope. */
export const reveal = union(
  [boolean(), oneOfStrings(DEFERRED_REVEALS)],
  (v): Discrimination => {
    if (typeof v === 'boolean') return { branch: 0 };
    if (typeof v === 'string') return { branch: 1 };
    return { code: 'wrong-type', message: `expected true, false, ${DEFERRED_REVEALS.join(' or ')}` };
  },
  {
    description:
      'Whether students see expected values in feedback: true, false, after-due (once the due date of the assignment has passed; also spelled after-due-date) or after-published (once the instructor releases them: grader grade --release, or published on Gradescope).',
    examples: [true, 'after-due'],
  },
);

/** What a student's self-check may tell (grader check --pack, the self-check page). */
export const selfCheck = object(
  {},
  {
    verdicts: boolean({ description: 'Verdicts and scores (default true); false: a self-check only says whether answers can be read and code runs, and the pack leaves out the references.' }),
    expected: oneOfStrings(EXPECTED_SHOWN, { description: 'When a self-check shows expected values: never, after-due (once the due date has passed on the student\'s clock; the default) or always.' }),
  },
  { description: 'What a self-check from a student pack may tell.', examples: [{ verdicts: true, expected: 'after-due' }] },
);
