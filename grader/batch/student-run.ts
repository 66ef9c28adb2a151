// One student of a batch: reuse the finished result when nothing it depends on changed,
// else load the folder, grade, apply the late policy, and write the result and reports
// (each file atomically, the key last, so a key on disk means everything is written).
// Only the sandbox is awaited: reading, grading and writing are synchronous, so that a
// student costs the main thread no promise or thread-pool round trip per file.
import { readFileSync, statSync } from 'node:fs';
import { writeFileAtomicSync } from '../io/atomic.ts';
import { outputPaths } from '../io/layout.ts';
import { gradeStudent, withLatePolicy, type GradeFunction } from '../grade/index.ts';
import { messageOf, type Problem } from '../problem.ts';
import { timed } from '../stage-timings.ts';
import { summaryInputText, writeStudentReports, writeStudentResult, type ReportTemplates } from '../report/index.ts';
import { orderStudent } from '../result/json.ts';
import type { StudentResult, SubmissionProblem } from '../result/types.ts';
import type { CourseSpec, ExerciseSpec } from '../spec/types.ts';
import { loadStudentFolderSync } from '../submission/index.ts';
import { studentKey } from './fingerprint.ts';
import type { RosterEntry } from './roster.ts';
import { problemsOfStudent, type StudentProblem } from './student-problems.ts';
import { handInTime } from './submitted-at.ts';

export interface ClassRun {
  readonly course: CourseSpec;
  readonly courseFile: string;
  readonly exercises: readonly ExerciseSpec[];
  /** Ids of exercises whose files have errors (left out of grading). */
  readonly ungradable: readonly string[];
  readonly assignment?: string;
  readonly templates: ReportTemplates;
  readonly out: string;
  readonly roster: ReadonlyMap<string, RosterEntry>;
  /** The course's fingerprint (courseFingerprint). */
  readonly courseKey: string;
  readonly force: boolean;
  readonly gradeFunction?: GradeFunction;
  /** Flush every file to disk before renaming it (see writeFileAtomicSync). */
  readonly durable?: boolean;
}

export interface StudentTarget {
  readonly id: string;
  /** Absent for a student of the roster who submitted nothing. */
  readonly folder?: string;
}

export interface StudentOutcome {
  readonly id: string;
  readonly reused: boolean;
  /** Problems with the output (a template that failed), not with the student's work. */
  readonly problems: readonly Problem[];
  /** What the class summary needs of the result just written (summaryInputText); absent when it was reused. */
  readonly summary?: string;
  /** The problems of the result just written (the student's files, their hand-in time), for the run's summary; absent when none or reused. */
  readonly studentProblems?: readonly StudentProblem[];
}

export async function runStudent(run: ClassRun, target: StudentTarget): Promise<StudentOutcome> {
  const entry = run.roster.get(target.id);
  const key = timed('parse', () => studentKey(run.courseKey, target.folder, entry));
  const keyFile = outputPaths.studentKey(run.out, target.id);
  if (!run.force && isFinished(run, target.id, keyFile, key)) return { id: target.id, reused: true, problems: [] };

  const result = await gradeTarget(run, target, entry);
  const written = { html: 0, markdown: 0 };
  const writing = { durable: run.durable === true };
  writeStudentResult(run.out, result, writing);
  const problems = writeStudentReports(run.out, result, run.templates, written, writing);
  if (problems.length === 0) timed('write', () => writeFileAtomicSync(keyFile, `${key}\n`, writing));
  const studentProblems = problemsOfStudent(result);
  return { id: target.id, reused: false, problems, summary: timed('render', () => summaryInputText(result)), ...(studentProblems.length > 0 ? { studentProblems } : {}) };
}

function isFinished(run: ClassRun, id: string, keyFile: string, key: string): boolean {
  let saved: string;
  try {
    saved = readFileSync(keyFile, 'utf8');
  } catch {
    return false;
  }
  if (saved.trim() !== key) return false;
  const files = [outputPaths.result(run.out, id)];
  if (run.templates.has('student.html')) files.push(outputPaths.studentReport(run.out, id, 'html'));
  if (run.templates.has('student.md')) files.push(outputPaths.studentReport(run.out, id, 'md'));
  return files.every((file) => statSync(file, { throwIfNoEntry: false })?.isFile() === true);
}

async function gradeTarget(run: ClassRun, target: StudentTarget, entry: RosterEntry | undefined): Promise<StudentResult> {
  const folder = target.folder === undefined ? undefined : timed('parse', () => loadStudentFolderSync(target.folder!));
  const handIn = timed('parse', () => handInTime(entry?.submittedAt, target.folder));
  const graded = await gradeStudent({
    course: run.course,
    exercises: run.exercises,
    studentId: target.id,
    ...(entry?.name === undefined ? {} : { name: entry.name }),
    ...(run.assignment === undefined ? {} : { assignment: run.assignment }),
    ...(folder?.answers ? { answers: folder.answers } : {}),
    ...(folder?.solution ? { solutionSource: folder.solution } : {}),
    ...(folder?.solutionProblem ? { solutionProblem: folder.solutionProblem } : {}),
    folderProblems: [...(folder?.problems ?? []), ...(handIn.problem ? [handIn.problem] : [])],
    ungradable: run.ungradable,
    ...(run.gradeFunction ? { gradeFunction: run.gradeFunction } : {}),
  });
  return timed('compare', () => {
    const late = withLatePolicy(graded, { course: run.course, courseFile: run.courseFile, submittedAt: handIn.at, source: handIn.source ?? 'roster' });
    const problems: SubmissionProblem[] = [...late.result.problems];
    const said = new Set(problems.map((p) => JSON.stringify(messageOf(p))));
    // Once each: a hand-in time that cannot be read is the same problem for every assignment.
    for (const p of late.problems) {
      const key = JSON.stringify(messageOf(p));
      if (!said.has(key)) problems.push({ ...messageOf(p), file: p.file });
      said.add(key);
    }
    if (target.folder === undefined) problems.push({ code: 'no-submission', file: '.' });
    return orderStudent({
      ...late.result,
      student: {
        ...late.result.student,
        ...(entry?.email === undefined ? {} : { email: entry.email }),
        ...(entry?.section === undefined ? {} : { section: entry.section }),
        ...(entry === undefined ? {} : { onRoster: true as const }),
      },
      problems,
    });
  });
}

/**
 * Grades the students at `indices` of `targets` in this thread, `lanes` at a time (enough to
 * keep the sandbox busy while one renders and writes); each outcome goes to `keep` as it is done.
 */
export async function gradeHere(
  run: ClassRun,
  targets: readonly StudentTarget[],
  indices: readonly number[],
  lanes: number,
  keep: (index: number, outcome: StudentOutcome) => void,
): Promise<void> {
  let taken = 0;
  const lane = async (): Promise<void> => {
    while (taken < indices.length) {
      const index = indices[taken++]!;
      keep(index, await runStudent(run, targets[index]!));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, indices.length)) }, lane));
}
