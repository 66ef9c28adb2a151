// Whose numbers `grader check` grades: `--student`, else the folder's name, said on the first
// line of the output. A folder name is the wrong id more often than not (`my-folder`, `week-1`,
// the folder an answers file sits in), and a wrong id silently gives someone else's numbers:
// so a name that cannot be an id is refused, one that does not look like an id (neither a digit
// nor a dot, as in s2026-017 or zahra.mohammadi; or an assignment's or exercise's id) is warned
// of, and with `--roster` any id not on the roster is refused, with the closest roster id.
import { checkStudentId } from '../io/student-id.ts';
import { didYouMean } from '../spec/schema/did-you-mean.ts';

export interface StudentIdInput {
  readonly option?: string;
  /** The name of the folder checked (or of the folder holding the file checked). */
  readonly folderName: string;
  readonly defaults: boolean;
  readonly rosterIds?: readonly string[];
  /** Names that are the course's, not students': assignment and exercise ids. */
  readonly courseIds: readonly string[];
}

export type StudentIdChoice =
  | { readonly ok: true; readonly id: string; readonly firstLine: string; readonly warning?: string }
  | { readonly ok: false; readonly message: string };

const PASS_STUDENT = 'pass your id with --student <id> (the one grader sheet --student <id> shows your numbers for)';

export function chooseStudentId(input: StudentIdInput): StudentIdChoice {
  const fromOption = input.option !== undefined;
  const given = input.option ?? input.folderName;
  if (input.defaults) return { ok: true, id: given, firstLine: "The course notes' numbers (--defaults), not a student's own" };
  const invalid = checkStudentId(given);
  if (invalid) return { ok: false, message: fromOption ? `--student: ${invalid}` : notAnIdMessage(invalid) };
  if (input.rosterIds !== undefined) {
    const onRoster = input.rosterIds.find((id) => id.toLowerCase() === given.toLowerCase());
    if (onRoster === undefined) return { ok: false, message: notOnRosterMessage(given, fromOption, didYouMean(given, input.rosterIds)) };
    return { ok: true, id: onRoster, firstLine: `Student ${onRoster} (${fromOption ? '--student' : "the folder's name"}, on the roster)` };
  }
  if (fromOption) return { ok: true, id: given, firstLine: `Student ${given} (--student)` };
  if (looksLikeStudentId(given, input.courseIds)) return { ok: true, id: given, firstLine: `Student ${given} (the folder's name; not your id? pass --student <id>)` };
  return { ok: true, id: given, firstLine: `Student ${given} (the folder's name)`, warning: unlikelyIdMessage(given) };
}

/** Student ids of the course have a digit or a dot in them; a folder named like the course's assignments or exercises is not one. */
export function looksLikeStudentId(name: string, courseIds: readonly string[]): boolean {
  return /[0-9.]/.test(name) && !courseIds.some((id) => id.toLowerCase() === name.toLowerCase());
}

function notAnIdMessage(why: string): string {
  return `the folder's name is taken as your student id, and ${why.replace(/^student id /, '')}: ${PASS_STUDENT}`;
}

function notOnRosterMessage(id: string, fromOption: boolean, closest: string | undefined): string {
  const what = fromOption ? `--student ${id}` : `the folder's name "${id}"`;
  return `${what} is not a student id of the roster${closest === undefined ? '' : ` (did you mean ${closest}?)`}: ${PASS_STUDENT}`;
}

function unlikelyIdMessage(folderName: string): string {
  return `"${folderName}", the folder's name, does not look like a student id, and your numbers depend on your id: unless it is yours, ${PASS_STUDENT}`;
}
