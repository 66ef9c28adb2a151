// Writing the planned class to disk: the class folder is replaced as a whole, so that a
// student removed from the table leaves no folder behind.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCourse } from '../../grader/spec/index.ts';
import { rosterCsv, readmeText } from './documents.ts';
import { planClass, type ClassPlan } from './plan.ts';

/** Plans the class of the course in `courseFile`; a course with errors is refused. */
export async function planCourseClass(courseFile: string): Promise<ClassPlan> {
  const loaded = await loadCourse(courseFile);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.course || errors.length > 0) {
    const first = errors[0];
    throw new Error(`the course does not validate${first ? `: ${first.file}:${first.line ?? 1}: ${first.message}` : ''}; run grader validate`);
  }
  return planClass(loaded.course, loaded.exercises);
}

/** Writes `<outDir>/class/<id>/…`, `<outDir>/roster.csv` and `<outDir>/README.md`; returns the files written. */
export async function writeClass(plan: ClassPlan, outDir: string): Promise<string[]> {
  const classDir = join(outDir, 'class');
  await rm(classDir, { recursive: true, force: true });
  const written: string[] = [];
  const write = async (path: string, text: string) => {
    await writeFile(path, text);
    written.push(path);
  };
  for (const { student, files } of plan.students) {
    if (!files) continue;
    const folder = join(classDir, student.id);
    await mkdir(folder, { recursive: true });
    for (const [name, text] of files) await write(join(folder, name), text);
  }
  await write(join(outDir, 'roster.csv'), rosterCsv(plan));
  await write(join(outDir, 'README.md'), readmeText(plan));
  return written;
}
