// A small typed builder for the exercise and course JSON Schemas. Each builder returns
// the JSON Schema together with the TypeScript type it accepts, so that one declaration
// gives both the published schema file and, through `SchemaType`, a type that the
// compiler checks against `types.ts` (see `agreement.ts`).
//
// Every object is closed (`additionalProperties: false`) so unknown keys are diagnosed,
// and every union is a `oneOf` that carries a discriminator: a function that picks the
// branch a value meant to be, so a mistake is reported once, in the branch's own words,
// instead of once per branch.

export type JsonSchema = { readonly [keyword: string]: unknown };

export interface Schema<T> {
  readonly json: JsonSchema;
  /** Phantom: the type of the values this schema accepts. Never set. */
  readonly type?: T;
}

export type SchemaType<S> = S extends Schema<infer T> ? T : never;

/** What a discriminator decides: the branch a value meant to be, or why it fits none. */
export type Discrimination =
  | { readonly branch: number }
  | { readonly code: 'missing-key' | 'unknown-key' | 'wrong-type' | 'bad-value'; readonly message: string; readonly key?: string };

export type Discriminator = (value: unknown) => Discrimination;

/** The discriminators of the unions, by the schema object that holds their `oneOf`. */
const discriminators = new WeakMap<object, Discriminator>();

export function discriminatorOf(schema: object): Discriminator | undefined {
  return discriminators.get(schema);
}

interface Annotations {
  readonly description?: string;
  readonly examples?: readonly unknown[];
}

function annotate(json: Record<string, unknown>, annotations: Annotations | undefined): JsonSchema {
  if (annotations?.description !== undefined) json.description = annotations.description;
  if (annotations?.examples !== undefined) json.examples = annotations.examples;
  return json;
}

export function string(options?: Annotations & { readonly minLength?: number; readonly pattern?: string; readonly maxLength?: number }): Schema<string> {
  const { description, examples, ...keywords } = options ?? {};
  return { json: annotate({ type: 'string', ...keywords }, { description, examples }) };
}

interface NumberOptions extends Annotations {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
}

export function number(options?: NumberOptions): Schema<number> {
  const { description, examples, ...keywords } = options ?? {};
  return { json: annotate({ type: 'number', ...keywords }, { description, examples }) };
}

export function integer(options?: NumberOptions): Schema<number> {
  const { description, examples, ...keywords } = options ?? {};
  return { json: annotate({ type: 'integer', ...keywords }, { description, examples }) };
}

export function boolean(options?: Annotations): Schema<boolean> {
  return { json: annotate({ type: 'boolean' }, options) };
}

export function literal<const T extends string>(value: T, options?: Annotations): Schema<T> {
  return { json: annotate({ type: 'string', const: value }, options) };
}

export function oneOfStrings<const T extends string>(values: readonly T[], options?: Annotations): Schema<T> {
  return { json: annotate({ type: 'string', enum: [...values] }, options) };
}

export function array<T>(
  item: Schema<T>,
  options?: Annotations & { readonly minItems?: number; readonly maxItems?: number; readonly uniqueItems?: boolean },
): Schema<readonly T[]> {
  const { description, examples, ...keywords } = options ?? {};
  return { json: annotate({ type: 'array', items: item.json, ...keywords }, { description, examples }) };
}

type Shape = Readonly<Record<string, Schema<unknown>>>;

type Flatten<T> = { [K in keyof T]: T[K] };

export type ObjectType<R extends Shape, O extends Shape> = Flatten<
  { readonly [K in keyof R]: SchemaType<R[K]> } & { readonly [K in keyof O]?: SchemaType<O[K]> }
>;

/** A closed object: `required` keys must be there, `optional` ones may be, nothing else. */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
  options?: Annotations & { readonly minProperties?: number },
): Schema<ObjectType<R, O>> {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, schema] of Object.entries({ ...required, ...(optional ?? {}) })) properties[key] = schema.json;
  const { description, examples, ...keywords } = options ?? {};
  const json: Record<string, unknown> = { type: 'object', properties };
  if (Object.keys(required).length > 0) json.required = Object.keys(required);
  json.additionalProperties = false;
  Object.assign(json, keywords);
  return { json: annotate(json, { description, examples }) };
}

/** An object whose keys are names the instructor chooses (`params`, a case's arguments). */
export function record<T>(
  value: Schema<T>,
  options: Annotations & { readonly keyPattern: string; readonly minProperties?: number },
): Schema<Readonly<Record<string, T>>> {
  const { description, examples, keyPattern, ...keywords } = options;
  const json = { type: 'object', propertyNames: { pattern: keyPattern }, additionalProperties: value.json, ...keywords };
  return { json: annotate(json, { description, examples }) };
}

/** One of several branches; `discriminate` says which one a value meant to be. */
export function union<const B extends readonly Schema<unknown>[]>(
  branches: B,
  discriminate: Discriminator,
  options?: Annotations,
): Schema<SchemaType<B[number]>> {
  const json = annotate({ oneOf: branches.map((branch) => branch.json) }, options);
  discriminators.set(json, discriminate);
  return { json };
}

/** The schema file for editors and ajv: draft-07, which yaml-language-server understands. */
export function schemaDocument(root: Schema<unknown>, meta: { readonly title: string }): JsonSchema {
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: meta.title, ...root.json };
}
