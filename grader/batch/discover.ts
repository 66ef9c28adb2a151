// The students of a submissions folder: one sub-folder each, named by the student id.
// Symbolic links are never followed (a link could lead out of the class folder), names
// that are not safe ids are reported, and the order is by id so that runs are repeatable.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checkStudentId } from '../io/student-id.ts';
import type { Problem } from '../problem.ts';

export interface StudentFolderEntry {
  readonly id: string;
  readonly folder: string;
}

export interface Discovered {
  readonly students: readonly StudentFolderEntry[];
  readonly problems: readonly Problem[];
}

export async function discoverStudents(submissions: string): Promise<Discovered> {
  const entries = await readdir(submissions, { withFileTypes: true });
  const students: StudentFolderEntry[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const file = join(submissions, entry.name);
    if (entry.isSymbolicLink()) {
      problems.push({ code: 'student-symlink', severity: 'warning', file, message: 'a symbolic link, not a folder: skipped (links are not followed)' });
      continue;
    }
    if (!entry.isDirectory()) continue; // a roster or README beside the folders
    const invalid = checkStudentId(entry.name);
    if (invalid) {
      problems.push({ code: 'student-id', severity: 'warning', file, message: `${invalid}: folder skipped` });
      continue;
    }
    students.push({ id: entry.name, folder: file });
  }
  students.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { students, problems };
}
