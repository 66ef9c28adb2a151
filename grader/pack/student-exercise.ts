// An exercise as a student may see it: every field is copied by name from the spec, so that a
// field the spec gains later stays out of packs until someone decides it belongs there. Left
// out always: `params` (the generators; the student's own numbers come as variants), hidden
// and random cases (only counted), conventions at points no visible case reaches. Left out
// when the policy gives no verdicts: every reference, the correct options, the conventions and
// the misconceptions (whose formulas may read `expected`).
import type { Value } from '../../reference/index.ts';
import type {
  AnswerSpec, CaseArgs, ChoiceAnswer, CourseSpec, ExerciseSpec, ExerciseTranslation, FunctionAnswer, MisconceptionSpec, ScalarAnswer, VectorAnswer,
} from '../spec/types.ts';
import type { PackAnswer, StudentExercise } from './schema.ts';

type PackAnswerOf<K extends PackAnswer['kind']> = Extract<PackAnswer, { kind: K }>;

/** Each answer kind's copy, registered by kind. */
const ANSWER_COPIES: { readonly [K in AnswerSpec['kind']]: (answer: Extract<AnswerSpec, { kind: K }>, verdicts: boolean) => PackAnswerOf<K> } = {
  scalar: (a: ScalarAnswer, verdicts) => ({ kind: 'scalar', ...(verdicts ? { reference: a.reference } : {}), ...(a.tolerance ? { tolerance: { ...a.tolerance } } : {}) }),
  vector: (a: VectorAnswer, verdicts) => ({
    kind: 'vector',
    ...(verdicts ? { reference: a.reference } : {}),
    ...(a.tolerance ? { tolerance: { ...a.tolerance } } : {}),
    ...(a.partial ? { partial: a.partial } : {}),
    ...(verdicts && a.checks ? { checks: [...a.checks] } : {}),
  }),
  choice: (a: ChoiceAnswer, verdicts) => ({
    kind: 'choice',
    options: a.options.map((o) => ({ id: o.id, label: o.label })),
    ...(a.multiple === undefined ? {} : { multiple: a.multiple }),
    ...(verdicts && a.correct ? { correct: [...a.correct] } : {}),
    ...(verdicts && a.reference !== undefined ? { reference: a.reference } : {}),
    ...(a.partial ? { partial: a.partial } : {}),
  }),
  function: (a: FunctionAnswer, verdicts) => {
    const visible = (a.cases.visible ?? []).map(copyArgs);
    const conventions = verdicts ? (a.conventions ?? []).filter((c) => visible.some((args) => appliesAt(c.at, args))) : [];
    return {
      kind: 'function',
      name: a.name,
      signature: a.signature,
      args: a.args.map((arg) => ({ name: arg.name, kind: arg.kind })),
      returns: a.returns,
      cases: { visible },
      ...(verdicts ? { reference: a.reference } : {}),
      ...(a.tolerance ? { tolerance: { ...a.tolerance } } : {}),
      ...(conventions.length > 0 ? { conventions: conventions.map((c) => ({ at: copyArgs(c.at), accept: [...c.accept], ...(c.note === undefined ? {} : { note: c.note }) })) } : {}),
      ...(a.limits ? { limits: { ...a.limits } } : {}),
    };
  },
};

function copyArgs(args: CaseArgs): CaseArgs {
  return Object.fromEntries(Object.entries(args).map(([name, value]) => [name, value]));
}

/** A convention applies at a case when each of its arguments is the case's (as grading matches them: -0 is 0). */
function appliesAt(at: CaseArgs, args: CaseArgs): boolean {
  const same = (a: Value | undefined, b: Value): boolean => a !== undefined && JSON.stringify(a) === JSON.stringify(b);
  return Object.entries(at).every(([name, value]) => same(args[name], value));
}

function copyMisconception(m: MisconceptionSpec): MisconceptionSpec {
  return {
    ...(m.use === undefined ? {} : { use: m.use }),
    ...(m.id === undefined ? {} : { id: m.id }),
    ...(m.title === undefined ? {} : { title: m.title }),
    ...(m.reference === undefined ? {} : { reference: m.reference }),
    ...(m.feedback === undefined ? {} : { feedback: m.feedback }),
    ...(m.credit === undefined ? {} : { credit: m.credit }),
  };
}

function copyTranslation(t: ExerciseTranslation, verdicts: boolean): ExerciseTranslation {
  const misconceptions = verdicts && t.misconceptions ? Object.fromEntries(Object.entries(t.misconceptions).map(([id, m]) => [id, { ...(m.title === undefined ? {} : { title: m.title }), ...(m.feedback === undefined ? {} : { feedback: m.feedback }) }])) : undefined;
  return {
    ...(t.title === undefined ? {} : { title: t.title }),
    ...(t.prompt === undefined ? {} : { prompt: t.prompt }),
    ...(t.hints === undefined ? {} : { hints: [...t.hints] }),
    ...(t.options === undefined ? {} : { options: { ...t.options } }),
    ...(misconceptions === undefined ? {} : { misconceptions }),
  };
}

/** How many cases a code exercise is graded on that the pack does not hold: hidden and random ones. */
export function unseenCases(answer: AnswerSpec): number {
  if (answer.kind !== 'function') return 0;
  return (answer.cases.hidden?.length ?? 0) + Math.max(0, Math.floor(answer.cases.random?.count ?? 0));
}

export function studentExercise(exercise: ExerciseSpec, course: Pick<CourseSpec, 'reveal'>, verdicts: boolean): StudentExercise {
  const answer = (ANSWER_COPIES[exercise.answer.kind] as (a: AnswerSpec, v: boolean) => PackAnswer)(exercise.answer, verdicts);
  const hidden = unseenCases(exercise.answer);
  const translations = exercise.translations && Object.fromEntries(Object.entries(exercise.translations).map(([lang, t]) => [lang, copyTranslation(t, verdicts)]));
  return {
    id: exercise.id,
    title: exercise.title,
    topic: exercise.topic,
    points: exercise.points,
    prompt: exercise.prompt,
    ...(exercise.hints === undefined ? {} : { hints: [...exercise.hints] }),
    reveal: exercise.reveal ?? course.reveal ?? true,
    answer,
    ...(verdicts && exercise.misconceptions ? { misconceptions: exercise.misconceptions.map(copyMisconception) } : {}),
    ...(translations === undefined ? {} : { translations }),
    ...(hidden > 0 ? { hidden } : {}),
  };
}
