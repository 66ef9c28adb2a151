// The default variant and a sample of students' variants: the expected answer is finite
// and of the answer's shape for each, every misconception's formula evaluates, no
// misconception gives a value the tolerance cannot tell apart from the correct one, and
// (a warning) no two misconceptions give values it cannot tell apart from each other.
import { withinTolerance } from '../../compare/tolerance.ts';
import { expectedValues } from '../../expect/index.ts';
import { cutShort } from '../../problem.ts';
import { drawVariant, type VariantValues } from '../../variant/index.ts';
import { shapeOf, type Value } from '../../../reference/index.ts';
import { formatValue } from '../prompt.ts';
import type { Path } from '../source.ts';
import type { Tolerance } from '../types.ts';
import type { Rule } from './context.ts';
import { answerShapeProblem, isFiniteValue } from './evaluation.ts';
import { misconceptionSite } from './sites.ts';

/** The students whose variants are sampled: fixed ids, so the same course gives the same report. */
export function sampleStudents(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `sample-${i + 1}`);
}

/** Whether a student answering `a` could not be told apart from one answering `b`. */
export function indistinguishable(a: Value, b: Value, tolerance: Tolerance | 'exact'): boolean {
  if (shapeOf(a) !== shapeOf(b)) return false;
  if (typeof a === 'number' || typeof b === 'number') {
    return tolerance === 'exact' ? a === b : withinTolerance(a as number, b as number, tolerance);
  }
  const rows = a as readonly Value[];
  const others = b as readonly Value[];
  return rows.length === others.length && rows.every((entry, i) => indistinguishable(entry, others[i]!, tolerance));
}

export function describeVariant(studentId: string | undefined, values: VariantValues): string {
  if (studentId === undefined) return 'with the default parameters';
  const shown = Object.entries(values).map(([name, value]) => `${name} = ${formatValue(value)}`).join(', ');
  return `for sampled student '${studentId}': ${cutShort(shown, 100)}`;
}

export const sampledVariantsEvaluate: Rule = (ctx) => {
  // A failure at the defaults was reported with its position; the samples would repeat it.
  if (ctx.problems.some((p) => p.severity === 'error')) return;
  const answer = ctx.exercise.answer;
  if (answer.kind === 'function') return;
  const tolerance = answer.kind === 'choice' ? 'exact' : ctx.tolerance();
  const once = new Set<string>();
  const report = (path: Path, code: string, message: string, severity: 'error' | 'warning' = 'error', span?: { start: number; end: number }, key = path.join('/')) => {
    if (once.has(key)) return;
    once.add(key);
    if (span) ctx.reportIn(path, span, code, message, severity);
    else ctx.report(path, code, message, { severity });
  };
  for (const studentId of [undefined, ...sampleStudents(ctx.options.samples)]) {
    const variant = drawVariant(ctx.exercise, { salt: ctx.options.salt, ...(studentId === undefined ? {} : { studentId }) });
    if (!variant.ok) {
      const { param, code, message, error } = variant.problem;
      report(['params', param, 'derived'], code, `${message} (${describeVariant(studentId, {})})`, 'error', error);
      continue;
    }
    const where = describeVariant(studentId, variant.values);
    const result = expectedValues(ctx.exercise, variant.values);
    if (!result.ok) {
      report(['answer', 'reference'], result.error.code, `${result.error.message} (${where})`, 'error', result.error);
      continue;
    }
    const expected = result.expected;
    if (expected === undefined) continue;
    if (!isFiniteValue(expected)) {
      report(['answer', 'reference'], 'not-finite', `the expected answer is ${formatValue(expected)} ${where}; it must be finite`);
      continue;
    }
    const shape = answerShapeProblem(answer, expected);
    if (shape) {
      report(['answer', 'reference'], 'answer-shape', `${shape} (${where})`);
      continue;
    }
    const told: { id: string; value: Value }[] = [];
    for (const m of result.misconceptions) {
      const { path, own } = misconceptionSite(ctx.exercise, m.id);
      if (m.value === undefined) {
        report(path, m.error?.code ?? 'reference-error', `misconception '${m.id}': ${m.error?.message ?? 'does not evaluate'} (${where})`, 'error', own ? m.error : undefined);
      } else if (!isFiniteValue(m.value)) {
        report(path, 'not-finite', `misconception '${m.id}' gives ${formatValue(m.value)} ${where}, which no answer can match`, 'warning');
      } else if (indistinguishable(m.value, expected, tolerance)) {
        const rule = tolerance === 'exact' ? 'the same option' : 'within the tolerance of';
        report(path, 'ambiguous-misconception', `misconception '${m.id}' gives ${formatValue(m.value)} ${where}, ${rule} the expected ${formatValue(expected)}: a student's answer cannot tell them apart`);
      } else {
        const same = told.find((other) => indistinguishable(m.value!, other.value, tolerance));
        if (same) report(path, 'colliding-misconceptions', collidingMessage(same.id, m.id, m.value, where, tolerance), 'warning', undefined, `${same.id}|${m.id}`);
        told.push({ id: m.id, value: m.value });
      }
    }
  }
};

/** Code `colliding-misconceptions`: two misconceptions a student's answer cannot tell apart for some variant. */
function collidingMessage(first: string, second: string, value: Value, where: string, tolerance: Tolerance | 'exact'): string {
  const rule = tolerance === 'exact' ? 'the same option' : `${formatValue(value)} within the tolerance of each other`;
  return `misconceptions '${first}' and '${second}' give ${rule} ${where}: a student's answer cannot tell them apart, so the feedback will name both ("either … or …")`;
}
