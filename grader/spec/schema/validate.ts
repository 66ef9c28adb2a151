// Runs ajv on a spec's data and turns its errors into Problems at the right line:col.
// Unions are pruned first: of a `oneOf`'s branches only the one the value meant to be
// (its discriminator's pick) reports, so `kind: scalar` never hears about `options`.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Problem } from '../../problem.ts';
import { problemAtPath, type Path, type SourceFile } from '../source.ts';
import { discriminatorOf, type JsonSchema } from './build.ts';
import { courseSchemaDocument } from './course.ts';
import { exerciseSchemaDocument } from './exercise.ts';
import { describeValue, schemaMessage } from './messages.ts';
import { course, exercise } from './validators.generated.ts';

export interface SchemaCheck {
  readonly document: JsonSchema;
  readonly validate: ValidateFunction;
}

/**
 * The schemas' validators, compiled ahead of time (standalone.ts): compiling them when the
 * CLI starts took longer than the rest of loading a course.
 */
const PRECOMPILED = new Map<JsonSchema, ValidateFunction>([
  [exerciseSchemaDocument, exercise as ValidateFunction],
  [courseSchemaDocument, course as ValidateFunction],
]);

export function schemaCheck(document: JsonSchema): SchemaCheck {
  const validate = PRECOMPILED.get(document);
  if (!validate) throw new Error(`no validator was compiled for the schema '${String(document.title)}' (see standalone.ts)`);
  return { document, validate };
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer.replace(/^#/, '').slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function at(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

interface Pruned {
  readonly errors: ErrorObject[];
  readonly problems: Problem[];
  /** Where the discriminators found a value that fits no branch. */
  readonly unfit: Path[];
}

function pruneUnions(errors: readonly ErrorObject[], check: SchemaCheck, data: unknown, source: SourceFile): Pruned {
  const removed = new Set<ErrorObject>();
  const problems: Problem[] = [];
  const unfit: Path[] = [];
  const unions = errors.filter((e) => e.keyword === 'oneOf').sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const union of unions) {
    if (removed.has(union)) continue;
    removed.add(union);
    const holder = at(check.document, pointerSegments(union.schemaPath).slice(0, -1));
    const discriminate = typeof holder === 'object' && holder !== null ? discriminatorOf(holder) : undefined;
    const path = pointerSegments(union.instancePath);
    const decision = discriminate?.(at(data, path));
    const keep = decision && 'branch' in decision ? `${union.schemaPath}/${decision.branch}` : undefined;
    const inBranches = errors.filter(
      (e) => e !== union && within(e.instancePath, union.instancePath) && e.schemaPath.startsWith(`${union.schemaPath}/`),
    );
    const kept = inBranches.filter((e) => keep !== undefined && within(e.schemaPath, keep));
    for (const e of inBranches) if (!kept.includes(e)) removed.add(e);
    if (!decision || 'code' in decision || kept.length === 0) unfit.push(path);
    if (decision && 'code' in decision) {
      const where: Path = decision.key === undefined ? path : [...path, decision.key];
      const pointAt = decision.key !== undefined || decision.code === 'missing-key' ? 'key' : 'value';
      problems.push(problemAtPath(source, where, decision.code, `${displayPath(path)}: ${decision.message}`, { at: pointAt }));
    } else if (kept.length === 0) {
      // The value fits several branches or the discriminator is unsure: say so once.
      problems.push(problemAtPath(source, path, 'bad-value', `${displayPath(path)}: ${describeValue(at(data, path))} fits none of the allowed forms`));
    }
  }
  return { errors: errors.filter((e) => !removed.has(e)), problems, unfit };
}

/** `answer.tolerance.abs`, `misconceptions[1].feedback`: how messages name a place. */
export function displayPath(path: Path): string {
  if (path.length === 0) return 'the file';
  return path.map((segment, i) => (/^\d+$/.test(String(segment)) ? `[${segment}]` : `${i === 0 ? '' : '.'}${segment}`)).join('');
}

function toProblem(error: ErrorObject, check: SchemaCheck, data: unknown, source: SourceFile): Problem | undefined {
  const path = pointerSegments(error.instancePath);
  const parentSchema = at(check.document, pointerSegments(error.schemaPath).slice(0, -1)) as JsonSchema | undefined;
  const described = schemaMessage(error, { value: at(data, path), schema: parentSchema ?? {}, where: displayPath(path) });
  if (!described) return undefined;
  const target: Path = described.key === undefined ? path : [...path, described.key];
  return problemAtPath(source, target, described.code, described.message, { at: described.at ?? 'value' });
}

export interface SchemaResult {
  readonly problems: Problem[];
  /**
   * The top-level keys whose values do not have the schema's types (unknown keys aside),
   * with `*` when the whole document is amiss: rules that read none of them may still run.
   */
  readonly damaged: ReadonlySet<string>;
}

/** The top-level key an error makes unreliable (a missing key counts as damaged itself). */
function damagedKey(path: Path, error?: ErrorObject): string {
  if (path.length > 0) return String(path[0]);
  if (error?.keyword === 'required') return String((error.params as { missingProperty: string }).missingProperty);
  return '*';
}

/** Every schema problem of `data`, each once. */
export function checkSchema(check: SchemaCheck, data: unknown, source: SourceFile): SchemaResult {
  if (check.validate(data)) return { problems: [], damaged: new Set() };
  const { errors, problems, unfit } = pruneUnions(check.validate.errors ?? [], check, data, source);
  const damaged = new Set(unfit.map((path) => damagedKey(path)));
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') damaged.add(damagedKey(pointerSegments(error.instancePath), error));
    const problem = toProblem(error, check, data, source);
    if (problem) problems.push(problem);
  }
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.code}:${p.line}:${p.col}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { problems: unique, damaged };
}
