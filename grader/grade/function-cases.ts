// The cases a student's function is called on: the exercise's visible and hidden cases,
// and random cases drawn for this student (same student, same cases), each with the
// reference implementation's answer and any other answer a convention accepts.
import { message, type Message } from '../messages/message.ts';
import type { Value } from '../../reference/index.ts';
import { evaluateText } from '../expect/index.ts';
import type { CaseArgs, Convention, FunctionAnswer } from '../spec/types.ts';
import type { CaseVisibility } from '../result/types.ts';
import { drawRandomCases, type CaseSeed } from '../variant/index.ts';

export interface PlannedCase {
  readonly visibility: CaseVisibility;
  readonly args: CaseArgs;
  readonly expected: Value;
  /** Values a convention accepts here besides `expected` (ReLU′(0) ∈ {0, 1}). */
  readonly accepted: readonly Value[];
}

export interface CasePlan {
  readonly cases: readonly PlannedCase[];
  /** Cases left out because the reference could not answer them (an exercise bug, not the student's). */
  readonly skipped: readonly { readonly visibility: CaseVisibility; readonly reason: Message }[];
}

/** The visible and hidden cases of an exercise, the same for every student: planned once. */
const fixedPlans = new WeakMap<FunctionAnswer, CasePlan>();

/**
 * Visible cases first, then hidden, then random. All run in one runtime, so this order is
 * what keeps hidden arguments private: nothing a visible call returns, throws or prints can
 * carry them, since they have not been passed yet.
 */
export function planCases(answer: FunctionAnswer, seed: CaseSeed): CasePlan {
  let fixed = fixedPlans.get(answer);
  if (!fixed) {
    fixed = planSome(answer, [...(answer.cases.visible ?? []).map((args) => ['visible', args] as const), ...(answer.cases.hidden ?? []).map((args) => ['hidden', args] as const)]);
    fixedPlans.set(answer, fixed);
  }
  const random = planSome(answer, drawRandomCases(answer, seed).map((args) => ['random', args] as const));
  return { cases: [...fixed.cases, ...random.cases], skipped: [...fixed.skipped, ...random.skipped] };
}

function planSome(answer: FunctionAnswer, planned: readonly (readonly [CaseVisibility, CaseArgs])[]): CasePlan {
  const cases: PlannedCase[] = [];
  const skipped: { visibility: CaseVisibility; reason: Message }[] = [];
  const add = (visibility: CaseVisibility, args: CaseArgs): void => {
    const missing = answer.args.find((arg) => args[arg.name] === undefined);
    if (missing) {
      skipped.push({ visibility, reason: message('case-skip.missing-argument', { name: missing.name }) });
      return;
    }
    const result = evaluateText(answer.reference, new Map(Object.entries(args)));
    if (!result.ok) {
      skipped.push({ visibility, reason: message('case-skip.reference-failed', { error: result.error.message }) });
      return;
    }
    cases.push({ visibility, args, expected: result.value, accepted: acceptedAt(answer.conventions ?? [], args) });
  };
  for (const [visibility, args] of planned) add(visibility, args);
  return { cases, skipped };
}

function acceptedAt(conventions: readonly Convention[], args: CaseArgs): Value[] {
  return conventions.filter((c) => Object.entries(c.at).every(([name, value]) => sameValue(args[name], value))).flatMap((c) => c.accept);
}

function sameValue(a: Value | undefined, b: Value): boolean {
  if (a === undefined) return false;
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b) || a === b;
  return a.length === b.length && a.every((entry, i) => sameValue(entry, b[i]!));
}

/** The arguments in the order of the function's parameters. */
export function argumentList(answer: FunctionAnswer, args: CaseArgs): Value[] {
  return answer.args.map((arg) => args[arg.name]!);
}
