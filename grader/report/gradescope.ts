// Gradescope's results.json for one submission
// (https://gradescope-autograders.readthedocs.io/en/latest/specs/), so that the grader can
// run as a Gradescope autograder. One test per exercise; hidden cases are only counted, as in
// every other report, and expected values appear only where the result reveals them.
import type { ExerciseResult, StudentResult } from '../result/types.ts';
import { describeArgs, hiddenCaseCounts, visibleCases } from './cases.ts';
import { formatPoints, formatValue } from './format.ts';
import { fitResults } from './gradescope-size.ts';
import { describeLate } from './late.ts';
import { CASE_STATUS_DISPLAY, STATUS_DISPLAY } from './status.ts';

export type GradescopeVisibility = 'visible' | 'hidden' | 'after_due_date' | 'after_published';

export interface GradescopeTest {
  readonly name: string;
  readonly score: number;
  readonly max_score: number;
  readonly status: 'passed' | 'failed';
  readonly output: string;
  readonly visibility: GradescopeVisibility;
}

export interface GradescopeResults {
  /** The submission's score, the late penalty taken off: it overrides the total of the tests. */
  readonly score: number;
  readonly execution_time?: number;
  readonly output: string;
  readonly visibility: GradescopeVisibility;
  readonly stdout_visibility: GradescopeVisibility;
  /** How Gradescope shows the outputs and test names: as plain text, never as HTML or Markdown. */
  readonly output_format: 'text';
  readonly test_output_format: 'text';
  readonly test_name_format: 'text';
  readonly tests: readonly GradescopeTest[];
}

export interface GradescopeOptions {
  readonly executionTimeSeconds?: number;
  /** Each exercise's test visibility, by exercise id (`visible` when left out). */
  readonly visibility?: ReadonlyMap<string, GradescopeVisibility>;
  /** A last line for the submission's output (whose numbers were graded). */
  readonly note?: string;
}

/**
 * Every output holds the student's own text (answers, what their code printed, exception
 * messages): Gradescope's default ('simple_format') reads it as HTML, so it is declared text.
 */
const PLAIN_TEXT = { output_format: 'text', test_output_format: 'text', test_name_format: 'text' } as const;

/** When a test held back until a date is there, the submission's output keeps its score back too. */
const SCORE_SHOWN_LATER: Readonly<Partial<Record<GradescopeVisibility, string>>> = {
  after_due_date: 'after the due date',
  after_published: 'when the grades are published',
};

/** The submission's score in a sentence (code `gradescope-score`), or when it will be shown (`gradescope-score-later`). */
function scoreLine(result: StudentResult, later: string | undefined): string {
  const what = `${result.course}${result.assignment === undefined ? '' : ` · ${result.assignment.title}`}`;
  if (later !== undefined) return `${what}: your score and the expected answers are shown ${later}.`;
  return `${what}: ${formatPoints(result.score)} / ${formatPoints(result.max)} points.`;
}

export function gradescopeResults(result: StudentResult, options: GradescopeOptions = {}): GradescopeResults {
  const tests = result.exercises.map((exercise) => gradescopeTest(exercise, options.visibility?.get(exercise.id) ?? 'visible'));
  const later = tests.map((t) => SCORE_SHOWN_LATER[t.visibility]).find((sentence) => sentence !== undefined);
  const output = [
    scoreLine(result, later),
    ...(later === undefined ? (result.late ?? []).map(describeLate) : []),
    ...(result.codeLoadFailure ? [`Your code file did not load, so no code exercise ran: ${result.codeLoadFailure.message}`] : []),
    ...result.problems.map((p) => `Problem with ${p.file}: ${p.message}`),
    ...(options.note === undefined ? [] : [options.note]),
  ];
  return fitResults({
    score: result.score,
    ...executionTime(options.executionTimeSeconds),
    output: output.join('\n'),
    visibility: 'visible',
    // The grader's own log is for the instructor: it may name hidden cases.
    stdout_visibility: 'hidden',
    ...PLAIN_TEXT,
    tests,
  });
}

/**
 * The results.json of a submission the autograder could not grade (no course, a broken
 * setup, a crash): score 0 and the reason, which Gradescope shows the student.
 */
export function gradescopeFailure(reason: string, executionTimeSeconds?: number): GradescopeResults {
  return fitResults({
    score: 0,
    ...executionTime(executionTimeSeconds),
    output: `The autograder could not grade this submission: ${reason}\nYour files were not graded; please tell your instructor.`,
    visibility: 'visible',
    stdout_visibility: 'hidden',
    ...PLAIN_TEXT,
    tests: [],
  });
}

function executionTime(seconds: number | undefined): { execution_time?: number } {
  return seconds === undefined ? {} : { execution_time: Math.round(seconds) };
}

function gradescopeTest(exercise: ExerciseResult, visibility: GradescopeVisibility): GradescopeTest {
  return {
    name: exercise.title,
    score: exercise.score,
    max_score: exercise.max,
    status: exercise.status === 'correct' ? 'passed' : 'failed',
    output: testOutput(exercise),
    visibility,
  };
}

function testOutput(exercise: ExerciseResult): string {
  const lines = [`${STATUS_DISPLAY[exercise.status].symbol} ${STATUS_DISPLAY[exercise.status].label}`];
  if (exercise.answer !== undefined) lines.push(exercise.kind === 'function' ? `Your code:\n${exercise.answer}` : `Your answer: ${exercise.answer}`);
  if (exercise.expected !== undefined) lines.push(`Expected: ${formatValue(exercise.expected)}`);
  if (exercise.tolerance !== undefined) lines.push(`Tolerance: ${exercise.tolerance}`);
  lines.push(...exercise.feedback);
  if (exercise.misconception !== undefined) lines.push(`Likely mistake: ${exercise.misconception.title}. ${exercise.misconception.feedback}`);
  for (const [i, c] of visibleCases(exercise).entries()) {
    const args = describeArgs(c.args);
    const expected = c.expected === undefined ? '' : `, expected ${formatValue(c.expected)}`;
    const received = c.received === undefined ? '' : `, returned ${c.received}`;
    const message = c.message === undefined ? '' : ` (${c.message})`;
    lines.push(`Test ${i + 1} (${args})${expected}${received}: ${CASE_STATUS_DISPLAY[c.status].label}${message}`);
  }
  const hidden = hiddenCaseCounts(exercise);
  if (hidden !== undefined) lines.push(`Hidden tests: ${hidden.passed} of ${hidden.total} passed.`);
  if (exercise.console !== undefined && exercise.console !== '') lines.push('Console output:', exercise.console);
  if (exercise.hints.length > 0) lines.push('Hints:', ...exercise.hints.map((h) => `- ${h}`));
  return lines.join('\n');
}
