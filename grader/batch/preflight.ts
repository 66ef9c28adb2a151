// What must hold before a batch grades anyone: a course that is wrong as a whole (an
// assignment listing an exercise that does not exist, two exercises with one id, a due date
// that cannot be read) would write a gradebook that is wrong for every student, so the run
// stops before it writes anything. An exercise file with errors is not such a problem: it is
// left out of grading, students who answered it are told, and the run exits 1.
import type { Problem } from '../problem.ts';
import type { LoadedCourse } from '../spec/index.ts';

/** Codes of problems across the course's files that make the course as a whole unusable. */
const COURSE_WIDE = new Set(['duplicate-id', 'duplicate-function']);

export function courseStoppers(loaded: Pick<LoadedCourse, 'problems' | 'courseFile'>): Problem[] {
  return loaded.problems.filter((p) => p.severity === 'error' && (p.file === loaded.courseFile || COURSE_WIDE.has(p.code)));
}
