import { describe, expect, it } from 'vitest';
import { gradeStudent, type GradeFunction, type StudentInput } from '../../grader/grade/index.ts';
import { parseStudentResult } from '../../grader/report/read-results.ts';
import { message, type Message } from '../../grader/messages/message.ts';
import { toJson } from '../../grader/result/json.ts';
import { RESULT_FORMAT, type ExerciseResult } from '../../grader/result/types.ts';
import { fileProblem } from '../../grader/problem.ts';
import type { ExerciseSpec } from '../../grader/spec/types.ts';
import { parseAnswersBytes, parseAnswersText } from '../../grader/submission/index.ts';
import { en, english } from '../messages/english.ts';
import { notesAnswersYaml, notesCourse, notesExercises } from './notes-course.ts';

const reluDerivative: ExerciseSpec = {
  id: 'relu-derivative-code',
  title: "ReLU's derivative in code",
  topic: 'activations',
  points: 3,
  prompt: 'Export `reluDerivative(x)`.',
  answer: {
    kind: 'function',
    name: 'reluDerivative',
    signature: '(x: number) => number',
    args: [{ name: 'x', kind: 'number' }],
    reference: 'reluDerivative(x)',
    returns: 'number',
    cases: { visible: [{ x: 2 }, { x: -1 }], hidden: [{ x: 0.5 }] },
  },
};

const exercises = [...notesExercises, reluDerivative];
const course = { ...notesCourse, assignments: [...notesCourse.assignments, { id: 'hw3', title: 'Code', due: '2026-11-02T23:59:00+03:30', exercises: ['relu-derivative-code'] }] };

function input(answersYaml: string | undefined, extra: Partial<StudentInput> = {}): StudentInput {
  return {
    course,
    exercises,
    studentId: 's001',
    ...(answersYaml === undefined ? {} : { answers: parseAnswersText(answersYaml, 'answers.yaml') }),
    ...extra,
  };
}

/** A message that records what the fake grader was called with. */
const gradedNote = (text: string): Message => message('course-text', { text: { en: text } });

/** A stand-in for the sandbox's grader: it records the call and answers with a fixed, deliberately unordered result. */
const fakeCodeGrader: GradeFunction = async (exercise, source, ctx) => ({
  result: {
    hints: [],
    feedback: [gradedNote(`graded ${source?.file ?? 'nothing'} for ${ctx.studentId}`)],
    status: source ? 'correct' : 'missing',
    max: exercise.points,
    score: source ? exercise.points : 0,
    id: exercise.id,
    title: { en: exercise.title },
    topic: exercise.topic,
    kind: exercise.answer.kind,
    prompt: { en: exercise.prompt },
    variant: ctx.variant,
  } satisfies ExerciseResult,
});

describe('gradeStudent', () => {
  it("grades a folder answering with the notes' worked examples as correct, in course order", async () => {
    // The notes' numbers answer the default variant; a student's own variant has other numbers.
    const result = await gradeStudent({ ...input(notesAnswersYaml), exercises: notesExercises, defaults: true });
    expect(result.exercises.map((e) => [e.id, e.status])).toEqual([
      ['die-three', 'correct'],
      ['sigmoid-class-zero', 'correct'],
      ['softmax-three-logits', 'correct'],
      ['softmax-class', 'correct'],
      ['leaky-relu-slope', 'correct'],
      ['bce-one', 'correct'],
      ['cce-one', 'correct'],
      ['house-price-kind', 'correct'],
      ['vanishing-gradient', 'correct'],
    ]);
    expect(result.score).toBe(result.max);
    expect(result.max).toBe(16);
    expect(result.problems).toEqual([]);
  });
});

describe('gradeStudent names the mistakes', () => {
  it('log10 in BCE, sigmoid in place of softmax and a percentage for a probability', async () => {
    const answers = notesAnswersYaml
      .replace('bce-one: 0.2231', 'bce-one: 0.0969')
      .replace('softmax-three-logits: [0.66, 0.24, 0.10]', 'softmax-three-logits: [0.88, 0.73, 0.52]')
      .replace('die-three: 0.167', 'die-three: 16.7');
    const result = await gradeStudent({ ...input(answers), exercises: notesExercises, defaults: true });
    const byId = new Map(result.exercises.map((e) => [e.id, e]));
    expect(byId.get('bce-one')).toMatchObject({ status: 'incorrect', misconception: { id: 'log10-instead-of-ln' } });
    expect(byId.get('softmax-three-logits')).toMatchObject({ status: 'incorrect', misconception: { id: 'sigmoid-instead-of-softmax' } });
    expect(byId.get('die-three')).toMatchObject({ status: 'incorrect', misconception: { id: 'percent-instead-of-probability' } });
    expect(result.exercises.filter((e) => e.status === 'correct')).toHaveLength(6);
    expect(result.score).toBe(16 - 2 - 3 - 2);
  });
});

