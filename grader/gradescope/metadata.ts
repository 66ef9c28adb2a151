// Gradescope's /autograder/submission_metadata.json
// (https://gradescope-autograders.readthedocs.io/en/latest/submission_metadata/): who
// submitted, when, and the assignment's dates. Gradescope writes it, but a course may run the
// autograder on files of its own making, so it is read like any other input: a field that is
// not there, or not a string, is simply not known.
//
// Beyond the documented fields, Gradescope writes each user's roster `sid` and their own
// `assignment` dates (`users[].assignment.due_date`, `late_due_date`), which carry an
// extension the instructor gave that student.
import { checkStudentId } from '../io/student-id.ts';
import type { LateOptions } from '../grade/index.ts';
import type { DueFrom } from '../result/types.ts';
import { parseDueDate } from '../spec/due-date.ts';

/** An assignment's dates as Gradescope writes them; `late_due_date: null` (none) is left out. */
export interface GradescopeDates {
  readonly dueDate?: string;
  readonly lateDueDate?: string;
}

export interface SubmissionUser {
  readonly name?: string;
  readonly email?: string;
  /** The student id the instructor gave Gradescope's roster (often the institution's id). */
  readonly sid?: string;
  /** The user's own dates (`users[].assignment`): the assignment's, or their extension. */
  readonly dates?: GradescopeDates;
}

export interface SubmissionMetadata {
  /** The submission time, as Gradescope writes it (`2026-10-12T21:40:00.123456+03:30`). */
  readonly createdAt?: string;
  /** The first user of a group submission is the one graded. */
  readonly user?: SubmissionUser;
  /** The assignment's dates for everyone (`assignment.due_date`, `late_due_date`). */
  readonly assignment?: GradescopeDates;
}

/** Where a student id can come from: the roster's SID, or the part of the email before the `@`. */
export const ID_SOURCES = ['sid', 'email'] as const;
export type IdSource = (typeof ID_SOURCES)[number];

export type MetadataOutcome = { readonly ok: true; readonly metadata: SubmissionMetadata } | { readonly ok: false; readonly message: string };

export function parseSubmissionMetadata(text: string): MetadataOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error: unknown) {
    return { ok: false, message: `it is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(data)) return { ok: false, message: 'it is not a JSON object' };
  const first = Array.isArray(data.users) ? data.users[0] : undefined;
  const user = isRecord(first)
    ? {
        ...field('name', first.name),
        ...field('email', first.email),
        ...field('sid', typeof first.sid === 'number' ? String(first.sid) : first.sid),
        ...datesField(first.assignment),
      }
    : undefined;
  const assignment = datesField(data.assignment).dates;
  return { ok: true, metadata: { ...field('createdAt', data.created_at), ...(user ? { user } : {}), ...(assignment ? { assignment } : {}) } };
}

function datesField(value: unknown): { dates?: GradescopeDates } {
  if (!isRecord(value)) return {};
  const dates = { ...field('dueDate', value.due_date), ...field('lateDueDate', value.late_due_date) };
  return dates.dueDate === undefined ? {} : { dates };
}

/**
 * The dates Gradescope gives this submission's late policy: the student's own (an extension)
 * when the metadata has them, else the assignment's; none when it has neither.
 */
export function gradescopeDates(metadata: SubmissionMetadata): Pick<LateOptions, 'due' | 'lateDue'> | undefined {
  const dates = metadata.user?.dates ?? metadata.assignment;
  if (dates?.dueDate === undefined) return undefined;
  const everyone = metadata.assignment?.dueDate;
  const from: DueFrom = metadata.user?.dates !== undefined && everyone !== undefined && !sameInstant(dates.dueDate, everyone) ? 'gradescope-extension' : 'gradescope';
  return { due: { at: dates.dueDate, from }, ...(dates.lateDueDate === undefined ? {} : { lateDue: dates.lateDueDate }) };
}

function sameInstant(a: string, b: string): boolean {
  const [x, y] = [parseDueDate(a), parseDueDate(b)];
  return x.ok && y.ok ? x.epochMs === y.epochMs : a === b;
}

/**
 * The student id of a submission, from the first source in `sources` that gives a valid id
 * (ids become the seed of the student's numbers, as in `grader sheet --student <id>`).
 */
export function studentIdOf(metadata: SubmissionMetadata, sources: readonly IdSource[]): string | undefined {
  for (const source of sources) {
    const candidate = source === 'sid' ? metadata.user?.sid : metadata.user?.email?.split('@')[0];
    if (candidate !== undefined && checkStudentId(candidate) === undefined) return candidate;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value.trim() !== '' ? ({ [key]: value.trim() } as Record<K, string>) : {};
}
