// Student ids come from folder names and rosters, that is from outside, and become file
// names (`results/<id>.json`, `reports/<id>.html`): only a conservative set of names passes.

// Starting with a letter or digit also rules out `.`, `..` and hidden files.
const STUDENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Why `id` cannot be used as a student id (and file name), or undefined when it can. */
export function checkStudentId(id: string): string | undefined {
  if (!STUDENT_ID.test(id)) {
    const shown = JSON.stringify(id.length > 70 ? `${id.slice(0, 70)}…` : id);
    return `student id ${shown} must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. s2026-017)`;
  }
  return undefined;
}

export function isStudentId(id: string): boolean {
  return checkStudentId(id) === undefined;
}
