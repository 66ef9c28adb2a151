// The work of `grader gradescope`, registered in commands/gradescope.ts and loaded only when it runs.
// `grader gradescope`: the grader as a Gradescope autograder. Grades the one submission in
// /autograder/submission and writes /autograder/results/results.json. Whatever goes wrong
// (no course, a bad option, a crash) still ends in a results.json, with score 0 and the
// reason, because that file is all the student sees.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gradeSubmission } from '../../gradescope/grade-submission.ts';
import { ID_SOURCES, parseSubmissionMetadata, studentIdOf, type IdSource, type SubmissionMetadata } from '../../gradescope/metadata.ts';
import { revealedForGradescope, testVisibility } from '../../gradescope/visibility.ts';
import { writeFileAtomic } from '../../io/atomic.ts';
import { checkStudentId } from '../../io/student-id.ts';
import { courseLanguages } from '../../grade/index.ts';
import type { Catalogue } from '../../messages/catalogue.ts';
import { message } from '../../messages/message.ts';
import { toError } from '../../problem.ts';
import { gradescopeFailure, gradescopeResults, type GradescopeResults } from '../../report/index.ts';
import { loadCourse, type CourseSpec } from '../../spec/index.ts';
import { EXIT, type CliContext } from '../context.ts';
import { findCourseFile } from '../course-for-students.ts';
import { chooseCatalogue } from '../language.ts';
import { printProblems } from '../print-problems.ts';
import { openSandbox } from '../../batch/sandbox-session.ts';

export interface GradescopeOptions {
  readonly submission: string;
  readonly results: string;
  readonly metadata: string;
  readonly course?: string;
  readonly student?: string;
  readonly idFrom?: IdSource;
  readonly assignment?: string;
  readonly lang?: string;
}

type Outcome = { readonly results: GradescopeResults; readonly exitCode: number; readonly max?: number };

/** Where each id source is in submission_metadata.json, for the message when none gives an id. */
const ID_FIELDS: Readonly<Record<IdSource, string>> = { sid: 'users[0].sid (the Student ID of the roster)', email: 'users[0].email (the part before the @)' };

/** Why a submission that names no student is not graded (code `gradescope-no-student-id`). */
function noStudentId(sources: readonly IdSource[]): string {
  return `submission_metadata.json names no usable student id in ${sources.map((s) => ID_FIELDS[s]).join(' or ')}, and every student's numbers are their own.`;
}

/** The language of the student's feedback: --lang, else the course's first; English until the course is read (or when --lang names none). */
function languageOf(lang: string | undefined, course?: CourseSpec): Catalogue {
  const chosen = chooseCatalogue(lang, course === undefined ? ['en'] : courseLanguages(course));
  if ('catalogue' in chosen) return chosen.catalogue;
  const english = chooseCatalogue('en');
  if ('usage' in english) throw new Error(english.usage);
  return english.catalogue;
}

export async function gradescope(ctx: CliContext, options: GradescopeOptions): Promise<number> {
  const started = Date.now();
  const seconds = (): number => (Date.now() - started) / 1000;
  let outcome: Outcome;
  try {
    outcome = await grade(ctx, options, seconds);
  } catch (thrown: unknown) {
    const error = toError(thrown);
    ctx.stderr.write(`grader gradescope: internal error: ${error.stack ?? error.message}\n`);
    outcome = { results: gradescopeFailure(`the grader failed (${error.message}).`, languageOf(options.lang), seconds()), exitCode: EXIT.failed };
  }
  const file = resolve(ctx.cwd, options.results);
  try {
    await writeFileAtomic(file, `${JSON.stringify(outcome.results, null, 2)}\n`);
  } catch (thrown: unknown) {
    ctx.stderr.write(`grader gradescope: cannot write ${file}: ${toError(thrown).message}\n`);
    return EXIT.failed;
  }
  ctx.stdout.write(`Wrote ${file}: ${outcome.results.score}${outcome.max === undefined ? '' : ` / ${outcome.max}`} points.\n`);
  return outcome.exitCode;
}

async function grade(ctx: CliContext, options: GradescopeOptions, seconds: () => number): Promise<Outcome> {
  let catalogue = languageOf(options.lang);
  const fail = (reason: string, exitCode: number): Outcome => {
    ctx.stderr.write(`grader gradescope: ${reason}\n`);
    return { results: gradescopeFailure(reason, catalogue, seconds()), exitCode };
  };
  if (options.lang !== undefined && 'usage' in chooseCatalogue(options.lang)) return fail(`--lang ${options.lang}: there is no such catalogue.`, EXIT.usage);
  const submission = resolve(ctx.cwd, options.submission);
  if (!(await stat(submission).catch(() => undefined))?.isDirectory()) return fail(`the submission folder ${submission} does not exist.`, EXIT.usage);
  const courseFile = await findCourseFile(ctx, options.course);
  if (courseFile === undefined) return fail(`the autograder has no course file (${options.course ?? 'exercises/course.yaml or course.yaml'}).`, EXIT.usage);
  const loaded = await loadCourse(courseFile);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  printProblems(ctx, errors, (path) => path);
  if (!loaded.course) return fail(`the course file ${courseFile} cannot be used (grader validate lists its problems).`, EXIT.failed);
  const course = loaded.course;
  catalogue = languageOf(options.lang, course);
  if (options.assignment !== undefined && !course.assignments.some((a) => a.id === options.assignment)) {
    return fail(`the course has no assignment '${options.assignment}' (it has ${course.assignments.map((a) => a.id).join(', ')}).`, EXIT.usage);
  }
  const invalidId = options.student === undefined ? undefined : checkStudentId(options.student);
  if (invalidId !== undefined) return fail(`--student: ${invalidId}.`, EXIT.usage);

  const metadata = await readMetadata(ctx, resolve(ctx.cwd, options.metadata));
  const sources = options.idFrom === undefined ? ID_SOURCES : [options.idFrom];
  const studentId = options.student ?? studentIdOf(metadata, sources);
  if (studentId === undefined) return fail(noStudentId(sources), EXIT.failed);
  const graded = revealedForGradescope(course, loaded.exercises);
  const sandbox = openSandbox({ size: 1 });
  try {
    const result = await gradeSubmission({
      course: graded.course,
      courseFile,
      exercises: graded.exercises,
      ...(options.assignment === undefined ? {} : { assignment: options.assignment }),
      submission,
      studentId,
      metadata,
      gradeFunction: sandbox.gradeFunction,
    });
    const note = message('gradescope.graded-as', { id: studentId });
    const results = gradescopeResults(result, catalogue, { executionTimeSeconds: seconds(), visibility: testVisibility(course, loaded.exercises), note });
    return { results, exitCode: errors.length > 0 ? EXIT.failed : EXIT.ok, max: result.max };
  } finally {
    await sandbox.close();
  }
}

/** The metadata when there is some; a file that cannot be read is only a note in the log. */
async function readMetadata(ctx: CliContext, file: string): Promise<SubmissionMetadata> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  const parsed = parseSubmissionMetadata(text);
  if (parsed.ok) return parsed.metadata;
  ctx.stderr.write(`grader gradescope: ${file} is ignored: ${parsed.message}\n`);
  return {};
}
