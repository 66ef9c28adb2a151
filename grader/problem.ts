// Problems are data: every stage collects them and the CLI alone prints them. A problem with
// the course or the run is for the instructor, in English (`message`); a problem with a
// student's files is for the student, and is a message (a code and its params) rendered in
// their language.
import type { Message } from './messages/message.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** A stable kebab-case code tests assert on (`unknown-reference`, `yaml-syntax`, ...). */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  /** 1-based line and column of the fault, when the input has positions. */
  readonly line?: number;
  readonly col?: number;
  /** How many characters the fault spans (for the caret line); 1 when unknown. */
  readonly length?: number;
}

/** A problem with a student's files: a message, with its place. */
export type StudentFileProblem = Message & {
  readonly severity: Severity;
  readonly file: string;
  /** 1-based line and column of the fault, when the file has positions. */
  readonly line?: number;
  readonly col?: number;
};

/** A message about the student's `file`, at `position` when there is one. */
export function fileProblem(problem: Message, file: string, position?: { readonly line: number; readonly col: number }, severity: Severity = 'error'): StudentFileProblem {
  return { ...problem, severity, file, ...position };
}

/** The message of a problem with a student's file (or of anything else that is a message), without its place. */
export function messageOf(problem: Message): Message {
  return (problem.params === undefined ? { code: problem.code } : { code: problem.code, params: problem.params }) as Message;
}

/** Anything a student's code or a library throws, turned into an Error without trusting it. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  try {
    return new Error(typeof thrown === 'string' ? thrown : JSON.stringify(thrown) ?? String(thrown));
  } catch {
    return new Error(Object.prototype.toString.call(thrown));
  }
}

/** Cuts untrusted text to `max` characters for a message, saying how much was cut. */
export function cutShort(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}
