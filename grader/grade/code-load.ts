// A code file that does not load (it does not parse, or its top-level code threw, looped or
// filled the memory) fails the same way for every code exercise: the failure is described
// once, for the student's result, and the other exercises it covers get its status without
// running the file again (13 code exercises cost one endless loop, not thirteen).
import { message, type Message } from '../messages/message.ts';
import type { CodeLoadFailure } from '../result/types.ts';
import type { SandboxLimits, SandboxOutcome } from '../sandbox/index.ts';
import { sizeMessage } from './function-feedback.ts';

/** A load failure and the limits of the exercise it happened in. */
export interface FailedLoad {
  readonly failure: CodeLoadFailure;
  readonly limits: SandboxLimits;
}

/** The load failure an outcome shows, or undefined when the file loaded (or the sandbox itself failed). */
export function loadFailureOf(outcome: SandboxOutcome, file: string, limits: SandboxLimits): CodeLoadFailure | undefined {
  switch (outcome.kind) {
    case 'too-large':
      return { code: 'code-too-large', status: 'invalid', file, message: message('code-too-large', { file, size: sizeMessage(outcome.bytes), limit: sizeMessage(outcome.limitBytes) }) };
    case 'syntax-error':
      const error = message('code-syntax-error', { file, line: outcome.line, col: outcome.col, error: outcome.message });
      return { code: 'code-syntax-error', status: 'invalid', file, line: outcome.line, col: outcome.col, message: error };
    case 'load-error': {
      const at = outcome.line === undefined ? {} : { line: outcome.line, ...(outcome.col === undefined ? {} : { col: outcome.col }) };
      const threw = outcome.line === undefined ? message('code-load-threw', { file, error: outcome.message }) : message('code-load-threw-at', { file, line: outcome.line, error: outcome.message });
      return { code: 'code-load-threw', status: 'error', file, ...at, message: threw };
    }
    case 'timeout':
      return { code: 'code-load-timeout', status: 'timeout', file, message: message('code-load-timeout', { file, ms: limits.timeMs }) };
    case 'memory':
      return { code: 'code-load-memory', status: 'memory', file, message: message('code-load-memory', { file, mb: limits.memoryMb }) };
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

/** The feedback of a code exercise that was not run because its file did not load. */
export function notLoadedMessage(failure: CodeLoadFailure): Message {
  return message('code-not-loaded', { file: failure.file });
}
