// A code file that does not load (it does not parse, or its top-level code threw, looped or
// filled the memory) fails the same way for every code exercise: the failure is described
// once, for the student's result, and the other exercises it covers get its status without
// running the file again (13 code exercises cost one endless loop, not thirteen).
import type { CodeLoadFailure } from '../result/types.ts';
import { tooLargeMessage, type SandboxLimits, type SandboxOutcome } from '../sandbox/index.ts';

/** A load failure and the limits of the exercise it happened in. */
export interface FailedLoad {
  readonly failure: CodeLoadFailure;
  readonly limits: SandboxLimits;
}

/** The load failure an outcome shows, or undefined when the file loaded (or the sandbox itself failed). */
export function loadFailureOf(outcome: SandboxOutcome, file: string, limits: SandboxLimits): CodeLoadFailure | undefined {
  switch (outcome.kind) {
    case 'too-large':
      return { code: 'code-too-large', status: 'invalid', file, message: tooLargeMessage(file, outcome.bytes, outcome.limitBytes) };
    case 'syntax-error':
      return { code: 'code-syntax-error', status: 'invalid', file, line: outcome.line, col: outcome.col, message: syntaxError(file, outcome) };
    case 'load-error': {
      const at = outcome.line === undefined ? {} : { line: outcome.line, ...(outcome.col === undefined ? {} : { col: outcome.col }) };
      return { code: 'code-load-threw', status: 'error', file, ...at, message: loadThrew(file, outcome) };
    }
    case 'timeout':
      return { code: 'code-load-timeout', status: 'timeout', file, message: loadTimedOut(file, limits) };
    case 'memory':
      return { code: 'code-load-memory', status: 'memory', file, message: loadOutOfMemory(file, limits) };
    case 'ran':
    case 'crashed':
      return undefined;
  }
}

/**
 * Whether a failure under `failed.limits` is also the answer under `limits`: a parse error or
 * a throw always is, but a loop that ran out of 1 s might have finished in the 5 s another
 * exercise allows, and is then run there.
 */
export function failedLoadCovers(failed: FailedLoad, limits: SandboxLimits): boolean {
  if (failed.failure.status === 'timeout') return limits.timeMs <= failed.limits.timeMs;
  if (failed.failure.status === 'memory') return limits.memoryMb <= failed.limits.memoryMb;
  return true;
}

/** The feedback of a code exercise that was not run because its file did not load (code `code-not-loaded`). */
export function notLoadedSentence(failure: CodeLoadFailure): string {
  return `Not run: ${failure.file} did not load (see above).`;
}

function where(file: string, line?: number, col?: number): string {
  return line === undefined ? file : `${file}:${line}${col === undefined ? '' : `:${col}`}`;
}

function syntaxError(file: string, outcome: { line: number; col: number; message: string }): string {
  return `${where(file, outcome.line, outcome.col)}: syntax error: ${outcome.message}`;
}

function loadThrew(file: string, outcome: { line?: number; col?: number; message: string }): string {
  return `${where(file, outcome.line, outcome.col)}: the file failed while loading: ${outcome.message}`;
}

function loadTimedOut(file: string, limits: SandboxLimits): string {
  return `The top-level code of ${file} did not finish within ${limits.timeMs} ms: look for a loop that never ends.`;
}

function loadOutOfMemory(file: string, limits: SandboxLimits): string {
  return `The top-level code of ${file} used more than ${limits.memoryMb} MB of memory.`;
}
