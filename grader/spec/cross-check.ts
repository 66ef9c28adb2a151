// Checks that need more than one file: exercise ids are unique across the course, and
// every exercise an assignment lists exists.
import { basename, extname } from 'node:path';
import type { Problem } from '../problem.ts';
import type { ParsedCourse } from './parse-course.ts';
import type { ParsedExercise } from './parse-exercise.ts';
import { didYouMean } from './schema/did-you-mean.ts';
import { problemAtPath } from './source.ts';

export function duplicateIds(exercises: readonly ParsedExercise[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, ParsedExercise>();
  for (const parsed of exercises) {
    if (!parsed.id) continue;
    const earlier = first.get(parsed.id.value);
    if (!earlier?.id) {
      first.set(parsed.id.value, parsed);
      continue;
    }
    const { line, col, length } = parsed.id;
    problems.push({
      code: 'duplicate-id',
      severity: 'error',
      message: `the id '${parsed.id.value}' is already used by ${earlier.file}:${earlier.id.line}:${earlier.id.col}`,
      file: parsed.file,
      line,
      col,
      length,
    });
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
