// Loading a student's folder: the answers file (answers.yaml, answers.yml or answers.json)
// and the code file (solution.ts or solution.js). Files are named in problems relative to
// the folder, so that results do not depend on where the class was unpacked. The work is
// synchronous (a batch reads a few small files for each of thousands of students); the
// asynchronous functions are the same work for callers that await.
import { lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { message } from '../messages/message.ts';
import { fileProblem, type StudentFileProblem } from '../problem.ts';
import { parseAnswersBytes, type Answers } from './answers-file.ts';
import { checkSize, decodeUtf8, MAX_ANSWERS_BYTES, nulByte } from './file-guards.ts';
import { readCappedSync } from './read-capped.ts';

export const ANSWERS_FILES = ['answers.yaml', 'answers.yml', 'answers.json'] as const;
export const SOLUTION_FILES = ['solution.ts', 'solution.js'] as const;
export const MAX_SOLUTION_BYTES = 256 * 1024;

export interface SolutionSource {
  /** The file name within the student's folder (solution.ts or solution.js). */
  readonly file: string;
  readonly text: string;
}

export interface StudentFolder {
  readonly folder: string;
  /** Absent when the student has no answers file. */
  readonly answers?: Answers;
  readonly solution?: SolutionSource;
  /** Why the code file could not be read, when it could not: its code exercises are then invalid. */
  readonly solutionProblem?: StudentFileProblem;
  /** Every problem found in the folder, warnings (two answers files side by side) included. */
  readonly problems: readonly StudentFileProblem[];
}

/** Reads the answers file at `path` (named `file` in problems); undefined when there is none. */
export async function loadAnswersFile(path: string, file = basename(path)): Promise<Answers | undefined> {
  return loadAnswersFileSync(path, file);
}

function loadAnswersFileSync(path: string, file: string): Answers | undefined {
  const read = readCappedSync(path, file, MAX_ANSWERS_BYTES, (size) => checkSize(size, file)!);
  if (read.ok) return parseAnswersBytes(read.bytes, file);
  if ('absent' in read) return undefined;
  return { file, readable: false, entries: new Map(), problems: [read.problem] };
}

/** The first answers file found in `folder`; undefined when there is none. */
export async function loadAnswers(folder: string): Promise<Answers | undefined> {
  for (const name of ANSWERS_FILES) {
    const answers = loadAnswersFileSync(join(folder, name), name);
    if (answers) return answers;
  }
  return undefined;
}

export async function loadSolutionFile(path: string, file = basename(path)): Promise<{ solution?: SolutionSource; problem?: StudentFileProblem }> {
  return loadSolutionFileSync(path, file);
}

function loadSolutionFileSync(path: string, file: string): { solution?: SolutionSource; problem?: StudentFileProblem } {
  const tooLarge = (size: number) => fileProblem(message('solution-too-large', { file, kb: Math.ceil(size / 1024), max: MAX_SOLUTION_BYTES / 1024 }), file);
  const read = readCappedSync(path, file, MAX_SOLUTION_BYTES, tooLarge);
  if (!read.ok) return 'absent' in read ? {} : { problem: read.problem };
  const nul = nulByte(read.bytes);
  if (nul) return { problem: fileProblem(message('solution-binary', { file }), file, nul) };
  const decoded = decodeUtf8(read.bytes);
  if (!('text' in decoded)) return { problem: fileProblem(message('solution-not-utf8', { file, byte: decoded.byte, line: decoded.line }), file, { line: decoded.line, col: decoded.col }) };
  return { solution: { file, text: decoded.text } };
}

/** Which of `names` exist in `folder` (as anything: reading says what is wrong with a non-file). */
function present(folder: string, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    try {
      // Absent is the usual case (answers.yml, solution.js): no exception built for it.
      if (lstatSync(join(folder, name), { throwIfNoEntry: false })) found.push(name);
    } catch {
      // Unreachable, which reading reports the same way.
    }
  }
  return found;
}

/**
 * Loads a student's folder, or a single answers or code file in it: a path ending in
 * .ts or .js is the code file, any other file the answers file, and the other one is
 * looked for beside it under its usual names.
 */
export async function loadStudentFolder(path: string, isFile = false): Promise<StudentFolder> {
  return loadStudentFolderSync(path, isFile);
}

export function loadStudentFolderSync(path: string, isFile = false): StudentFolder {
  const folder = isFile ? dirname(path) : path;
  const given = isFile ? basename(path) : undefined;
  const isCode = given !== undefined && /\.[cm]?[jt]s$/i.test(given);
  const problems: StudentFileProblem[] = [];
  const answerNames = given && !isCode ? [given] : present(folder, ANSWERS_FILES);
  const solutionNames = isCode ? [given!] : present(folder, SOLUTION_FILES);
  for (const [names, what] of [[answerNames, 'answers'], [solutionNames, 'code']] as const) {
    if (names.length > 1) {
      const several = message(what === 'answers' ? 'several-answers-files' : 'several-code-files', { used: names[0]!, ignored: names[1]! });
      problems.push(fileProblem(several, names[1]!, undefined, 'warning'));
    }
  }
  const answers = answerNames[0] === undefined ? undefined : loadAnswersFileSync(join(folder, answerNames[0]), answerNames[0]);
  const code = solutionNames[0] === undefined ? {} : loadSolutionFileSync(join(folder, solutionNames[0]), solutionNames[0]);
  if (code.problem) problems.push(code.problem);
  return {
    folder,
    ...(answers ? { answers } : {}),
    ...(code.solution ? { solution: code.solution } : {}),
    ...(code.problem ? { solutionProblem: code.problem } : {}),
    problems,
  };
}
