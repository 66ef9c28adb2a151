// One Gradescope submission: the files the student uploaded (at the top of the submission
// folder, or in the one folder their zip unpacked to), graded for their own numbers, with
// the course's late policy applied to the time Gradescope recorded, against Gradescope's due
// date (the student's extension included) when the metadata has one.
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withLatePolicy } from '../grade/index.ts';
import { gradeStudent, type GradeFunction } from '../grade/index.ts';
import { messageOf } from '../problem.ts';
import { orderStudent } from '../result/json.ts';
import type { StudentResult, SubmissionProblem } from '../result/types.ts';
import type { CourseSpec, ExerciseSpec } from '../spec/types.ts';
import { ANSWERS_FILES, SOLUTION_FILES, loadStudentFolder } from '../submission/index.ts';
import { gradescopeDates, type SubmissionMetadata } from './metadata.ts';

export interface SubmissionInput {
  readonly course: CourseSpec;
  readonly courseFile: string;
  readonly exercises: readonly ExerciseSpec[];
  readonly assignment?: string;
  /** The folder Gradescope unpacked the upload into (/autograder/submission). */
  readonly submission: string;
  readonly studentId: string;
  readonly metadata: SubmissionMetadata;
  readonly gradeFunction?: GradeFunction;
}

const STUDENT_FILES: readonly string[] = [...ANSWERS_FILES, ...SOLUTION_FILES];

export async function gradeSubmission(input: SubmissionInput): Promise<StudentResult> {
  const folderPath = await studentFilesFolder(input.submission);
  const folder = folderPath === undefined ? undefined : await loadStudentFolder(folderPath);
  const graded = await gradeStudent({
    course: input.course,
    exercises: input.exercises,
    studentId: input.studentId,
    ...(input.metadata.user?.name === undefined ? {} : { name: input.metadata.user.name }),
    ...(input.assignment === undefined ? {} : { assignment: input.assignment }),
    ...(folder?.answers ? { answers: folder.answers } : {}),
    ...(folder?.solution ? { solutionSource: folder.solution } : {}),
    ...(folder?.solutionProblem ? { solutionProblem: folder.solutionProblem } : {}),
    folderProblems: folder?.problems ?? [],
    ...(input.gradeFunction ? { gradeFunction: input.gradeFunction } : {}),
  });
  const dates = gradescopeDates(input.metadata);
  const late = withLatePolicy(graded, {
    course: input.course,
    courseFile: input.courseFile,
    submittedAt: input.metadata.createdAt,
    source: 'submission_metadata.json',
    ...(dates === undefined ? {} : { dates }),
  });
  const problems: SubmissionProblem[] = [...late.result.problems];
  for (const p of late.problems) problems.push({ ...messageOf(p), file: p.file });
  // "Nothing handed in" says which files to hand in.
  if (folderPath === undefined) problems.push({ code: 'no-submission', file: '.' });
  const email = input.metadata.user?.email;
  return orderStudent({ ...late.result, student: { ...late.result.student, ...(email === undefined ? {} : { email }) }, problems });
}

/**
 * The folder holding the student's files: the submission folder itself, else its only
 * sub-folder that holds them (a zip of a folder unpacks into one). Links are not followed.
 */
async function studentFilesFolder(submission: string): Promise<string | undefined> {
  if (await holdsStudentFiles(submission)) return submission;
  const entries = await readdir(submission, { withFileTypes: true }).catch(() => []);
  const candidates: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === '__MACOSX') continue;
    if (await holdsStudentFiles(join(submission, entry.name))) candidates.push(join(submission, entry.name));
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

async function holdsStudentFiles(folder: string): Promise<boolean> {
  for (const name of STUDENT_FILES) if (await lstat(join(folder, name)).catch(() => undefined)) return true;
  return false;
}
