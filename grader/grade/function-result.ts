// From a sandbox outcome to a function exercise's result: per-case results (visible cases in
// full, hidden and random ones only as a status), the status, the score and the feedback.
import type { ResolvedMisconception } from '../diagnose/index.ts';
import type { CaseResult, CaseStatus, ExerciseResult, Status } from '../result/types.ts';
import { displayValue, formatBytes, tooLargeMessage, type CallOutcome, type SandboxLimits, type SandboxOutcome } from '../sandbox/index.ts';
import type { FunctionAnswer, Tolerance } from '../spec/types.ts';
import { checkReturn, readNumbers } from './check-return.ts';
import { roundScore } from './answer.ts';
import type { CasePlan, PlannedCase } from './function-cases.ts';
import { diagnoseFunction, type CaseAnswer } from './function-diagnosis.ts';

export type ResultBase = Omit<ExerciseResult, 'status' | 'score' | 'feedback'>;

export interface ResultInput {
  readonly base: ResultBase;
  readonly outcome: SandboxOutcome;
  readonly plan: CasePlan;
  readonly answer: FunctionAnswer;
  readonly misconceptions: readonly ResolvedMisconception[];
  readonly tolerance: Tolerance;
  readonly reveal: boolean;
  readonly limits: SandboxLimits;
  readonly filename: string;
}

interface GradedCase {
  readonly result: CaseResult;
  readonly answer: CaseAnswer;
  readonly call: CallOutcome;
}

export function resultFromOutcome(input: ResultInput): ExerciseResult {
  const { outcome, filename, limits, base } = input;
  const finish = (status: Status, feedback: string[], extra: Partial<ExerciseResult> = {}): ExerciseResult => ({
    ...base,
    status,
    score: 0,
    feedback,
    ...consoleField(outcome.console, outcome.consoleTruncated, limits),
    ...extra,
  });
  const where = (line?: number, col?: number) => (line === undefined ? filename : `${filename}:${line}${col === undefined ? '' : `:${col}`}`);
  switch (outcome.kind) {
    case 'too-large':
      return finish('invalid', [tooLargeMessage(filename, outcome.bytes, outcome.limitBytes)]);
    case 'syntax-error':
      return finish('invalid', [`${where(outcome.line, outcome.col)}: syntax error: ${outcome.message}`]);
    case 'load-error':
      return finish('error', [`${where(outcome.line, outcome.col)}: the file failed while loading: ${outcome.message}`]);
    case 'timeout':
      return finish('timeout', [`The top-level code of ${filename} did not finish within ${limits.timeMs} ms: look for a loop that never ends.`]);
    case 'memory':
      return finish('memory', [`The top-level code of ${filename} used more than ${limits.memoryMb} MB of memory.`]);
    case 'crashed':
      return finish('error', [`The sandbox failed while running ${filename} (${outcome.message}); this says nothing about your code, please tell your instructor.`]);
    case 'ran':
      return ranResult(input, outcome);
  }
}

function ranResult(input: ResultInput, outcome: Extract<SandboxOutcome, { kind: 'ran' }>): ExerciseResult {
  const { base, plan, answer, limits, filename } = input;
  const name = answer.name;
  const missing = outcome.calls.find((call): call is Extract<CallOutcome, { kind: 'missing-export' }> => call.kind === 'missing-export');
  if (missing) {
    // One solution file holds every code exercise: a function it does not have is not answered yet.
    const [status, message] = missing.found
      ? (['invalid', `${filename} has \`${name}\`, but it is ${missing.found === 'object' ? 'an object' : `a ${missing.found}`}, not a function.`] as const)
      : (['missing', `${filename} has no function \`${name}\` yet: write \`export function ${name}(${answer.args.map((a) => a.name).join(', ')}) { … }\`.`] as const);
    // A missing function has no code to show (the base's answer would be the whole file).
    const { answer: _shown, ...withoutAnswer } = base;
    return { ...(status === 'missing' ? withoutAnswer : base), status, score: 0, feedback: [message], ...consoleField(outcome.console, outcome.consoleTruncated, limits) };
  }

  const graded = plan.cases.map((planned, i) => gradeCase(planned, outcome.calls[i] ?? { kind: 'timeout' }, input));
  const count = (status: CaseStatus) => graded.filter((g) => g.result.status === status).length;
  const total = graded.length;
  const passed = count('pass');
  const status: Status =
    count('timeout') > 0 ? 'timeout'
    : count('memory') > 0 ? 'memory'
    : passed === total ? 'correct'
    : passed > 0 ? 'partial'
    : count('error') === total ? 'error'
    : 'incorrect';
  const misconception = status === 'correct' ? undefined : diagnoseFunction(graded.map((g) => g.answer), input.misconceptions, input.tolerance);
  const score = roundScore(Math.max((base.max * passed) / total, misconception ? misconception.credit * base.max : 0));

  const unseen = graded.filter((g) => g.result.visibility !== 'visible');
  const feedback = [
    `Passed ${passed} of ${total} tests.`,
    ...outcome.unexported.map((fn) => `\`${fn}\` is not exported; it was graded as a top-level function. Write \`export function ${fn}(…)\`.`),
    ...problemSentences(graded, input),
    ...plan.skipped.map((s) => `A ${s.visibility} test was not counted because ${s.message}; please tell your instructor.`),
  ];
  // Output printed during hidden tests could show their arguments: only load and visible output is kept.
  const shown = outcome.printedAtLoad + graded.map((g, i) => (g.result.visibility === 'visible' ? outcome.printedByCall[i] ?? '' : '')).join('');
  const hiddenOutput = graded.some((g, i) => g.result.visibility !== 'visible' && (outcome.printedByCall[i] ?? '') !== '');
  if (hiddenOutput) feedback.push('Output printed during hidden tests is not shown.');
  return {
    ...base,
    status,
    score,
    feedback,
    ...(misconception ? { misconception: { id: misconception.id, title: misconception.title, feedback: misconception.feedback } } : {}),
    cases: graded.map((g) => g.result),
    ...(unseen.length > 0 ? { hidden: { failed: unseen.filter((g) => g.result.status !== 'pass').length, total: unseen.length } } : {}),
    ...consoleField(shown, outcome.consoleTruncated, limits),
  };
}

