// Where the catalogues are and which languages there are: one file per language in
// reports/messages/ (`en.yaml`, `fa.yaml`). A language is added by adding its file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogue, type ParsedCatalogue } from './catalogue.ts';

import { LANGUAGE_CODE } from './language-code.ts';

export { LANGUAGE_CODE } from './language-code.ts';

/** reports/messages/ of this package, found by walking up from this module (source and bundle sit at different depths). */
export function defaultMessagesFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    const candidate = join(folder, 'reports', 'messages');
    if (existsSync(join(candidate, 'en.yaml'))) return candidate;
    folder = dirname(folder);
  }
  throw new Error('the message catalogues (reports/messages/) are missing from this installation');
}

/** The languages with a catalogue, sorted. */
export function availableLanguages(folder: string = defaultMessagesFolder()): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') && LANGUAGE_CODE.test(name.slice(0, -5)))
    .map((name) => name.slice(0, -5))
    .sort();
}

/** A language's catalogue, read and checked; a code that is not a language's is refused before any path is made of it. */
export function loadCatalogue(lang: string, folder: string = defaultMessagesFolder()): ParsedCatalogue {
  const file = join(folder, `${lang}.yaml`);
  if (!LANGUAGE_CODE.test(lang)) {
    return { problems: [{ code: 'unknown-language', severity: 'error', message: `'${lang}' is not a language code (such as en or fa)`, file: folder }] };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    const known = existsSync(folder) ? availableLanguages(folder).join(', ') : '';
    return { problems: [{ code: 'unknown-language', severity: 'error', message: `there is no catalogue for '${lang}'${known ? ` (languages: ${known})` : ''}`, file }] };
  }
  return parseCatalogue(text, file, lang);
}
