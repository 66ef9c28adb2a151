// The sentences of a function exercise's feedback that are not about a wrong value (those are
// in the case table): each built by one small function, named by its stable code, so that they
// can become codes and params rendered from per-language catalogues.
import { didYouMean } from '../spec/schema/did-you-mean.ts';
import { formatBytes, type SandboxLimits } from '../sandbox/index.ts';
import type { PromiseSite } from './promise-site.ts';

/** A failure of the calls, as the case table holds it. */
export interface CallFailure {
  readonly kind: 'timeout' | 'memory' | 'threw' | 'promise';
  readonly visible: boolean;
  /** For a throw: the case's message, and the line it was thrown at. */
  readonly message?: string;
  readonly line?: number;
}

/** One sentence per kind of failure of the calls (codes `function-timeout`, `function-memory`, `function-threw`, `function-threw-hidden`, `function-returned-promise`). */
export function callFailureSentences(name: string, failures: readonly CallFailure[], limits: SandboxLimits, file: string, site: PromiseSite | undefined): string[] {
  const sentences: string[] = [];
  if (failures.some((f) => f.kind === 'promise')) sentences.push(returnedPromise(name, file, site));
  if (failures.some((f) => f.kind === 'timeout')) sentences.push(ranOutOfTime(name, limits));
  if (failures.some((f) => f.kind === 'memory')) sentences.push(ranOutOfMemory(name, limits));
  const threw = failures.filter((f) => f.kind === 'threw');
  const visibleThrow = threw.find((f) => f.visible);
  if (visibleThrow) sentences.push(`\`${name}\` threw an error: ${visibleThrow.message}.`);
  const hiddenThrows = threw.filter((f) => !f.visible);
  if (hiddenThrows.length > 0) sentences.push(threwOnHidden(name, hiddenThrows));
  return sentences;
}

function ranOutOfTime(name: string, limits: SandboxLimits): string {
  return `\`${name}\` ran out of time: ${limits.timeMs} ms is the limit for all tests together. Look for a loop that never ends.`;
}

function ranOutOfMemory(name: string, limits: SandboxLimits): string {
  return `\`${name}\` used more than ${formatBytes(limits.memoryMb * 1024 * 1024)} of memory: look for an array or string that grows without end.`;
}

function threwOnHidden(name: string, hiddenThrows: readonly CallFailure[]): string {
  const lines = [...new Set(hiddenThrows.map((f) => f.line).filter((l) => l !== undefined))];
  const at = lines.length > 0 ? ` (at line ${lines.join(', ')})` : '';
  return `\`${name}\` threw an error on ${hiddenThrows.length} hidden ${hiddenThrows.length === 1 ? 'test' : 'tests'}${at}.`;
}

/** Code `function-returned-promise`: the grader never waits on a student's Promise. */
export function returnedPromise(name: string, file: string, site: PromiseSite | undefined): string {
  const must = `\`${name}\` must be synchronous and return the value itself: it returned a Promise, which is never waited for.`;
  if (!site) return `${must} Remove \`async\`, or compute the value and return it instead of a Promise.`;
  const at = `${file}:${site.line}:${site.col}`;
  return site.kind === 'async' ? `${must} Remove \`async\` (${at}).` : `${must} Return the value instead of a Promise (${at}).`;
}

/** Codes `function-missing` and `function-missing-other-name`: the function asked for is not in the file, perhaps under another name. */
export function missingFunction(file: string, name: string, args: readonly string[], exported: readonly string[]): string {
  const write = `write \`export function ${name}(${args.join(', ')}) { … }\``;
  const other = didYouMean(name, exported.filter((candidate) => candidate !== name));
  if (!other) return `${file} has no function \`${name}\` yet: ${write}.`;
  return `${file} has no function \`${name}\` yet, but it exports \`${other}\`: names must match exactly, so rename it \`${name}\`.`;
}

/** Code `function-not-a-function`. */
export function notAFunction(file: string, name: string, found: string): string {
  return `${file} has \`${name}\`, but it is ${found === 'object' ? 'an object' : `a ${found}`}, not a function.`;
}

/** Code `function-not-exported`. */
export function notExported(name: string): string {
  return `\`${name}\` is not exported; it was graded as a top-level function. Write \`export function ${name}(…)\`.`;
}

/** Code `output-cut`: what the code printed beyond the limit is dropped, and costs the function nothing. */
export function outputCut(limits: SandboxLimits): string {
  return `Your code printed more than ${limits.outputKb} KB: the rest of its output is not shown (printing never changes the grade).`;
}

/** Code `sandbox-failed`. */
export function sandboxFailed(file: string, message: string): string {
  return `The sandbox failed while running ${file} (${message}); this says nothing about your code, please tell your instructor.`;
}

/** The `console` field: what was printed, marked when it was cut. */
export function consoleField(text: string, truncated: boolean, limits: SandboxLimits): { console?: string } {
  if (text === '' && !truncated) return {};
  return { console: truncated ? `${text}\n… (output cut at ${limits.outputKb} KB)` : text };
}
