// A student's answers file, planned exercise by exercise: the behaviour (from their
// profile's overrides, habits and weights, seeded by student and exercise), what it comes to
// for their own variant, and the status the grader will give it.
import { effectiveTolerance } from '../../grader/compare/tolerance.ts';
import { expectedValues } from '../../grader/expect/index.ts';
import type { Status } from '../../grader/result/types.ts';
import type { CourseSpec, ExerciseSpec } from '../../grader/spec/types.ts';
import { createRng, drawVariant, type Rng } from '../../grader/variant/index.ts';
import { attempt, type AnswerContext } from './answer-kinds.ts';
import type { AnswerProfile, Behaviour, Weights } from './profiles.ts';
import { answersFileText, type Written } from './written.ts';

export interface PlannedAnswer {
  readonly id: string;
  /** The behaviour carried out, after falling back from one that does not fit the exercise. */
  readonly behaviour: Behaviour;
  readonly status: Status;
  /** Absent when the exercise is left out of the file. */
  readonly written?: Written | 'blank';
  readonly value?: number | readonly number[] | readonly string[] | string;
  readonly misconception?: string;
}

/** The behaviour's order fixes how a seeded draw maps to a behaviour. */
const BEHAVIOURS: readonly Behaviour[] = ['right', 'misconception', 'rounded', 'off', 'partial', 'missing', 'blank', 'unparseable'];

/** When a behaviour does not fit an exercise, the next one that might. */
const FALLBACK: Partial<Record<Behaviour, Behaviour>> = { partial: 'misconception', misconception: 'off', rounded: 'off' };

function drawBehaviour(weights: Weights, rng: Rng): Behaviour {
  const total = BEHAVIOURS.reduce((sum, b) => sum + (weights[b] ?? 0), 0);
  let point = rng() * total;
  for (const behaviour of BEHAVIOURS) {
    point -= weights[behaviour] ?? 0;
    if (point < 0) return behaviour;
  }
  return 'right';
}

function chosenBehaviour(exercise: ExerciseSpec, profile: AnswerProfile, ctx: AnswerContext): Behaviour {
  const override = profile.overrides?.[exercise.id];
  if (override) return override;
  if (profile.template) return 'blank';
  const drawn = drawBehaviour(profile.weights, ctx.rng);
  const habit = ctx.misconceptions.some((m) => ctx.habits.includes(m.id));
  return habit && drawn !== 'missing' ? 'misconception' : drawn;
}

export function planAnswer(exercise: ExerciseSpec, course: CourseSpec, studentId: string, profile: AnswerProfile): PlannedAnswer {
  const drawn = drawVariant(exercise, { salt: course.salt, studentId });
  if (!drawn.ok) throw new Error(`${exercise.id}: no variant for ${studentId}: ${drawn.problem.message}`);
  const computed = expectedValues(exercise, drawn.values);
  if (!computed.ok) throw new Error(`${exercise.id}: no expected value for ${studentId}: ${computed.error.message}`);
  const ctx: AnswerContext = {
    exercise,
    expected: computed.expected,
    misconceptions: computed.misconceptions,
    tolerance: effectiveTolerance('tolerance' in exercise.answer ? exercise.answer.tolerance : undefined, course.tolerance),
    style: profile.style,
    rng: createRng('example-class', studentId, exercise.id),
    habits: profile.habits ?? [],
  };
  let behaviour = chosenBehaviour(exercise, profile, ctx);
  if (behaviour === 'missing') return missingAnswer(exercise.id);
  if (behaviour === 'blank') return { id: exercise.id, behaviour, status: 'missing', written: 'blank' };
  for (;;) {
    const result = attempt(behaviour, ctx);
    if (result) {
      const { status, written, value, misconception } = result;
      return { id: exercise.id, behaviour, status, written, value, ...(misconception ? { misconception } : {}) };
    }
    const next: Behaviour | undefined = FALLBACK[behaviour];
    if (!next) throw new Error(`${exercise.id}: behaviour '${behaviour}' has no fallback`);
    behaviour = next;
  }
}

/** Every answer-file exercise of the course for the student, in course order; those outside `only` are missing. */
export function planAnswers(
  exercises: readonly { readonly exercise: ExerciseSpec; readonly assignment: string }[],
  course: CourseSpec,
  studentId: string,
  profile: AnswerProfile,
): PlannedAnswer[] {
  return exercises.map(({ exercise, assignment }) =>
    profile.only && !profile.only.includes(assignment) ? missingAnswer(exercise.id) : planAnswer(exercise, course, studentId, profile),
  );
}

/** An exercise left out of the answers file (or a student without one). */
export function missingAnswer(id: string): PlannedAnswer {
  return { id, behaviour: 'missing', status: 'missing' };
}

export function renderAnswersFile(header: string, planned: readonly PlannedAnswer[]): string {
  return answersFileText(
    header,
    planned.flatMap((p) => (p.written === undefined ? [] : [{ id: p.id, written: p.written }])),
  );
}
