// The messages of a function exercise's feedback that are not about a wrong value (those are
// in the case table): each built by one small function.
import { message, type Message } from '../messages/message.ts';
import { didYouMean } from '../spec/schema/did-you-mean.ts';
import type { SandboxLimits } from '../sandbox/index.ts';
import type { PromiseSite } from './promise-site.ts';

/** A failure of the calls, as the case table holds it. */
export interface CallFailure {
  readonly kind: 'timeout' | 'memory' | 'threw' | 'promise';
  readonly visible: boolean;
  /** For a throw: what was thrown, and the line it was thrown at. */
  readonly error?: string;
  readonly line?: number;
}

/** A size in bytes, KB or MB, as a message (the numbers in the reader's digits). */
export function sizeMessage(bytes: number): Message {
  if (bytes < 1024) return message('size.bytes', { bytes });
  if (bytes < 1024 * 1024) return message('size.kb', { kb: Math.round((bytes / 1024) * 10) / 10 });
  return message('size.mb', { mb: Math.round((bytes / 1024 / 1024) * 10) / 10 });
}

/** One message per kind of failure of the calls. */
export function callFailureMessages(name: string, failures: readonly CallFailure[], limits: SandboxLimits, file: string, site: PromiseSite | undefined): Message[] {
  const messages: Message[] = [];
  if (failures.some((f) => f.kind === 'promise')) messages.push(returnedPromise(name, file, site));
  if (failures.some((f) => f.kind === 'timeout')) messages.push(message('function-timeout', { name, ms: limits.timeMs }));
  if (failures.some((f) => f.kind === 'memory')) messages.push(message('function-memory', { name, size: sizeMessage(limits.memoryMb * 1024 * 1024) }));
  const threw = failures.filter((f) => f.kind === 'threw');
  const visibleThrow = threw.find((f) => f.visible);
  if (visibleThrow) {
    const error = visibleThrow.error ?? '';
    messages.push(visibleThrow.line === undefined ? message('function-threw', { name, error }) : message('function-threw-at', { name, line: visibleThrow.line, error }));
  }
  const hiddenThrows = threw.filter((f) => !f.visible);
  if (hiddenThrows.length > 0) messages.push(threwOnHidden(name, hiddenThrows));
  return messages;
}

function threwOnHidden(name: string, hiddenThrows: readonly CallFailure[]): Message {
  const lines = [...new Set(hiddenThrows.flatMap((f) => (f.line === undefined ? [] : [f.line])))];
  const count = hiddenThrows.length;
  return lines.length > 0 ? message('function-threw-hidden-at', { name, count, lines, lineCount: lines.length }) : message('function-threw-hidden', { name, count });
}

/** The grader never waits on a student's Promise: it says where the Promise came from. */
export function returnedPromise(name: string, file: string, site: PromiseSite | undefined): Message {
  if (!site) return message('function-returned-promise', { name });
  const at = { name, file, line: site.line, col: site.col };
  return message(site.kind === 'async' ? 'function-returned-promise-async' : 'function-returned-promise-new', at);
}

/** The function asked for is not in the file, perhaps under another name. */
export function missingFunction(file: string, name: string, args: readonly string[], exported: readonly string[]): Message {
  const other = didYouMean(name, exported.filter((candidate) => candidate !== name));
  if (other) return message('function-missing-other-name', { file, name, other });
  return message('function-missing', { file, name, signature: `export function ${name}(${args.join(', ')}) { … }` });
}

export function notAFunction(file: string, name: string, found: Message): Message {
  return message('function-not-a-function', { file, name, found });
}

export function notExported(name: string): Message {
  return message('function-not-exported', { name });
}

/** What the code printed beyond the limit is dropped, and costs the function nothing. */
export function outputCut(limits: SandboxLimits): Message {
  return message('output-cut', { kb: limits.outputKb });
}

export function sandboxFailed(file: string, error: string): Message {
  return message('sandbox-failed', { file, error });
}

/** The `console` fields: what was printed, and the limit it was cut at when it was. */
export function consoleFields(text: string, truncated: boolean, limits: SandboxLimits): { console?: string; consoleCutKb?: number } {
  if (text === '' && !truncated) return {};
  return { console: text, ...(truncated ? { consoleCutKb: limits.outputKb } : {}) };
}