describe("each student's own numbers", () => {
  it("accepts a student's answers to their own variant and rejects the notes' numbers", async () => {
    const probe = await gradeStudent(input('', { exercises: notesExercises }));
    const variant = (id: string) => probe.exercises.find((e) => e.id === id)!.variant;
    const sides = variant('die-three').sides as number;
    const yHat = variant('bce-one').yHat as number;
    const own = `die-three: ${1 / sides}\nbce-one: ${-Math.log(yHat)}\n`;
    const result = await gradeStudent(input(own, { exercises: notesExercises }));
    const status = (id: string) => result.exercises.find((e) => e.id === id)!.status;
    expect(status('die-three')).toBe('correct');
    expect(status('bce-one')).toBe('correct');
    if (sides !== 6) {
      const notes = await gradeStudent(input('die-three: 0.167\n', { exercises: notesExercises }));
      expect(notes.exercises[0]!.status).toBe('incorrect');
    }
  });
  it('gives a student the same numbers every time and their neighbours different ones', async () => {
    const variants = async (studentId: string) =>
      JSON.stringify((await gradeStudent(input('', { exercises: notesExercises, studentId }))).exercises.map((e) => e.variant));
    expect(await variants('s001')).toBe(await variants('s001'));
    const all = await Promise.all(['s001', 's002', 's003', 's004'].map(variants));
    expect(new Set(all).size).toBe(4);
  });
});

describe('answers the course does not ask for', () => {
  it('reports unknown ids with their line, a guess, and __proto__ as just another id', async () => {
    const result = await gradeStudent(input('die-three: 0.167\nsofmax-three-logits: [1, 0, 0]\n__proto__: 1\nrelu-derivative-code: 1\n'));
    expect(result.problems).toEqual([
      { code: 'unknown-exercise-did-you-mean', params: { id: 'sofmax-three-logits', guess: 'softmax-three-logits' }, file: 'answers.yaml', line: 2, col: 1 },
      { code: 'unknown-exercise', params: { id: '__proto__' }, file: 'answers.yaml', line: 3, col: 1 },
      { code: 'answer-for-code-exercise', params: { id: 'relu-derivative-code' }, file: 'answers.yaml', line: 4, col: 1 },
    ]);
    expect(english(result.problems)).toEqual([
      'sofmax-three-logits is not an exercise of this course (did you mean softmax-three-logits?).',
      '__proto__ is not an exercise of this course.',
      expect.stringContaining('solution.ts'),
    ]);
    expect(Object.prototype).not.toHaveProperty('die-three');
  });
});

describe('code exercises', () => {
  const code = (result: { exercises: readonly ExerciseResult[] }) => result.exercises.find((e) => e.id === 'relu-derivative-code')!;
  it('are missing without a code file and plainly not graded without a code grader', async () => {
    expect(code(await gradeStudent(input('')))).toMatchObject({ status: 'missing', score: 0 });
    const ungraded = code(await gradeStudent(input('', { solutionSource: { file: 'solution.ts', text: 'export const reluDerivative = (x: number) => (x > 0 ? 1 : 0);' } })));
    expect(ungraded).toMatchObject({ status: 'error', score: 0, feedback: [{ code: 'code-no-sandbox' }] });
    expect(en(ungraded.feedback[0])).toMatch(/Not graded/);
  });
  it('go to the injected grader, whose result is put in the model order', async () => {
    const result = code(await gradeStudent(input('', { solutionSource: { file: 'solution.ts', text: '…' }, gradeFunction: fakeCodeGrader })));
    expect(result).toMatchObject({ status: 'correct', score: 3, feedback: [gradedNote('graded solution.ts for s001')] });
    expect(Object.keys(result).slice(0, 7)).toEqual(['id', 'title', 'topic', 'kind', 'status', 'score', 'max']);
  });
  it('never pass on what a hidden case was, nor an expected value the exercise hides', async () => {
    const leaky: GradeFunction = async (exercise, _source, ctx) => ({
      result: {
        ...(await fakeCodeGrader(exercise, undefined, ctx)).result,
        status: 'partial',
        expected: 42,
        cases: [
          { visibility: 'visible', status: 'fail', args: { x: 2 }, expected: 1, received: '0' },
          { visibility: 'hidden', status: 'fail', args: { x: 0.5 }, expected: 1, received: '0', message: message('case.entry-wrong', { entry: 1, received: '0', expected: '1' }) },
        ],
      },
    });
    const hiding = { ...course, reveal: false };
    const result = code(await gradeStudent(input('', { course: hiding, gradeFunction: leaky })));
    expect(result.expected).toBeUndefined();
    expect(result.cases).toEqual([
      { visibility: 'visible', status: 'fail', args: { x: 2 }, received: '0' },
      { visibility: 'hidden', status: 'fail' },
    ]);
    const shown = code(await gradeStudent(input('', { gradeFunction: leaky })));
    expect(shown.expected).toBe(42);
    expect(shown.cases?.[1]).toEqual({ visibility: 'hidden', status: 'fail' });
  });
  it('a grader that throws costs only that exercise', async () => {
    const throwing: GradeFunction = async () => {
      throw 'sandbox exploded';
    };
    const result = await gradeStudent(input('die-three: 0.167\n', { solutionSource: { file: 'solution.ts', text: '' }, gradeFunction: throwing, defaults: true }));
    expect(code(result)).toMatchObject({ status: 'error', feedback: [{ code: 'code-grader-failed', params: { error: 'sandbox exploded' } }] });
    expect(english(code(result).feedback)).toEqual(['The code grader failed on this exercise (sandbox exploded). Tell your instructor.']);
    expect(result.exercises.find((e) => e.id === 'die-three')?.status).toBe('correct');
  });
  it('an unreadable code file makes the code exercises invalid', async () => {
    const notUtf8 = message('solution-not-utf8', { file: 'solution.ts', byte: '0xe9', line: 1 });
    const solutionProblem = fileProblem(notUtf8, 'solution.ts', { line: 1, col: 10 });
    const result = await gradeStudent(input('', { solutionProblem, folderProblems: [solutionProblem], gradeFunction: fakeCodeGrader }));
    expect(code(result).status).toBe('invalid');
    // The reason is the file's problem without its place (said once, at the top of the report).
    expect(code(result).feedback).toEqual([{ code: 'code-file-unreadable', params: { reason: notUtf8 } }]);
    expect(english(code(result).feedback)).toEqual(['Your code file could not be read: solution.ts is not UTF-8 text (the byte 0xe9 at line 1); save it as UTF-8.']);
    expect(result.problems).toContainEqual({ ...notUtf8, file: 'solution.ts', line: 1, col: 10 });
  });
});

