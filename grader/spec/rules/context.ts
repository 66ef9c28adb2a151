// What a rule sees: the exercise (already schema-valid), where each part of it sits in
// the file, and the course settings it is checked under. Rules push Problems; they never throw.
import { checkExpression, parseExpression, type Expr, type ExprError } from '../../expr/index.ts';
import { effectiveTolerance } from '../../compare/tolerance.ts';
import type { Problem, Severity } from '../../problem.ts';
import { problemAtPath, problemInScalar, type Path, type SourceFile } from '../source.ts';
import type { ExerciseSpec, Tolerance } from '../types.ts';
import { defaultValues, type DefaultValues } from './default-values.ts';
import { expressionsOf, type ExpressionSite } from './sites.ts';

export interface CheckOptions {
  /** The course's default tolerance, used where an exercise gives none. */
  readonly tolerance: Tolerance;
  /** The course's salt, so that sampled variants are the ones students will get. */
  readonly salt: string;
  /** How many students' variants to sample for the checks that depend on the numbers. */
  readonly samples: number;
  /**
   * The languages the course is taught in (`languages` of the course file, default `[en]`);
   * unknown without a usable course file, and then translations are not checked against them.
   */
  readonly languages?: readonly string[];
}

export interface CheckedExpression {
  readonly site: ExpressionSite;
  /** The parsed expression, when it parses and passes the static checks. */
  readonly expr?: Expr;
  readonly errors: readonly ExprError[];
}

export class ExerciseContext {
  readonly problems: Problem[] = [];
  private expressions?: ReadonlyMap<string, CheckedExpression>;
  private defaults?: DefaultValues;

  constructor(
    readonly source: SourceFile,
    readonly exercise: ExerciseSpec,
    readonly options: CheckOptions,
  ) {}

  report(path: Path, code: string, message: string, options: { severity?: Severity; at?: 'key' | 'value' } = {}): void {
    this.problems.push(problemAtPath(this.source, path, code, message, options));
  }

  reportIn(path: Path, span: { start: number; end: number }, code: string, message: string, severity: Severity = 'error'): void {
    this.problems.push(problemInScalar(this.source, path, span, code, message, severity));
  }

  /** Every reference expression of the exercise, parsed and statically checked once. */
  checkedExpressions(): ReadonlyMap<string, CheckedExpression> {
    if (!this.expressions) {
      const checked = new Map<string, CheckedExpression>();
      for (const site of expressionsOf(this.exercise)) {
        const parsed = parseExpression(site.text);
        const errors = parsed.ok ? checkExpression(parsed.expr, site.known) : [parsed.error];
        checked.set(site.path.join('/'), { site, errors, ...(parsed.ok && errors.length === 0 ? { expr: parsed.expr } : {}) });
      }
      this.expressions = checked;
    }
    return this.expressions;
  }

  /** The expression at `path` when it is fit to evaluate. */
  expression(path: Path): Expr | undefined {
    return this.checkedExpressions().get(path.join('/'))?.expr;
  }

  /** The parameters' values for the default variant (derived ones included, when they evaluate). */
  defaultValues(): DefaultValues {
    this.defaults ??= defaultValues(this.exercise, (name) => this.expression(['params', name, 'derived']));
    return this.defaults;
  }

  /** The tolerance the exercise's answers are compared under. */
  tolerance(): Tolerance {
    const answer = this.exercise.answer;
    return effectiveTolerance('tolerance' in answer ? answer.tolerance : undefined, this.options.tolerance);
  }
}

export type Rule = (ctx: ExerciseContext) => void;