function gradeCase(planned: PlannedCase, call: CallOutcome, input: ResultInput): GradedCase {
  const visible = planned.visibility === 'visible';
  const shown = (status: CaseStatus, details: Omit<CaseResult, 'visibility' | 'status' | 'args' | 'expected'>): CaseResult =>
    visible
      ? { visibility: 'visible', status, args: planned.args, ...(input.reveal ? { expected: planned.expected } : {}), ...details }
      : { visibility: planned.visibility, status };
  const noAnswer = { planned, numbers: undefined };
  switch (call.kind) {
    case 'returned': {
      const check = checkReturn(call.value, planned.expected, planned.accepted, input.tolerance, input.answer.returns);
      const read = readNumbers(call.value, input.answer.returns);
      const status: CaseStatus = check.pass ? 'pass' : call.value.type === 'unreadable' ? 'error' : 'fail';
      const details = {
        received: displayValue(call.value),
        ...(check.difference === undefined || !input.reveal ? {} : { difference: check.difference }),
        ...(check.pass ? {} : { message: check.message }),
      };
      return { result: shown(status, details), answer: { planned, numbers: read.ok ? read.numbers : undefined }, call };
    }
    case 'threw':
      return { result: shown('error', { message: call.line === undefined ? call.message : `line ${call.line}: ${call.message}` }), answer: noAnswer, call };
    case 'timeout':
      return { result: shown('timeout', { message: `did not finish within the ${input.limits.timeMs} ms limit` }), answer: noAnswer, call };
    case 'memory':
      return { result: shown('memory', { message: `used more than ${input.limits.memoryMb} MB of memory` }), answer: noAnswer, call };
    case 'missing-export':
      return { result: shown('error', { message: `no function \`${input.answer.name}\`` }), answer: noAnswer, call };
  }
}

/** One sentence per kind of failure that is not a wrong value (those are in the case table). */
function problemSentences(graded: readonly GradedCase[], input: ResultInput): string[] {
  const sentences: string[] = [];
  const name = `\`${input.answer.name}\``;
  if (graded.some((g) => g.call.kind === 'timeout')) {
    sentences.push(`${name} ran out of time: ${input.limits.timeMs} ms is the limit for all tests together. Look for a loop that never ends.`);
  }
  if (graded.some((g) => g.call.kind === 'memory')) {
    sentences.push(`${name} used more than ${formatBytes(input.limits.memoryMb * 1024 * 1024)} of memory: look for an array or string that grows without end.`);
  }
  const threw = graded.filter((g) => g.call.kind === 'threw');
  const visibleThrow = threw.find((g) => g.result.visibility === 'visible');
  if (visibleThrow) sentences.push(`${name} threw an error: ${visibleThrow.result.message}.`);
  const hiddenThrows = threw.filter((g) => g.result.visibility !== 'visible');
  if (hiddenThrows.length > 0) {
    const lines = [...new Set(hiddenThrows.map((g) => (g.call as { line?: number }).line).filter((l) => l !== undefined))];
    const at = lines.length > 0 ? ` (at line ${lines.join(', ')})` : '';
    sentences.push(`${name} threw an error on ${hiddenThrows.length} hidden ${hiddenThrows.length === 1 ? 'test' : 'tests'}${at}.`);
  }
  return sentences;
}

function consoleField(text: string, truncated: boolean, limits: SandboxLimits): { console?: string } {
  if (text === '' && !truncated) return {};
  return { console: truncated ? `${text}\n… (output cut at ${limits.outputKb} KB)` : text };
}