describe('an unreadable answers file', () => {
  it('makes every answer invalid with the reason, and leaves code exercises alone', async () => {
    const answers = parseAnswersBytes(Uint8Array.from([0x61, 0x3a, 0x20, 0xff, 0x0a]), 'answers.yaml');
    const result = await gradeStudent({ ...input(undefined), answers, solutionSource: { file: 'solution.ts', text: '' }, gradeFunction: fakeCodeGrader });
    for (const exercise of result.exercises.filter((e) => e.kind !== 'function')) {
      expect(exercise.status).toBe('invalid');
      expect(exercise.feedback).toEqual([{ code: 'answers-file-unusable', params: { reason: { code: 'unusable.not-utf8' }, file: 'answers.yaml', line: 1, col: 4 } }]);
      expect(en(exercise.feedback[0])).toMatch(/not UTF-8 text \(answers\.yaml, line 1\)/);
    }
    expect(result.exercises.find((e) => e.kind === 'function')?.status).toBe('correct');
    expect(result.problems).toEqual([{ code: 'answers-not-utf8', params: { byte: '0xff', line: 1 }, file: 'answers.yaml', line: 1, col: 4 }]);
  });
  it('a duplicated answer is invalid for that exercise only', async () => {
    const result = await gradeStudent(input('die-three: 0.167\nbce-one: 0.2231\ndie-three: 0.2\n', { defaults: true }));
    const dieThree = result.exercises.find((e) => e.id === 'die-three');
    expect(dieThree).toMatchObject({
      status: 'invalid',
      feedback: [{ code: 'answer-unusable', params: { reason: { code: 'duplicate-answer', params: { id: 'die-three', first: 1, second: 3 } }, file: 'answers.yaml', line: 3 } }],
    });
    expect(en(dieThree?.feedback[0])).toContain('answered twice');
    expect(result.exercises.find((e) => e.id === 'bce-one')?.status).toBe('correct');
  });
});

describe('the result is deterministic', () => {
  it('gives byte-identical JSON for the same inputs', async () => {
    const run = async () => toJson(await gradeStudent(input(notesAnswersYaml.replace('0.2231', '0.0969'), { name: 'Sara', gradeFunction: fakeCodeGrader })));
    const first = await run();
    expect(await run()).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(Object.keys(JSON.parse(first))).toEqual(['format', 'student', 'course', 'languages', 'exercises', 'problems', 'score', 'max']);
    expect(JSON.parse(first)).toMatchObject({ format: RESULT_FORMAT, languages: ['en'] });
  });
  it('is read back by the reports as a valid student result', async () => {
    const result = await gradeStudent(input(`${notesAnswersYaml}typo: 1\n`, { name: 'Sara', gradeFunction: fakeCodeGrader }));
    expect(parseStudentResult(toJson(result), 's001.json')).toMatchObject({ ok: true, result: { student: { id: 's001' } } });
  });
  it('grades one assignment when asked, and names it', async () => {
    const result = await gradeStudent(input('', { assignment: 'hw2' }));
    expect(result.assignment).toEqual({ id: 'hw2', title: { en: 'Losses' } });
    expect(result.exercises.map((e) => e.id)).toEqual(['bce-one', 'cce-one', 'house-price-kind', 'vanishing-gradient']);
  });
});
