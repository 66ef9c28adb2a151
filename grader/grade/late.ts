// The late policy of each graded assignment applied to that assignment's exercises: a
// student late for week 2 loses points on week 2's exercises only.
import type { StudentFileProblem } from '../problem.ts';
import { roundScore } from './answer.ts';
import { assignmentTitle } from './course-text.ts';
import { applyLatePolicy, type LateOptions } from './late-policy.ts';
import type { LateResult, StudentResult } from '../result/types.ts';
import type { CourseSpec } from '../spec/types.ts';

export interface LateInput {
  readonly course: CourseSpec;
  readonly courseFile: string;
  readonly submittedAt: string | undefined;
  /** Where the time came from, for problems: `submitted_at` or the roster. */
  readonly source: string;
  /** Gradescope's due date (with the student's extension) and late due date: they replace the course file's. */
  readonly dates?: Pick<LateOptions, 'due' | 'lateDue'>;
}

export function withLatePolicy(result: StudentResult, input: LateInput): { result: StudentResult; problems: StudentFileProblem[] } {
  if (input.submittedAt === undefined) return { result, problems: [] };
  const problems: StudentFileProblem[] = [];
  const late: LateResult[] = [];
  const scoreOf = new Map(result.exercises.map((e) => [e.id, e.score]));
  let score = 0;
  const counted = new Set<string>();
  for (const assignment of input.course.assignments) {
    const graded = assignment.exercises.filter((id) => scoreOf.has(id) && !counted.has(id));
    if (graded.length === 0) continue;
    graded.forEach((id) => counted.add(id));
    const before = roundScore(graded.reduce((sum, id) => sum + scoreOf.get(id)!, 0));
    const options = { ...input.dates, title: assignmentTitle(input.course, assignment), ...(input.course.time_zone === undefined ? {} : { timeZone: input.course.time_zone }) };
    const outcome = applyLatePolicy(before, input.submittedAt, assignment, { submission: input.source, course: input.courseFile }, options);
    score += outcome.score;
    if (!outcome.ok) problems.push(outcome.problem);
    else if (outcome.late) late.push(outcome.late);
  }
  // Exercises no assignment lists (a course without assignments) carry no penalty.
  for (const [id, points] of scoreOf) if (!counted.has(id)) score += points;
  return { result: { ...result, score: roundScore(score), ...(late.length > 0 ? { late } : {}) }, problems };
}
