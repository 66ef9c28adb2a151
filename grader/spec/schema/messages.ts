// One message per kind of ajv error: what was expected, what was found (cut short),
// and an example or a "did you mean" where one helps.
import type { ErrorObject } from 'ajv';
import { cutShort } from '../../problem.ts';
import type { JsonSchema } from './build.ts';
import { didYouMean } from './did-you-mean.ts';
import { ID_PATTERN, LANGUAGE_PATTERN, NAME_PATTERN } from './values.ts';

export interface SchemaMessage {
  readonly code: 'wrong-type' | 'missing-key' | 'unknown-key' | 'bad-value' | 'bad-name' | 'not-finite';
  readonly message: string;
  /** The problem is about this key of the value (an unknown key, a bad name). */
  readonly key?: string;
  /** Point at the value's key rather than the value (a missing key points at its parent's key). */
  readonly at?: 'key' | 'value';
}

interface Context {
  readonly value: unknown;
  /** The schema holding the failed keyword. */
  readonly schema: JsonSchema;
  readonly where: string;
}

const TYPE_NOUNS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
};

const PATTERN_NOUNS: Readonly<Record<string, string>> = {
  [ID_PATTERN]: 'kebab-case, like softmax-three-logits',
  [NAME_PATTERN]: 'a name of letters, digits and _ starting with a letter, like yHat',
  [LANGUAGE_PATTERN]: 'a language code, like fa or pt-BR',
};

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (typeof value === 'string') return `the text ${JSON.stringify(cutShort(value, 40))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a mapping';
}

const suggestion = (word: string, candidates: readonly string[]) => {
  const guess = didYouMean(word, candidates);
  return guess === undefined ? '' : `; did you mean '${guess}'?`;
};

function firstExample(schema: unknown): string | undefined {
  const examples = (schema as { examples?: unknown[] } | undefined)?.examples;
  if (!examples || examples.length === 0) return undefined;
  const example = examples[0];
  return typeof example === 'string' ? example : JSON.stringify(example);
}

/** "id: expected text, got the number 42 (e.g. softmax-three-logits)". */
function wrongType(where: string, types: readonly string[], value: unknown, example: string | undefined): string {
  const expected = types.map((type) => TYPE_NOUNS[type] ?? type).join(' or ');
  return `${where}: expected ${expected}, got ${describeValue(value)}${example ? ` (e.g. ${example})` : ''}`;
}

export function schemaMessage(error: ErrorObject, { value, schema, where }: Context): SchemaMessage | undefined {
  const params = error.params as Record<string, unknown>;
  if (error.propertyName !== undefined) {
    if (error.keyword === 'propertyNames') return undefined; // reported by the pattern error on the same key
    const noun = PATTERN_NOUNS[String(params.pattern)] ?? `matching ${String(params.pattern)}`;
    return { code: 'bad-name', message: `${where}: '${cutShort(error.propertyName, 40)}' is not a valid name; use ${noun}`, key: error.propertyName, at: 'key' };
  }
  switch (error.keyword) {
    case 'propertyNames':
      return undefined;
    case 'type': {
      const types = String(params.type).split(',');
      if (typeof value === 'number' && !Number.isFinite(value) && types.some((type) => type === 'number' || type === 'integer')) {
        // ajv's number type excludes YAML's .inf and .nan.
        return { code: 'not-finite', message: `${where}: ${value} is not allowed; use a finite number` };
      }
      return { code: 'wrong-type', message: wrongType(where, types, value, firstExample(schema)) };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      const example = firstExample(properties[missing]);
      const inWhat = where;
      return { code: 'missing-key', message: `${inWhat} is missing '${missing}'${example ? `, e.g. ${missing}: ${example}` : ''}`, at: 'key' };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((schema.properties ?? {}) as object);
      const inWhat = where === 'the file' ? 'the top level' : where;
      return {
        code: 'unknown-key',
        message: `unknown key '${cutShort(key, 40)}' in ${inWhat}${suggestion(key, allowed)} (allowed: ${allowed.join(', ')})`,
        key,
        at: 'key',
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const got = typeof value === 'string' ? `'${cutShort(value, 40)}'` : describeValue(value);
      return { code: 'bad-value', message: `${where}: ${got} is not one of ${allowed.join(', ')}${typeof value === 'string' ? suggestion(value, allowed) : ''}` };
    }
    case 'const':
      return { code: 'bad-value', message: `${where}: expected ${JSON.stringify(params.allowedValue)}, got ${describeValue(value)}` };
    case 'pattern': {
      const noun = PATTERN_NOUNS[String(params.pattern)] ?? `text matching ${String(params.pattern)}`;
      return { code: 'bad-value', message: `${where}: expected ${noun}, got ${describeValue(value)}` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { code: 'bad-value', message: `${where}: must be ${String(params.comparison)} ${String(params.limit)}, got ${String(value)}` };
    case 'minItems':
      return { code: 'bad-value', message: `${where}: needs at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}, got ${describeValue(value)}` };
    case 'maxItems':
      return { code: 'bad-value', message: `${where}: takes at most ${String(params.limit)} entries, got ${describeValue(value)}` };
    case 'minLength':
      return { code: 'bad-value', message: `${where}: must not be empty` };
    case 'maxLength':
      return { code: 'bad-value', message: `${where}: is longer than ${String(params.limit)} characters` };
    case 'minProperties':
      return { code: 'bad-value', message: `${where}: must not be empty` };
    case 'uniqueItems':
      return { code: 'bad-value', message: `${where}: entries ${String(params.j)} and ${String(params.i)} are the same` };
    default:
      return { code: 'bad-value', message: `${where}: ${error.message ?? 'is not allowed here'}` };
  }
}
