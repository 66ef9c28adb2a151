// What the course asks of its exercise bank: enough exercises on every topic, a mix of
// choice, numeric and code exercises, per-student numbers and catalogued misconceptions for
// every numeric exercise, one code exercise per function of the notes, and the notes'
// worked examples as the default variants.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withinTolerance } from '../../grader/compare/tolerance.ts';
import { expectedValues } from '../../grader/expect/index.ts';
import { loadCourse, placeholdersIn, TOPICS, type ExerciseSpec, type FunctionAnswer } from '../../grader/spec/index.ts';
import { drawVariant } from '../../grader/variant/index.ts';
import {
  assignmentTitle, courseLanguages, courseName, exerciseHints, exercisePrompt, exerciseTitle, misconceptionTexts, optionLabels,
} from '../../grader/spec/localized.ts';

/** Three letters of Persian script in a row. */
const PERSIAN = /[\u0600-\u06ff]{3}/;

const courseFile = join(import.meta.dirname, '../../exercises/course.yaml');

describe('the bank as the course asks for it', async () => {
  const { course, exercises } = await loadCourse(courseFile);
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const numeric = exercises.filter((e) => e.answer.kind === 'scalar' || e.answer.kind === 'vector');
  const code = exercises.filter((e) => e.answer.kind === 'function');

  it('has at least 30 exercises, at least 3 on every topic', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(30);
    for (const topic of TOPICS) expect(exercises.filter((e) => e.topic === topic).length, topic).toBeGreaterThanOrEqual(3);
  });

  it('has one code exercise for each function of the notes, under distinct names (a student has one code file)', () => {
    const names = code.map((e) => (e.answer as FunctionAnswer).name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(
      [
        'binaryCrossEntropy',
        'categoricalCrossEntropy',
        'elu',
        'eluDerivative',
        'leakyRelu',
        'leakyReluDerivative',
        'relu',
        'reluDerivative',
        'sigmoid',
        'sigmoidDerivative',
        'softmax',
        'step',
        'stepDerivative',
      ].sort(),
    );
  });

  it('gives every code exercise visible, hidden and seeded random cases, and misconceptions', () => {
    for (const exercise of code) {
      const { cases } = exercise.answer as FunctionAnswer;
      expect(cases.visible?.length ?? 0, exercise.id).toBeGreaterThan(0);
      expect(cases.hidden?.length ?? 0, exercise.id).toBeGreaterThan(0);
      expect(cases.random?.count ?? 0, exercise.id).toBeGreaterThan(0);
      expect(exercise.misconceptions?.length ?? 0, exercise.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('tests softmax on logits whose exponentials overflow', () => {
    const hidden = (byId.get('softmax-function')!.answer as FunctionAnswer).cases.hidden ?? [];
    expect(hidden).toContainEqual({ z: [1000, 1001, 1002] });
  });

  it("gives every numeric exercise numbers of each student's own, shown in its prompt, two catalogued misconceptions and a hint", () => {
    for (const exercise of numeric) {
      const variants = ['s-1', 's-2', 's-3', 's-4', 's-5'].map((studentId) => JSON.stringify(drawVariant(exercise, { salt: course!.salt, studentId })));
      expect(new Set(variants).size, exercise.id).toBeGreaterThan(1);
      expect(exercise.misconceptions?.filter((m) => m.use !== undefined).length ?? 0, exercise.id).toBeGreaterThanOrEqual(2);
      expect(exercise.hints?.length ?? 0, exercise.id).toBeGreaterThan(0);
      expect(placeholdersIn(exercise.prompt).length, exercise.id).toBeGreaterThan(0);
    }
  });

  it('mixes single and multiple choice, scalar, vector and code answers', () => {
    const kinds = new Set(exercises.map((e) => (e.answer.kind === 'choice' && e.answer.multiple ? 'multiple' : e.answer.kind)));
    expect(kinds).toEqual(new Set(['choice', 'multiple', 'scalar', 'vector', 'function']));
  });

  it('puts the code exercises in an assignment of their own, with a late policy for every assignment', () => {
    const week3 = course!.assignments.find((a) => a.id === 'week-3')!;
    expect([...week3.exercises].sort()).toEqual(code.map((e) => e.id).sort());
    for (const assignment of course!.assignments) {
      expect(assignment.due, assignment.id).toMatch(/\+03:30$/);
      expect(assignment.late?.percent_per_day, assignment.id).toBeGreaterThan(0);
      expect(assignment.late?.cutoff_days, assignment.id).toBeGreaterThan(0);
    }
  });

  it('is taught in Persian and English, Persian first, and gives its name and every title in both', () => {
    expect(courseLanguages(course!)).toEqual(['fa', 'en']);
    expect(courseName(course!).fa).toMatch(PERSIAN);
    for (const assignment of course!.assignments) expect(assignmentTitle(course!, assignment.id)?.fa, assignment.id).toMatch(PERSIAN);
  });

  it("writes every exercise's title, prompt, hints, option labels and own misconceptions in Persian script", () => {
    for (const exercise of exercises) {
      expect(exerciseTitle(exercise).fa, exercise.id).toMatch(PERSIAN);
      expect(exercisePrompt(exercise).fa, exercise.id).toMatch(PERSIAN);
      for (const hint of exerciseHints(exercise)) expect(hint.fa, exercise.id).toMatch(PERSIAN);
      for (const { id, label } of optionLabels(exercise)) expect(label.fa, `${exercise.id} ${id}`).toMatch(/\S/);
      for (const texts of misconceptionTexts(exercise).filter((m) => m.own)) {
        expect(texts.title.en, `${exercise.id} ${texts.id}`).toBeDefined();
        expect(texts.title.fa, `${exercise.id} ${texts.id}`).toMatch(PERSIAN);
        expect(texts.feedback.fa, `${exercise.id} ${texts.id}`).toMatch(PERSIAN);
      }
    }
  });

  it('keeps the formulas of a Persian prompt as the English prompt writes its parameters', () => {
    for (const exercise of exercises) {
      const names = (text: string | undefined) => placeholdersIn(text ?? '').map((p) => p.name).sort();
      expect(names(exercisePrompt(exercise).fa), exercise.id).toEqual(names(exercise.prompt));
    }
  });
});

describe("the default variants are the notes' worked examples", async () => {
  const { course, exercises } = await loadCourse(courseFile);
  const exercise = (id: string): ExerciseSpec => exercises.find((e) => e.id === id)!;
  const defaults = (id: string) => {
    const variant = drawVariant(exercise(id), { salt: course!.salt });
    if (!variant.ok) throw new Error(variant.problem.message);
    const computed = expectedValues(exercise(id), variant.values);
    if (!computed.ok) throw new Error(computed.error.message);
    return computed;
  };

  it.each([
    ['die-face', 0.167],
    ['class-zero-probability', 0.6],
    ['bce-one-example', 0.2231],
    ['cce-three-classes', 0.3567],
    ['natural-log-of-prediction', 0.2231],
    ['sigmoid-outputs-sum', 2.13],
    ['common-log-of-number', 0.301],
  ])("%s: the notes' answer %d is accepted", (id, answer) => {
    const { expected } = defaults(id);
    const answerSpec = exercise(id).answer as { tolerance?: { abs?: number } };
    expect(withinTolerance(answer, expected as number, answerSpec.tolerance ?? course!.tolerance!)).toBe(true);
  });

  it("softmax-three-logits: the notes' [0.66, 0.24, 0.10], and their sigmoid values [0.88, 0.73, 0.52] as a misconception", () => {
    const { expected, misconceptions } = defaults('softmax-three-logits');
    (expected as number[]).forEach((x, i) => expect(x).toBeCloseTo([0.66, 0.24, 0.1][i]!, 2));
    const sigmoids = misconceptions.find((m) => m.id === 'sigmoid-instead-of-softmax')!.value as number[];
    sigmoids.forEach((x, i) => expect(x).toBeCloseTo([0.88, 0.73, 0.52][i]!, 2));
  });

  it("bce-one-example: the notes' classic mistake, log10, gives 0.0969", () => {
    const log10 = defaults('bce-one-example').misconceptions.find((m) => m.id === 'log10-instead-of-ln')!;
    expect(log10.value).toBeCloseTo(0.0969, 4);
  });
});
