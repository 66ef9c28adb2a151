// Saved results read back for `grader report`: each file parsed and checked on its own, so
// that one malformed file is a Problem naming it and the rest of the class still renders.
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Problem } from '../problem.ts';
import { checkStudentId } from '../io/student-id.ts';
import { RESULTS_FOLDER } from '../io/layout.ts';
import type { StudentResult } from '../result/types.ts';
import { studentResultSchema } from '../result/schema.ts';
import { RESULT_FORMAT } from '../result/types.ts';

export type ParsedResult = { readonly ok: true; readonly result: StudentResult } | { readonly ok: false; readonly problem: Problem };

// Compiled on first use, not when the CLI starts: most commands never read a result back.
// The schema is ours (its meta-schema check is in the tests).
let compiled: ValidateFunction | undefined;
const validator = (): ValidateFunction => (compiled ??= new Ajv({ allErrors: false, strict: false, validateSchema: false }).compile(studentResultSchema));

/** Decides whether `text` (the contents of `file`) is a usable StudentResult. */
export function parseStudentResult(text: string, file: string): ParsedResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error: unknown) {
    return fail('result-json', file, `not valid JSON: ${(error as Error).message}`, jsonErrorLine(text, error));
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && format !== RESULT_FORMAT) {
    const which = format === undefined ? 'an older grader (before messages were stored as codes)' : `result format ${JSON.stringify(format)}`;
    return fail('result-format', file, `written by ${which}, which this grader (result format ${RESULT_FORMAT}) does not read: grade the class again (grader grade) to render it`);
  }
  const validate = validator();
  if (!validate(data)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath === '' || first === undefined ? 'the document' : first.instancePath;
    return fail('result-shape', file, `not a student result: ${where} ${first?.message ?? 'is malformed'}`);
  }
  const result = data as unknown as StudentResult;
  const badId = checkStudentId(result.student.id);
  if (badId !== undefined) return fail('result-student-id', file, badId);
  const expectedName = `${result.student.id}.json`;
  if (basename(file) !== expectedName) {
    return fail('result-file-name', file, `the result of student "${result.student.id}" must be saved as ${expectedName}`);
  }
  return { ok: true, result };
}

/**
 * The result files to render: `<path>/results/*.json` when `path` is a grading output folder,
 * else `<path>/*.json`; sorted by name. Undefined when `path` is not a folder.
 */
export async function listResultFiles(path: string): Promise<string[] | undefined> {
  const isFolder = async (p: string): Promise<boolean> => (await stat(p).catch(() => undefined))?.isDirectory() === true;
  if (!(await isFolder(path))) return undefined;
  const folder = (await isFolder(join(path, RESULTS_FOLDER))) ? join(path, RESULTS_FOLDER) : path;
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(folder, name));
}

/** Reads and checks one result file (synchronously: results are small, and a class has many). */
export function loadStudentResultSync(file: string): ParsedResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    return fail('result-unreadable', file, (error as Error).message);
  }
  return parseStudentResult(text, file);
}

export async function loadStudentResult(file: string): Promise<ParsedResult> {
  return loadStudentResultSync(file);
}

function fail(code: string, file: string, message: string, line?: number): ParsedResult {
  return { ok: false, problem: { code, severity: 'error', message, file, ...(line === undefined ? {} : { line }) } };
}

/** V8 reports JSON errors by offset ("at position 42"); turn it into a line. */
function jsonErrorLine(text: string, error: unknown): number | undefined {
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  if (position === undefined) return undefined;
  return text.slice(0, Number(position)).split('\n').length;
}

/** The course's languages as the first readable result of `files` records them (its default first); English when none can be read. */
export async function recordedLanguages(files: readonly string[]): Promise<readonly string[]> {
  for (const file of files) {
    const parsed = await loadStudentResult(file);
    if (parsed.ok) return parsed.result.languages;
  }
  return ['en'];
}
