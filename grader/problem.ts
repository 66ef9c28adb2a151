// Problems are data: every stage collects them and the CLI alone prints them.

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
