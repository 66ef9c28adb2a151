// Checks that need more than one file: exercise ids and the names of the functions students
// write are unique across the course, and every exercise an assignment lists exists.
import { basename, extname } from 'node:path';
import type { Problem } from '../problem.ts';
import type { ParsedCourse } from './parse-course.ts';
import type { ParsedExercise } from './parse-exercise.ts';
import { didYouMean } from './schema/did-you-mean.ts';
import { problemAtPath } from './source.ts';

export function duplicateIds(exercises: readonly ParsedExercise[]): Problem[] {
  return [
    ...duplicates(exercises, 'id', 'duplicate-id', (value) => `the id '${value}' is already used by`),
    ...duplicates(exercises, 'functionName', 'duplicate-function', (value) => `students write every function in one solution file, and '${value}' is already the function of`),
  ];
}

function duplicates(
  exercises: readonly ParsedExercise[],
  key: 'id' | 'functionName',
  code: string,
  message: (value: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, ParsedExercise>();
  for (const parsed of exercises) {
    const located = parsed[key];
    if (!located) continue;
    const earlier = first.get(located.value)?.[key];
    if (!earlier) {
      first.set(located.value, parsed);
      continue;
    }
    const { line, col, length } = located;
    const where = `${first.get(located.value)!.file}:${earlier.line}:${earlier.col}`;
    problems.push({ code, severity: 'error', message: `${message(located.value)} ${where}`, file: parsed.file, line, col, length });
  }
  return problems;
}

export function unknownExercises(course: ParsedCourse, exercises: readonly ParsedExercise[]): Problem[] {
  if (!course.course || !course.source) return [];
  const source = course.source;
  // A file too broken to read its id is probably the exercise named after it: no second report.
  const known = exercises.map((parsed) => parsed.id?.value ?? basename(parsed.file, extname(parsed.file)));
  const problems: Problem[] = [];
  course.course.assignments.forEach((assignment, i) => {
    assignment.exercises.forEach((id, j) => {
      if (known.includes(id)) return;
      const guess = didYouMean(id, known);
      const message = `assignment '${assignment.id}' lists '${id}', but no exercise has that id${guess ? `; did you mean '${guess}'?` : ''}`;
      problems.push(problemAtPath(source, ['assignments', i, 'exercises', j], 'unknown-exercise', message));
    });
  });
  return problems;
}
