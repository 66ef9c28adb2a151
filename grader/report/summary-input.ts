// What of a student's result the class summary uses, and that part as JSON text for a grade
// worker to send back with the student's outcome.
import type { LocalizedText } from '../messages/params.ts';
import type { CodeLoadFailure, ExerciseResult, LateResult, StudentResult, SubmissionProblem } from '../result/types.ts';

/** What of a student's result the summary uses: a StudentResult is one, and so is summaryInput's. */
export interface SummaryInput {
  readonly student: StudentResult['student'];
  readonly course: LocalizedText;
  readonly assignment?: StudentResult['assignment'];
  readonly exercises: readonly Pick<ExerciseResult, 'id' | 'title' | 'topic' | 'max' | 'score' | 'status' | 'misconception'>[];
  readonly problems: readonly Pick<SubmissionProblem, 'code'>[];
  readonly codeLoadFailure?: Pick<CodeLoadFailure, 'code'>;
  readonly score: number;
  readonly max: number;
  readonly late?: readonly Pick<LateResult, 'assignment' | 'daysLate' | 'penaltyPercent'>[];
}

/**
 * The part of a result the summary uses, as JSON text: a grade worker sends it back with the
 * student's outcome, so that the class files need not read every result file again. Through
 * JSON, like the file, so that the summary is the same bytes either way.
 */
export function summaryInputText(result: StudentResult): string {
  const input: SummaryInput = {
    student: result.student,
    course: result.course,
    ...(result.assignment === undefined ? {} : { assignment: result.assignment }),
    exercises: result.exercises.map(({ id, title, topic, max, score, status, misconception }) => ({ id, title, topic, max, score, status, ...(misconception ? { misconception } : {}) })),
    problems: result.problems.map(({ code }) => ({ code })),
    ...(result.codeLoadFailure === undefined ? {} : { codeLoadFailure: { code: result.codeLoadFailure.code } }),
    score: result.score,
    max: result.max,
    ...(result.late === undefined ? {} : { late: result.late.map(({ assignment, daysLate, penaltyPercent }) => ({ assignment, daysLate, penaltyPercent })) }),
  };
  return JSON.stringify(input);
}
