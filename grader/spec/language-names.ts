// Languages named in validate's messages the way an instructor reads them: "Persian (fa)".
const names = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** `Persian (fa)`, or the code alone (`'xx'`) when Intl knows no name for it. */
export function describeLanguage(code: string): string {
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    name = undefined;
  }
  return name === undefined || name === code ? `'${code}'` : `${name} (${code})`;
}

/** `fa, en`: a course's languages as a list in a message. */
export const listLanguages = (codes: readonly string[]): string => codes.join(', ');
