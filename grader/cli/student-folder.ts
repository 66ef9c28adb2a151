// What a student checks (`grader check`, with or without a pack): their folder, or a single
// answers or code file, read as grading reads a student's folder. A path that is not there,
// not a folder or file, or has nothing to check is a usage message, for exit code 2.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadStudentFolder, type StudentFolder } from '../submission/load.ts';
import type { CliContext } from './context.ts';

export type CheckedFolder = { readonly ok: true; readonly folder: StudentFolder } | { readonly ok: false; readonly usage: string };

export async function readCheckedFolder(ctx: CliContext, path: string): Promise<CheckedFolder> {
  const target = resolve(ctx.cwd, path);
  const info = await stat(target).catch(() => undefined);
  if (!info) return { ok: false, usage: `no such folder or file: ${path}` };
  if (!info.isFile() && !info.isDirectory()) return { ok: false, usage: `${path} is neither a folder nor a regular file (a device or a pipe?): give your folder, answers file or code file` };
  if (info.isFile() && !/\.(ya?ml|json|[cm]?[jt]s)$/i.test(target)) {
    return { ok: false, usage: `${path} is neither an answers file (.yaml, .yml, .json) nor a code file (.ts, .js)` };
  }
  const folder = await loadStudentFolder(target, info.isFile());
  if (!folder.answers && !folder.solution && !folder.solutionProblem) {
    return { ok: false, usage: `${path} has no answers file (answers.yaml, answers.yml or answers.json) and no code file (solution.ts or solution.js)` };
  }
  return { ok: true, folder };
}
