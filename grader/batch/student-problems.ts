// The problems of students' results, for the run's summary: each with its student. Most are
// the student's (an answers file that is not YAML, an unknown exercise id) and are theirs to
// fix; the ones that leave a grade in doubt (a hand-in time that cannot be read, so the late
// policy was not applied) are the instructor's to act on, and make the run exit 1.
import type { StudentResult, SubmissionProblem } from '../result/types.ts';

export type StudentProblem = SubmissionProblem & {
  readonly student: string;
};

/** Codes of student problems that leave the grade in doubt: a hand-in time the late policy could not read. */
const GRADE_IN_DOUBT = new Set<string>(['due-date-unreadable', 'submitted-at-unreadable', 'submitted-at-not-a-file', 'submitted-at-too-large']);

export const leavesGradeInDoubt = (problem: Pick<SubmissionProblem, 'code'>): boolean => GRADE_IN_DOUBT.has(problem.code);

/** The student's problems, a code file that did not load first (said once for the file, as in the report). */
export function problemsOfStudent(result: Pick<StudentResult, 'student' | 'problems' | 'codeLoadFailure'>): StudentProblem[] {
  const student = result.student.id;
  const failure = result.codeLoadFailure;
  const load: StudentProblem[] =
    failure === undefined ? [] : [{ student, ...failure.message, file: failure.file, ...(failure.line === undefined ? {} : { line: failure.line }), ...(failure.col === undefined ? {} : { col: failure.col }) }];
  return [...load, ...result.problems.map((problem) => ({ student, ...problem }))];
}

/** Those in doubt first, then by student and place: the same order whichever thread graded whom. */
export function sortStudentProblems(problems: readonly StudentProblem[]): StudentProblem[] {
  const key = (p: StudentProblem): [number, string, string, number, number, string] => [leavesGradeInDoubt(p) ? 0 : 1, p.student, p.file, p.line ?? 0, p.col ?? 0, `${p.code}\u0000${JSON.stringify(p.params ?? {})}`];
  return [...problems].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}
