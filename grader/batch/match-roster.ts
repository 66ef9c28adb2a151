// Student folders against the roster. Ids are compared without regard to case, as Windows
// and macOS compare file names: a folder `R-Two` is the roster's `r-two` and is graded under
// the roster's spelling, and two folders that differ only by case (which those systems would
// write to the same files) stop the run. A folder that is not on the roster is graded without
// a name, with a warning that names the closest roster id.
import type { Problem } from '../problem.ts';
import { didYouMean } from '../spec/schema/did-you-mean.ts';
import type { StudentTarget } from './student-run.ts';

export interface RosterMatch {
  /** The folders to grade, each under the roster's spelling of its id where the roster has it. */
  readonly folders: readonly StudentTarget[];
  readonly warnings: readonly Problem[];
  /** Folders that are one id but for case: the run cannot go on. */
  readonly collisions: readonly Problem[];
}

type Folder = StudentTarget & { readonly folder: string };

export function matchRoster(folders: readonly Folder[], rosterIds: readonly string[] | undefined): RosterMatch {
  const byCase = new Map<string, Folder[]>();
  for (const f of folders) byCase.set(f.id.toLowerCase(), [...(byCase.get(f.id.toLowerCase()) ?? []), f]);
  const collisions = [...byCase.values()].filter((group) => group.length > 1).map(collision);
  if (rosterIds === undefined) return { folders, warnings: [], collisions };

  const rosterByCase = new Map(rosterIds.map((id) => [id.toLowerCase(), id]));
  const withoutFolder = rosterIds.filter((id) => !byCase.has(id.toLowerCase()));
  const matched: StudentTarget[] = [];
  const warnings: Problem[] = [];
  for (const f of folders) {
    const rosterId = rosterByCase.get(f.id.toLowerCase());
    if (rosterId === undefined) {
      warnings.push({ code: 'not-on-roster', severity: 'warning', file: f.folder, message: notOnRosterMessage(didYouMean(f.id, withoutFolder) ?? didYouMean(f.id, rosterIds), withoutFolder) });
    } else if (rosterId !== f.id) {
      warnings.push({ code: 'roster-id-case', severity: 'warning', file: f.folder, message: rosterCaseMessage(rosterId) });
    }
    matched.push({ id: rosterId ?? f.id, folder: f.folder });
  }
  return { folders: matched, warnings, collisions };
}

function collision(group: readonly Folder[]): Problem {
  const names = group.map((f) => JSON.stringify(f.id)).join(' and ');
  const message = `the folders ${names} are one student id but for case: on Windows and macOS their files would be the same; keep one folder`;
  return { code: 'student-folder-case', severity: 'error', file: group[0]!.folder, message };
}

function notOnRosterMessage(closest: string | undefined, withoutFolder: readonly string[]): string {
  const hint = closest === undefined ? '' : `; did you mean "${closest}"${withoutFolder.includes(closest) ? ', who has no folder' : ''}?`;
  return `not on the roster: graded without a name${hint}`;
}

function rosterCaseMessage(rosterId: string): string {
  return `graded as "${rosterId}", the roster's id (ids are compared without regard to case)`;
}
