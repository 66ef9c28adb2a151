// A self-check under a policy that gives no verdicts (`self_check: { verdicts: false }`), whose
// pack holds no reference to compare with: each answer is only read by its kind's parser (read,
// or why it cannot be), and the code only loaded and called on the visible cases, to report
// what keeps it from running (a syntax error, a throw, a timeout, a missing function). No
// status here is a verdict: `read` and `ran` say nothing of right or wrong, and there is no score.
import { callFailureMessages, consoleFields, type CallFailure, missingFunction, notAFunction, sandboxFailed } from '../grade/function-feedback.ts';
import { failedLoadCovers, loadFailureOf, notLoadedMessage, type FailedLoad } from '../grade/code-load.ts';
import { displayAnswer, isBlank } from '../grade/display.ts';
import { kindOfType } from '../grade/value-kind.ts';
import { message, type Message } from '../messages/message.ts';
import type { LocalizedText } from '../messages/params.ts';
import type { CodeLoadFailure, Status } from '../result/types.ts';
import { resolveLimits } from '../sandbox/limits.ts';
import type { SandboxPool } from '../sandbox/pool.ts';
import { exerciseTitle, optionLabels } from '../spec/localized.ts';
import type { AnswerSpec, ExerciseSpec, FunctionAnswer, Limits } from '../spec/types.ts';
import { parseChoice, parseNumber, parseVector, unreadableReason, unusableAnswer, type Answers, type SolutionSource } from '../submission/index.ts';

export type NoVerdictState = 'read' | 'ran' | Extract<Status, 'missing' | 'invalid' | 'error' | 'timeout' | 'memory'>;

export interface NoVerdictExercise {
  readonly id: string;
  readonly title: LocalizedText;
  readonly kind: AnswerSpec['kind'];
  readonly state: NoVerdictState;
  readonly feedback: readonly Message[];
  /** The answer as the student wrote it (untrusted, cut short). */
  readonly answer?: string;
  /** What the code printed on the visible cases (untrusted, capped). */
  readonly console?: string;
}

/** Each kind's reader: the parser its grader starts with, and nothing after it. */
const READERS: { readonly [K in Exclude<AnswerSpec['kind'], 'function'>]: (exercise: ExerciseSpec, answer: Extract<AnswerSpec, { kind: K }>, raw: unknown) => Message | undefined } = {
  scalar: (_exercise, _answer, raw) => {
    const parsed = parseNumber(raw);
    return parsed.ok ? undefined : parsed.reason;
  },
  vector: (_exercise, _answer, raw) => {
    const parsed = parseVector(raw);
    return parsed.ok ? undefined : parsed.reason;
  },
  choice: (exercise, answer, raw) => {
    const parsed = parseChoice(raw, optionLabels(exercise), answer.multiple ?? false);
    return parsed.ok ? undefined : parsed.reason;
  },
};

type Reader = (exercise: ExerciseSpec, answer: AnswerSpec, raw: unknown) => Message | undefined;

export function readAnswerOnly(exercise: ExerciseSpec, answers: Answers | undefined): NoVerdictExercise {
  const base = { id: exercise.id, title: exerciseTitle(exercise), kind: exercise.answer.kind };
  if (answers !== undefined && !answers.readable) {
    const first = answers.problems[0];
    return { ...base, state: 'invalid', feedback: first ? [unreadableReason(first)] : [] };
  }
  const entry = answers?.entries.get(exercise.id);
  if (entry?.problem) return { ...base, state: 'invalid', feedback: [unusableAnswer(entry.problem)] };
  const raw = entry?.value;
  if (isBlank(raw)) return { ...base, state: 'missing', feedback: [answers ? message('no-answer', { file: answers.file }) : message('no-answers-file')] };
  const answer = displayAnswer(raw);
  const why = (READERS[exercise.answer.kind as keyof typeof READERS] as Reader)(exercise, exercise.answer, raw);
  return why === undefined ? { ...base, state: 'read', feedback: [message('self-check.read')], answer } : { ...base, state: 'invalid', feedback: [why], answer };
}

export interface CodeRunContext {
  /** Absent when the student has no code file. */
  readonly pool?: SandboxPool;
  readonly source: SolutionSource | undefined;
  readonly courseLimits: Limits | undefined;
  /** Why the code file could not be read, when it could not. */
  readonly sourceProblem?: Message;
  /** The first load failure of the file: the exercises it covers are not run again. */
  failedLoad?: FailedLoad;
}

/** A code exercise's visible cases run for what keeps the code from running; nothing is compared. */
export async function runCodeOnly(exercise: ExerciseSpec & { answer: FunctionAnswer }, ctx: CodeRunContext): Promise<NoVerdictExercise> {
  const base = { id: exercise.id, title: exerciseTitle(exercise), kind: exercise.answer.kind };
  const { answer } = exercise;
  if (ctx.sourceProblem !== undefined) return { ...base, state: 'invalid', feedback: [message('code-file-unreadable', { reason: ctx.sourceProblem })] };
  if (ctx.source === undefined || ctx.pool === undefined) return { ...base, state: 'missing', feedback: [message('code-file-missing')] };
  const limits = resolveLimits(ctx.courseLimits, answer.limits);
  if (ctx.failedLoad && failedLoadCovers(ctx.failedLoad, limits)) return { ...base, state: ctx.failedLoad.failure.status, feedback: [notLoadedMessage(ctx.failedLoad.failure)] };
  const visible = answer.cases.visible ?? [];
  const outcome = await ctx.pool.run({
    source: ctx.source.text,
    filename: ctx.source.file,
    calls: visible.map((args) => ({ exportName: answer.name, args: answer.args.map((arg) => args[arg.name]!) })),
    limits,
  });
  const file = ctx.source.file;
  const printed = consoleFields(outcome.console, outcome.consoleTruncated, limits);
  if (outcome.kind !== 'ran') {
    const failure: CodeLoadFailure | undefined = loadFailureOf(outcome, file, limits);
    if (failure) ctx.failedLoad ??= { failure, limits };
    return failure ? { ...base, state: failure.status, feedback: [failure.message], ...printed } : { ...base, state: 'error', feedback: [sandboxFailed(file, outcome.kind === 'crashed' ? outcome.message : outcome.kind)] };
  }
  const missing = outcome.calls.find((call) => call.kind === 'missing-export');
  if (missing?.kind === 'missing-export') {
    if (missing.found) return { ...base, state: 'invalid', feedback: [notAFunction(file, answer.name, kindOfType(missing.found))] };
    return { ...base, state: 'missing', feedback: [missingFunction(file, answer.name, answer.args.map((a) => a.name), missing.exported ?? [])] };
  }
  const failures = outcome.calls.flatMap((call): CallFailure[] =>
    call.kind === 'threw' ? [{ kind: 'threw' as const, visible: true, error: call.message, ...(call.line === undefined ? {} : { line: call.line }) }]
    : call.kind === 'timeout' || call.kind === 'memory' ? [{ kind: call.kind, visible: true }]
    : [],
  );
  const state: NoVerdictState = failures.some((f) => f.kind === 'timeout') ? 'timeout' : failures.some((f) => f.kind === 'memory') ? 'memory' : failures.length > 0 ? 'error' : 'ran';
  const feedback = state === 'ran' ? [message('self-check.ran', { count: visible.length })] : callFailureMessages(answer.name, failures, limits, file, undefined);
  return { ...base, state, feedback, ...printed };
}
