// From an exercise file's text to a checked ExerciseSpec, or the problems that stop it:
// YAML syntax, then the schema, then the rules (which need a well-formed exercise).
import { basename, extname } from 'node:path';
import { toError, type Problem } from '../problem.ts';
import { DEFAULT_TOLERANCE } from '../compare/tolerance.ts';
import { exerciseRules, ExerciseContext, type CheckOptions, type Rule } from './rules/index.ts';
import { exerciseSchemaDocument } from './schema/exercise.ts';
import { checkSchema, schemaCheck } from './schema/validate.ts';
import { lineCol, nodeAt, parseYaml, problemAtPath, type SourceFile } from './source.ts';
import type { ExerciseSpec } from './types.ts';

/** Specs are small; a file over this size is refused before parsing. */
export const MAX_SPEC_BYTES = 1_000_000;

/** Used when no course file is at hand. */
export const DEFAULT_CHECK_OPTIONS: CheckOptions = { tolerance: DEFAULT_TOLERANCE, salt: 'grader-validate', samples: 20 };

export interface SpecLocation {
  readonly line: number;
  readonly col: number;
  readonly length: number;
}

export interface ParsedExercise {
  readonly file: string;
  /** Set when the file has no errors (warnings allowed). */
  readonly exercise?: ExerciseSpec;
  readonly problems: readonly Problem[];
  /** The exercise's id and where it is written, for the checks across files. */
  readonly id?: { readonly value: string } & SpecLocation;
  /** A function answer's `answer.name`: one solution file holds every function, so names must differ. */
  readonly functionName?: { readonly value: string } & SpecLocation;
}

export function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function tooLarge(text: string, file: string): Problem | undefined {
  if (text.length <= MAX_SPEC_BYTES) return undefined;
  return { code: 'file-too-large', severity: 'error', message: `the file has ${text.length} characters; specs are limited to ${MAX_SPEC_BYTES}`, file };
}

/** A string of the document and where it is written, for the checks across files. */
function locatedString(source: SourceFile, data: unknown, path: readonly string[]): ({ readonly value: string } & SpecLocation) | undefined {
  let value: unknown = data;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  const node = nodeAt(source, path);
  if (typeof value !== 'string' || !node?.range) return undefined;
  return { value, ...lineCol(source, node.range[0]), length: Math.max(1, node.range[1] - node.range[0]) };
}

/** A rule that throws is a bug in the grader; it is reported for this file and the rest go on. */
function runRule(rule: Rule, ctx: ExerciseContext): void {
  try {
    rule(ctx);
  } catch (error: unknown) {
    ctx.report([], 'rule-failed', `internal error in the check '${rule.name}': ${toError(error).message}; please report it`);
  }
}

export function parseExerciseText(text: string, file: string, options: CheckOptions = DEFAULT_CHECK_OPTIONS): ParsedExercise {
  const large = tooLarge(text, file);
  if (large) return { file, problems: [large] };
  const yaml = parseYaml(text, file);
  if (!yaml.source || yaml.data === undefined) return { file, problems: yaml.problems };
  const source = yaml.source;
  const schema = checkSchema(schemaCheck(exerciseSchemaDocument), yaml.data, source);
  const problems = [...yaml.problems, ...schema.problems];
  const id = locatedString(source, yaml.data, ['id']);
  const isFunction = (yaml.data as { answer?: { kind?: unknown } } | null)?.answer?.kind === 'function';
  const functionName = isFunction ? locatedString(source, yaml.data, ['answer', 'name']) : undefined;
  // A rule runs when the keys it reads are well-formed (unknown keys aside), so one typo in
  // `topic` does not hide an unknown reference function in `answer`.
  if (!schema.damaged.has('*') && typeof yaml.data === 'object' && yaml.data !== null) {
    const exercise = yaml.data as ExerciseSpec;
    const ctx = new ExerciseContext(source, exercise, options);
    for (const { rule, reads } of exerciseRules) {
      if (reads.every((key) => !schema.damaged.has(key))) runRule(rule, ctx);
    }
    problems.push(...ctx.problems);
    const stem = basename(file, extname(file));
    if (!schema.damaged.has('id') && stem !== exercise.id) {
      problems.push(problemAtPath(source, ['id'], 'id-mismatch', `the id '${exercise.id}' differs from the file name '${stem}'; name the file after the id so it is easy to find`, { severity: 'warning' }));
    }
  }
  problems.sort(byPosition);
  const hasErrors = problems.some((p) => p.severity === 'error');
  return { file, problems, ...(id ? { id } : {}), ...(functionName ? { functionName } : {}), ...(hasErrors ? {} : { exercise: yaml.data as ExerciseSpec }) };
}
