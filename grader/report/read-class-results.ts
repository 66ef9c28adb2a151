// A class summary read back (class-results.json): what `grader merge` checks and combines
// shards by, and what `grader report` keeps of the run it renders again (the course's
// assignments, the run's record, a partial merge's mark).
import { readFile } from 'node:fs/promises';
import type { Problem } from '../problem.ts';
import type { ClassSummary, SummaryOptions } from './summary.ts';

export type ClassResultsRead = { readonly ok: true; readonly summary: ClassSummary } | { readonly ok: false; readonly problem: Problem };

const unreadable = (file: string, message: string): ClassResultsRead => ({ ok: false, problem: { code: 'class-results-unreadable', severity: 'error', file, message } });

export async function readClassResults(file: string): Promise<ClassResultsRead> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return unreadable(file, 'no class-results.json: did this run finish?');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return unreadable(file, 'class-results.json is not valid JSON');
  }
  const summary = data as Partial<ClassSummary> | null;
  if (typeof summary !== 'object' || summary === null || !Array.isArray(summary.exercises) || !Array.isArray(summary.students)) {
    return unreadable(file, 'class-results.json is not a class summary written by grader grade');
  }
  // Written before gradebooks had assignments: none.
  return { ok: true, summary: { ...(summary as ClassSummary), assignments: Array.isArray(summary.assignments) ? summary.assignments : [] } };
}

/** What a summary built again from the same results keeps of the one it replaces. */
export function keptFrom(summary: ClassSummary): Pick<SummaryOptions, 'assignments' | 'run' | 'partial'> {
  return {
    ...(summary.assignments.length > 0
      ? { assignments: summary.assignments.map(({ id, title, exercises, canvasId }) => ({ id, title, exercises, ...(canvasId === undefined ? {} : { canvasId }) })) }
      : {}),
    ...(summary.run === undefined ? {} : { run: summary.run }),
    ...(summary.partial === undefined ? {} : { partial: summary.partial }),
  };
}
