// From a sandbox outcome to a function exercise's result: per-case results (visible cases in
// full, hidden and random ones only as a status), the status, the score and the feedback.
import { diagnosisOf, type ResolvedMisconception } from '../diagnose/index.ts';
import { message, type Message } from '../messages/message.ts';
import type { CaseResult, CaseStatus, ExerciseResult, Status } from '../result/types.ts';
import { displayValue, type CallOutcome, type SandboxLimits, type SandboxOutcome } from '../sandbox/index.ts';
import type { FunctionAnswer, Tolerance } from '../spec/types.ts';
import { checkReturn, readNumbers } from './check-return.ts';
import { roundScore } from './answer.ts';
import type { CasePlan, PlannedCase } from './function-cases.ts';
import { loadFailureOf } from './code-load.ts';
import { diagnoseFunction, type CaseAnswer } from './function-diagnosis.ts';
import { callFailureMessages, consoleFields, missingFunction, notAFunction, notExported, outputCut, sandboxFailed, type CallFailure } from './function-feedback.ts';
import { promiseSite } from './promise-site.ts';
import { kindOfType } from './value-kind.ts';

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
  /** The student's whole file (to point at what made a Promise). */
  readonly source: string;
}

interface GradedCase {
  readonly result: CaseResult;
  readonly answer: CaseAnswer;
  readonly call: CallOutcome;
}

export function resultFromOutcome(input: ResultInput): ExerciseResult {
  const { outcome, filename, limits, base } = input;
  if (outcome.kind === 'ran') return ranResult(input, outcome);
  const failure = loadFailureOf(outcome, filename, limits);
  const [status, why]: [Status, Message] = failure ? [failure.status, failure.message] : ['error', sandboxFailed(filename, outcome.kind === 'crashed' ? outcome.message : outcome.kind)];
  return { ...base, status, score: 0, feedback: [why], ...consoleFields(outcome.console, outcome.consoleTruncated, limits) };
}

function ranResult(input: ResultInput, outcome: Extract<SandboxOutcome, { kind: 'ran' }>): ExerciseResult {
  const { base, plan, answer, limits, filename } = input;
  const name = answer.name;
  const missing = outcome.calls.find((call): call is Extract<CallOutcome, { kind: 'missing-export' }> => call.kind === 'missing-export');
  if (missing) {
    // One solution file holds every code exercise: a function it does not have is not answered yet.
    const [status, why] = missing.found
      ? (['invalid', notAFunction(filename, name, kindOfType(missing.found))] as const)
      : (['missing', missingFunction(filename, name, answer.args.map((a) => a.name), missing.exported ?? [])] as const);
    // A missing function has no code to show (the base's answer would be the whole file).
    const { answer: _shown, ...withoutAnswer } = base;
    return { ...(status === 'missing' ? withoutAnswer : base), status, score: 0, feedback: [why], ...consoleFields(outcome.console, outcome.consoleTruncated, limits) };
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
  const fitting = status === 'correct' ? [] : diagnoseFunction(graded.map((g) => g.answer), input.misconceptions, input.tolerance);
  const misconception = diagnosisOf(fitting);
  // Several mistakes fit alike: the answer cannot tell which, so it gets the most generous credit.
  const credit = Math.max(0, ...fitting.map((m) => m.credit));
  const score = roundScore(Math.max((base.max * passed) / total, credit * base.max));

  const unseen = graded.filter((g) => g.result.visibility !== 'visible');
  const failures = graded.flatMap((g) => callFailure(g));
  const feedback: Message[] = [
    message('tests-passed', { passed, total }),
    ...outcome.unexported.map(notExported),
    ...callFailureMessages(name, failures, limits, filename, failures.some((f) => f.kind === 'promise') ? promiseSite(input.source, name) : undefined),
    ...plan.skipped.map((s) => message('case-not-counted', { hidden: s.visibility === 'visible' ? 0 : 1, reason: s.reason })),
  ];
  // Output printed during hidden tests could show their arguments: only load and visible output is kept.
  const shown = outcome.printedAtLoad + graded.map((g, i) => (g.result.visibility === 'visible' ? outcome.printedByCall[i] ?? '' : '')).join('');
  const hiddenOutput = graded.some((g, i) => g.result.visibility !== 'visible' && (outcome.printedByCall[i] ?? '') !== '');
  if (hiddenOutput) feedback.push(message('hidden-output-not-shown'));
  if (outcome.consoleTruncated) feedback.push(outputCut(limits));
  return {
    ...base,
    status,
    score,
    feedback,
    ...(misconception ? { misconception } : {}),
    cases: graded.map((g) => g.result),
    ...(unseen.length > 0 ? { hidden: { failed: unseen.filter((g) => g.result.status !== 'pass').length, total: unseen.length } } : {}),
    ...consoleFields(shown, outcome.consoleTruncated, limits),
  };
}

/** What a case's failure says in the feedback (a wrong value says nothing there: it is in the case table). */
function callFailure(g: GradedCase): CallFailure[] {
  const visible = g.result.visibility === 'visible';
  const { call } = g;
  if (call.kind === 'returned') return call.value.type === 'promise' ? [{ kind: 'promise', visible }] : [];
  if (call.kind === 'threw') return [{ kind: 'threw', visible, error: call.message, ...(call.line === undefined ? {} : { line: call.line }) }];
  if (call.kind === 'timeout' || call.kind === 'memory') return [{ kind: call.kind, visible }];
  return [];
}

/** Why a case failed, without the expected entry, for an exercise that does not reveal expected values. */
function withoutExpected(why: Message): Message {
  return why.code === 'case.entry-wrong' ? message('case.not-within-tolerance') : why;
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
      // A Promise, or a value that could not be read, is not a wrong answer: the function failed.
      const failed = call.value.type === 'unreadable' || call.value.type === 'promise';
      const status: CaseStatus = check.pass ? 'pass' : failed ? 'error' : 'fail';
      const details = {
        received: displayValue(call.value),
        ...(check.difference === undefined || !input.reveal ? {} : { difference: check.difference }),
        ...(check.pass ? {} : { message: input.reveal ? check.message : withoutExpected(check.message) }),
      };
      return { result: shown(status, details), answer: { planned, numbers: read.ok ? read.numbers : undefined }, call };
    }
    case 'threw': {
      const error = call.line === undefined ? message('case.threw', { error: call.message }) : message('case.threw-at', { line: call.line, error: call.message });
      return { result: shown('error', { message: error }), answer: noAnswer, call };
    }
    case 'timeout':
      return { result: shown('timeout', { message: message('case.timeout', { ms: input.limits.timeMs }) }), answer: noAnswer, call };
    case 'memory':
      return { result: shown('memory', { message: message('case.memory', { mb: input.limits.memoryMb }) }), answer: noAnswer, call };
    case 'missing-export':
      return { result: shown('error', { message: message('case.no-function', { name: input.answer.name }) }), answer: noAnswer, call };
  }
}
