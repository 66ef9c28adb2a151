// `grader check` on the grading items of issue 12, run in-process on copies of the bank's
// exercises (and, where an item is about a situation the bank now avoids, the exercise as
// it was): how answers are read, what is diagnosed and what the feedback says.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../grader/cli/main.ts';
import type { ExerciseResult, StudentResult } from '../../grader/result/types.ts';
import { fakeContext } from './fake-context.ts';

const bank = join(import.meta.dirname, '../../exercises');
const root = mkdtempSync(join(tmpdir(), 'grader-check-answers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function bankFile(id: string): string {
  for (const topic of readdirSync(bank, { withFileTypes: true })) {
    if (topic.isDirectory() && readdirSync(join(bank, topic.name)).includes(`${id}.yaml`)) return join(bank, topic.name, `${id}.yaml`);
  }
  throw new Error(`no exercise ${id} in the bank`);
}

/** A course folder with the bank's exercises `ids` and the exercises written out in `own` (file name → YAML). */
function courseFolder(ids: readonly string[], own: Record<string, string> = {}, extra = ''): string {
  const dir = mkdtempSync(join(root, 'course-'));
  for (const id of ids) copyFileSync(bankFile(id), join(dir, `${id}.yaml`));
  for (const [name, text] of Object.entries(own)) writeFileSync(join(dir, name), text);
  const all = [...ids, ...Object.keys(own).map((name) => name.replace(/\.yaml$/, ''))];
  const course = ['name: ML', 'salt: ml-intro-2026-autumn', 'tolerance: { sigfigs: 3 }', extra, 'assignments:', '  - id: a', '    title: A', "    due: '2026-10-12T23:59:00+03:30'", `    exercises: [${all.join(', ')}]`, ''];
  writeFileSync(join(dir, 'course.yaml'), course.join('\n'));
  return dir;
}

function studentFolder(answers: string): string {
  const dir = join(mkdtempSync(join(root, 'class-')), 's001');
  mkdirSync(dir);
  writeFileSync(join(dir, 'answers.yaml'), answers);
  return dir;
}

async function check(course: string, answers: string, args: readonly string[] = ['--defaults']) {
  const student = studentFolder(answers);
  const text = fakeContext(course);
  const code = await runCli(['check', student, ...args], text);
  const json = fakeContext(course);
  await runCli(['check', student, ...args, '--json'], json);
  const result = JSON.parse(json.out()) as StudentResult;
  const exercise = (id: string): ExerciseResult => result.exercises.find((e) => e.id === id)!;
  return { code, out: text.out(), err: text.err(), result, exercise };
}

describe('item 6: a slash typed as the decimal mark', () => {
  it('reads ۰/۱۶۷ and 0/167 as 0.167, and a vector of them too', async () => {
    const course = courseFolder(['die-face', 'softmax-three-logits']);
    for (const [die, softmax] of [['۰/۱۶۷', '[۰/۶۶, ۰/۲۴, ۰/۱۰]'], ['0/167', '0/66 0/24 0/10']]) {
      const { code, exercise } = await check(course, `die-face: ${die}\nsoftmax-three-logits: ${softmax}\n`);
      expect(exercise('die-face')).toMatchObject({ status: 'correct', answer: die });
      expect(exercise('softmax-three-logits').status).toBe('correct');
      expect(code).toBe(0);
    }
  });

  it('tells ۰/۱۷ it was rounded too early, as it would 0.17', async () => {
    const { exercise } = await check(courseFolder(['die-face']), 'die-face: ۰/۱۷\n');
    expect(exercise('die-face')).toMatchObject({ status: 'incorrect', roundedTooEarly: true });
  });

  it('keeps ۲/۱۳ a fraction, and says the decimal 2.13 would have been right', async () => {
    // The notes' sum of three sigmoids, 0.88 + 0.73 + 0.52 = 2.13.
    const { exercise, out } = await check(courseFolder(['sigmoid-outputs-sum']), 'sigmoid-outputs-sum: ۲/۱۳\n');
    const result = exercise('sigmoid-outputs-sum');
    expect(result).toMatchObject({ status: 'incorrect', score: 0 });
    expect(result.feedback[0]).toBe(
      'Your answer is read as a fraction (0.1538); with / as the decimal mark it would be 2.13, which is right. ' +
        'A slash between two whole numbers is a fraction: write a decimal with a dot or ٫ (2.13 or ۲٫۱۳).',
    );
    expect(result.misconception).toBeUndefined();
    expect(out).toContain('with / as the decimal mark it would be 2.13, which is right');
  });

  it('says nothing of a decimal reading that would be wrong too', async () => {
    const { exercise } = await check(courseFolder(['sigmoid-outputs-sum']), 'sigmoid-outputs-sum: 3/4\n');
    expect(exercise('sigmoid-outputs-sum').feedback.join(' ')).not.toMatch(/decimal mark/);
  });
});
