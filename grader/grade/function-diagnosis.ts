// Naming the classic mistake behind a wrong function: a misconception's formula (over the
// arguments and `expected`) is computed for every case; the student made that mistake when
// their function agrees with the formula on every case, those where the formula happens to
// give the right value included (a step derivative of 1 everywhere is not `step(x)`, which is
// 0 for x < 0), and the formula is wrong on at least one of them.
import type { Value } from '../../reference/index.ts';
import type { ResolvedMisconception } from '../diagnose/index.ts';
import { evaluateText } from '../expect/index.ts';
import type { Tolerance } from '../spec/types.ts';
import { closeTo } from './check-return.ts';
import type { PlannedCase } from './function-cases.ts';

export interface CaseAnswer {
  readonly planned: PlannedCase;
  /** The numbers the function returned, or undefined when it threw, timed out or returned something else (then no mistake is named). */
  readonly numbers: number | readonly number[] | undefined;
}

/** Every misconception the function fits (more than one when they agree on every case: the feedback names them all). */
export function diagnoseFunction(answers: readonly CaseAnswer[], misconceptions: readonly ResolvedMisconception[], tolerance: Tolerance): ResolvedMisconception[] {
  return misconceptions.filter((misconception) => madeThisMistake(answers, misconception, tolerance));
}

function madeThisMistake(answers: readonly CaseAnswer[], misconception: ResolvedMisconception, tolerance: Tolerance): boolean {
  let telling = 0;
  for (const { planned, numbers } of answers) {
    const scope = new Map<string, Value>([...Object.entries(planned.args), ['expected', planned.expected]]);
    const result = evaluateText(misconception.reference, scope);
    if (!result.ok || numbers === undefined) return false;
    const mistaken = result.value;
    const acceptable = [planned.expected, ...planned.accepted];
    const agreesWithTruth = isNumeric(mistaken) && acceptable.some((value) => closeTo(mistaken, value, tolerance));
    if (!agreesWithTruth) telling++;
    if (closeTo(numbers, mistaken, tolerance)) continue;
    // Where the formula gives an accepted value and a convention accepts more than one (ReLU′(0)), another accepted value does not contradict it.
    if (agreesWithTruth && acceptable.some((value) => closeTo(numbers, value, tolerance))) continue;
    return false;
  }
  return telling > 0;
}

function isNumeric(value: Value): value is number | readonly number[] {
  return typeof value === 'number' || value.every((entry) => typeof entry === 'number');
}
