// The submission time, from a `submitted_at` file in the student's folder (an LMS export
// or a git hook writes it), read with the same care as any student file.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problem.ts';

export const SUBMITTED_AT_FILE = 'submitted_at';
const MAX_BYTES = 200;

export type SubmittedAt = { readonly at?: string; readonly problem?: Problem };

export function readSubmittedAt(folder: string): SubmittedAt {
  const path = join(folder, SUBMITTED_AT_FILE);
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info) return {};
  const refuse = (message: string): SubmittedAt => ({ problem: { code: 'submitted-at', severity: 'error', file: SUBMITTED_AT_FILE, message } });
  if (!info.isFile()) return refuse('submitted_at must be a plain file holding a time such as 2026-10-05T21:14:00+03:30');
  if (info.size > MAX_BYTES) return refuse(`submitted_at is ${info.size} bytes; it should hold one time such as 2026-10-05T21:14:00+03:30`);
  const text = readFileSync(path, 'utf8').trim();
  return text === '' ? {} : { at: text };
}
