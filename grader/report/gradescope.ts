// Gradescope's results.json for one submission
// (https://gradescope-autograders.readthedocs.io/en/latest/specs/), so that the grader can
// run as a Gradescope autograder. One test per exercise; hidden cases are only counted, as in
// every other report, and expected values appear only where the result reveals them.
import type { Catalogue } from '../messages/catalogue.ts';
import { message, type Message } from '../messages/message.ts';
import type { StudentResult } from '../result/types.ts';
import { fitResults, type CutNote } from './gradescope-size.ts';
import { exerciseLines, headLines } from './plain-text.ts';
import { messageRenderer, type MessageRenderer } from './render-message.ts';
import { studentView, type ExerciseView } from './student-view.ts';

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
  readonly note?: Message;
}

/**
 * Every output holds the student's own text (answers, what their code printed, exception
 * messages): Gradescope's default ('simple_format') reads it as HTML, so it is declared text.
 */
const PLAIN_TEXT = { output_format: 'text', test_output_format: 'text', test_name_format: 'text' } as const;

/** When a test held back until a date is there, the submission's output keeps its score back too. */
const SCORE_SHOWN_LATER = { after_due_date: 'gradescope.score-after-due-date', after_published: 'gradescope.score-when-published' } as const;

/** The course (and assignment), then the submission's score, or when it will be shown. */
function scoreLine(result: StudentResult, later: Message | undefined, r: MessageRenderer): string {
  const what = `${r.course(result.course)}${result.assignment === undefined ? '' : `${r.render({ code: 'report.separator' })}${r.course(result.assignment.title)}`}`;
  return `${what}: ${r.render(later ?? message('report.points', { score: result.score, max: result.max }))}`;
}

export function gradescopeResults(result: StudentResult, catalogue: Catalogue, options: GradescopeOptions = {}): GradescopeResults {
  const r = messageRenderer(catalogue, 'text');
  const view = studentView(result, catalogue);
  const tests = view.exercises.map((exercise, i) => gradescopeTest(exercise, result.exercises[i]!, options.visibility?.get(exercise.id) ?? 'visible', r));
  const held = tests.map((t) => t.visibility).find((v): v is keyof typeof SCORE_SHOWN_LATER => v in SCORE_SHOWN_LATER);
  const later = held === undefined ? undefined : message(SCORE_SHOWN_LATER[held]);
  const head = headLines(view, r);
  const output = [
    scoreLine(result, later, r),
    // Late notices say the score before the penalty: held back with the score.
    ...(later === undefined ? head : head.slice(view.late.length)),
    ...(options.note === undefined ? [] : [r.render(options.note)]),
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
  }, cutNote(r));
}

/** The note that ends an output cut to fit Gradescope, in the student's language. */
function cutNote(r: MessageRenderer): CutNote {
  return (characters) => `\n… ${r.render(message('gradescope.output-cut', { characters }))}`;
}

/**
 * The results.json of a submission the autograder could not grade (no course, a broken
 * setup, a crash): score 0 and the reason, which Gradescope shows the student.
 */
export function gradescopeFailure(reason: string, catalogue: Catalogue, executionTimeSeconds?: number): GradescopeResults {
  const r = messageRenderer(catalogue, 'text');
  return fitResults(
    {
      score: 0,
      ...executionTime(executionTimeSeconds),
      output: r.render(message('gradescope.failed', { reason: reason.replace(/\.$/, '') })),
      visibility: 'visible',
      stdout_visibility: 'hidden',
      ...PLAIN_TEXT,
      tests: [],
    },
    cutNote(r),
  );
}

function executionTime(seconds: number | undefined): { execution_time?: number } {
  return seconds === undefined ? {} : { execution_time: Math.round(seconds) };
}

function gradescopeTest(view: ExerciseView, exercise: StudentResult['exercises'][number], visibility: GradescopeVisibility, r: MessageRenderer): GradescopeTest {
  const status = `${view.status.symbol} ${r.render(view.status.label)}${r.render({ code: 'report.separator' })}${r.render(view.points)}`;
  return {
    name: r.course(view.title),
    score: exercise.score,
    max_score: exercise.max,
    status: exercise.status === 'correct' ? 'passed' : 'failed',
    output: [status, ...exerciseLines(view, r, { answer: true })].join('\n'),
    visibility,
  };
}
