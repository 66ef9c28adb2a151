// The hand-in time of a student. The roster is the instructor's data and wins; a
// `submitted_at` file in the student's folder (an LMS export or a git hook writes it) is
// written where students can write too, so it is used only for a student the roster gives no
// time, and read with the same care as any student file. Whether the time can be read is the
// late policy's to decide (withLatePolicy): a time it cannot read is a problem of the student's
// result, named in the run's summary.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { message, type Message } from '../messages/message.ts';
import { fileProblem, type StudentFileProblem } from '../problem.ts';

export const SUBMITTED_AT_FILE = 'submitted_at';
const MAX_BYTES = 200;

export type SubmittedAt = { readonly at?: string; readonly problem?: StudentFileProblem };

/** The time, where it came from (`roster` or `submitted_at`, for problems), or why the file was refused. */
export type HandIn = { readonly at?: string; readonly source?: 'roster' | typeof SUBMITTED_AT_FILE; readonly problem?: StudentFileProblem };

export function handInTime(rosterAt: string | undefined, folder: string | undefined): HandIn {
  if (rosterAt !== undefined) return { at: rosterAt, source: 'roster' };
  if (folder === undefined) return {};
  const fromFile = readSubmittedAt(folder);
  return fromFile.at === undefined ? fromFile : { at: fromFile.at, source: SUBMITTED_AT_FILE };
}

export function readSubmittedAt(folder: string): SubmittedAt {
  const path = join(folder, SUBMITTED_AT_FILE);
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info) return {};
  const refuse = (why: Message): SubmittedAt => ({ problem: fileProblem(why, SUBMITTED_AT_FILE) });
  if (!info.isFile()) return refuse(message('submitted-at-not-a-file'));
  if (info.size > MAX_BYTES) return refuse(message('submitted-at-too-large', { bytes: info.size }));
  const text = readFileSync(path, 'utf8').trim();
  return text === '' ? {} : { at: text };
}
