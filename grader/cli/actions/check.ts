// The work of `grader check`, registered in commands/check.ts and loaded only when it runs.
// `grader check <folder or answers file>`: a student's self-check. Grades their answers
// and code against the course for their own numbers and prints the feedback the course
// allows them to see. Exit 0 when everything is correct, 1 otherwise, 2 on bad usage.
import { basename, resolve } from 'node:path';
import { courseLanguages, createFunctionGrader, gradeStudent } from '../../grade/index.ts';
import { SandboxPool } from '../../sandbox/index.ts';
import { toJson } from '../../result/json.ts';
import { readCheckedFolder } from '../student-folder.ts';
import { isKnownEncoding } from '../../batch/roster-encoding.ts';
import { readRosterFile } from '../../batch/roster-file.ts';
import { renderCheck } from '../check-report.ts';
import { chooseCatalogue } from '../language.ts';
import { chooseStudentId, type StudentIdChoice } from '../check-student.ts';
import { visibleLine } from '../terminal-text.ts';
import { EXIT, useColour, type CliContext } from '../context.ts';
import { loadCourseForStudents } from '../course-for-students.ts';
import { resolveReveals } from '../../grade/deferred-reveal.ts';

export interface CheckOptions {
  readonly course?: string;
  readonly lang?: string;
  readonly student?: string;
  readonly roster?: string;
  readonly rosterEncoding?: string;
  readonly assignment?: string;
  readonly defaults?: boolean;
  readonly json?: boolean;
}

function usage(ctx: CliContext, message: string): number {
  ctx.stderr.write(`grader check: ${message}\n`);
  return EXIT.usage;
}

export async function check(ctx: CliContext, path: string, options: CheckOptions): Promise<number> {
  const checked = await readCheckedFolder(ctx, path);
  if (!checked.ok) return usage(ctx, checked.usage);
  const { folder } = checked;
  // A sandbox worker for the code starts while the course loads (neither waits for the other).
  let pool = folder.solution ? new SandboxPool({ size: 1 }) : undefined;
  if (folder.solution) pool?.warmUp(undefined, { source: folder.solution.text, filename: folder.solution.file });
  const loaded = await loadCourseForStudents(ctx, options.course);
  if (!loaded.ok) {
    await pool?.close();
    ctx.stderr.write(`grader check: ${loaded.message}\n`);
    return loaded.exitCode;
  }
  // Deferred reveals (after-due, after-published) decided by this check's time.
  const { course, exercises } = resolveReveals(loaded.course, loaded.exercises, { now: Date.now() });
  if (options.assignment !== undefined && !course.assignments.some((a) => a.id === options.assignment)) {
    await pool?.close();
    return usage(ctx, `the course has no assignment '${options.assignment}' (it has ${course.assignments.map((a) => a.id).join(', ')})`);
  }
  const student = studentFor(ctx, folder.folder, options, [...course.assignments.map((a) => a.id), ...exercises.map((e) => e.id)]);
  if (!student.ok) {
    await pool?.close();
    return usage(ctx, student.message);
  }
  const language = chooseCatalogue(options.lang, courseLanguages(course));
  if ('usage' in language) {
    await pool?.close();
    return usage(ctx, language.usage);
  }
  const { catalogue } = language;
  if (loaded.problems > 0) {
    ctx.stderr.write(`grader check: the course has ${loaded.problems} error(s); exercises with errors are left out (run grader validate)\n`);
  }
  if (!exercises.some((e) => e.answer.kind === 'function')) {
    await pool?.close();
    pool = undefined;
  }
  const result = await gradeStudent({
    course,
    exercises,
    studentId: student.id,
    ...(options.assignment === undefined ? {} : { assignment: options.assignment }),
    ...(folder.answers ? { answers: folder.answers } : {}),
    ...(folder.solution ? { solutionSource: folder.solution } : {}),
    ...(folder.solutionProblem ? { solutionProblem: folder.solutionProblem } : {}),
    folderProblems: folder.problems,
    ungradable: loaded.ungradable,
    ...(options.defaults ? { defaults: true } : {}),
    ...(pool ? { gradeFunction: createFunctionGrader(pool) } : {}),
  }).finally(() => pool?.close());
  if (student.warning !== undefined) ctx.stderr.write(`grader check: ${student.warning}\n`);
  if (options.json) ctx.stdout.write(toJson(result));
  else {
    const report = renderCheck(result, catalogue, useColour(ctx.stdout, ctx.env));
    ctx.stdout.write(`${visibleLine(student.firstLine)}\n${report.out}`);
    if (report.err !== '') ctx.stderr.write(report.err);
  }
  return result.exercises.every((e) => e.status === 'correct') ? EXIT.ok : EXIT.failed;
}


/** The student id to grade for (check-student.ts), the roster read when one is given. */
function studentFor(ctx: CliContext, folder: string, options: CheckOptions, courseIds: readonly string[]): StudentIdChoice {
  let rosterIds: string[] | undefined;
  if (options.roster !== undefined) {
    if (options.rosterEncoding !== undefined && !isKnownEncoding(options.rosterEncoding)) return { ok: false, message: `--roster-encoding ${options.rosterEncoding} is not an encoding this Node.js knows` };
    const roster = readRosterFile(resolve(ctx.cwd, options.roster), options.rosterEncoding);
    if (roster === undefined) return { ok: false, message: `--roster ${options.roster} cannot be read` };
    const fatal = roster.problems.find((p) => p.severity === 'error');
    if (!roster.usable && fatal) return { ok: false, message: `--roster ${options.roster} cannot be used: line ${fatal.line ?? 1}: ${fatal.message}` };
    rosterIds = [...roster.entries.keys()];
  }
  return chooseStudentId({
    folderName: basename(folder),
    defaults: options.defaults === true,
    courseIds,
    ...(options.student === undefined ? {} : { option: options.student }),
    ...(rosterIds === undefined ? {} : { rosterIds }),
  });
}
