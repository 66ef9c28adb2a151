// The bench course: 20 exercises of the course bank (15 answered in answers.yaml, 5 written
// as code) copied into a folder of their own with a course file, so that the bench grades
// the real exercises without touching exercises/.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { findSpecFiles } from '../grader/spec/index.ts';

export const ANSWER_EXERCISES = [
  'house-price-task',
  'which-tasks-are-binary',
  'die-face',
  'coin-tails',
  'third-class-probability',
  'class-zero-probability',
  'sigmoid-of-logit',
  'decide-class',
  'softmax-three-logits',
  'sigmoid-outputs-sum',
  'elu-negative',
  'bce-one-example',
  'bce-batch',
  'cce-three-classes',
  'natural-log-of-prediction',
] as const;

/** elu-function is among them because ELU has a realistic endless loop (its series with a stuck counter). */
export const CODE_EXERCISES = ['sigmoid-function', 'softmax-function', 'bce-function', 'cce-function', 'elu-function'] as const;

/**
 * A student's code exercise gets 250 ms of CPU time: the course bank's functions need well
 * under 1 ms for all their cases, and every endless loop costs a sandbox worker the whole
 * limit (the default of 1 s would make a handful of loops dominate the run).
 */
export const BENCH_TIME_MS = 250;

function courseYaml(): string {
  const list = (ids: readonly string[]) => ids.map((id) => `      - ${id}`).join('\n');
  return `# The bench course (written by bench/course.ts): 15 answer exercises, 5 code exercises.
name: Bench course
salt: bench-2026
tolerance: { sigfigs: 3 }
reveal: true
limits: { time_ms: ${BENCH_TIME_MS} }
exercises: exercises
assignments:
  - id: answers
    title: Probability, activations and losses
    due: 2026-10-12T23:59:00+03:30
    late: { percent_per_day: 10, cutoff_days: 5 }
    exercises:
${list(ANSWER_EXERCISES)}
  - id: code
    title: Activations and losses in code
    due: 2026-10-12T23:59:00+03:30
    late: { percent_per_day: 10, cutoff_days: 5 }
    exercises:
${list(CODE_EXERCISES)}
`;
}

/** Writes `<dir>/course.yaml` and `<dir>/exercises/<id>.yaml` from the bank in `bankDir`; returns the course file. */
export async function writeBenchCourse(bankDir: string, dir: string): Promise<string> {
  const wanted = new Set<string>([...ANSWER_EXERCISES, ...CODE_EXERCISES]);
  const files = (await findSpecFiles(bankDir)).filter((file) => wanted.has(basename(file).replace(/\.ya?ml$/, '')));
  if (files.length !== wanted.size) {
    const found = new Set(files.map((file) => basename(file).replace(/\.ya?ml$/, '')));
    throw new Error(`the bank in ${bankDir} lacks ${[...wanted].filter((id) => !found.has(id)).join(', ')}`);
  }
  await mkdir(join(dir, 'exercises'), { recursive: true });
  for (const file of files) await copyFile(file, join(dir, 'exercises', basename(file)));
  const courseFile = join(dir, 'course.yaml');
  await writeFile(courseFile, courseYaml());
  return courseFile;
}
