// The course file's languages: each has a message catalogue (reports/messages/<code>.yaml), or
// nothing could be written in it; and for each one besides English the course gives its name
// and every assignment's title, in a `translations` block of a language it is taught in.
import type { Problem } from '../problem.ts';
import { describeLanguage, listLanguages } from './language-names.ts';
import { courseLanguages, ENGLISH } from './localized.ts';
import { problemAtPath, type Path, type SourceFile } from './source.ts';
import type { CourseSpec, CourseTranslation } from './types.ts';

const WARNING = { severity: 'warning' } as const;
const KEY_WARNING = { severity: 'warning', at: 'key' } as const;

/**
 * `catalogues`: the languages with a catalogue, from the I/O edge (`availableLanguages`); left
 * out, the languages are not checked against them.
 */
export function courseLanguageProblems(course: CourseSpec, source: SourceFile, catalogues?: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const report = (path: Path, code: string, message: string, options: { severity?: 'warning'; at?: 'key' } = {}) =>
    problems.push(problemAtPath(source, path, code, message, options));
  const languages = courseLanguages(course);
  if (catalogues !== undefined) {
    course.languages?.forEach((lang, i) => {
      if (catalogues.includes(lang)) return;
      const message = `languages[${i}]: there is no message catalogue for ${describeLanguage(lang)} (catalogues: ${listLanguages(catalogues)}); add reports/messages/${lang}.yaml (docs/messages.md) or use one of these`;
      report(['languages', i], 'unknown-language', message);
    });
  }
  for (const [lang, block] of Object.entries(course.translations ?? {})) {
    if (lang === ENGLISH) report(['translations', lang], 'english-translation', 'translations.en is never read: name and the assignments\' titles are the English text', KEY_WARNING);
    else if (!languages.includes(lang)) {
      report(['translations', lang], 'undeclared-language', `the course is not taught in ${describeLanguage(lang)} (languages: ${listLanguages(languages)}): add ${lang} to languages, or remove translations.${lang}`, KEY_WARNING);
    }
    for (const id of Object.keys(block.assignments ?? {})) {
      if (course.assignments.some((assignment) => assignment.id === id)) continue;
      report(['translations', lang, 'assignments', id], 'unknown-translation', `'${id}' is not an assignment of the course (assignments: ${course.assignments.map((a) => a.id).join(', ')})`, KEY_WARNING);
    }
  }
  for (const lang of languages) {
    // A language without a catalogue is refused above: its texts would be asked for in vain.
    if (lang === ENGLISH || (catalogues !== undefined && !catalogues.includes(lang))) continue;
    const block: CourseTranslation = course.translations !== undefined && Object.hasOwn(course.translations, lang) ? (course.translations[lang] ?? {}) : {};
    const missing = (path: Path, what: string, where: string) =>
      report(path, 'missing-translation', `no ${describeLanguage(lang)} ${what}: add translations.${lang}.${where}`, WARNING);
    if (block.name === undefined) missing(['name'], "name of the course", 'name');
    course.assignments.forEach((assignment, i) => {
      const titles = block.assignments;
      if (titles === undefined || !Object.hasOwn(titles, assignment.id)) missing(['assignments', i, 'title'], `title for assignment '${assignment.id}'`, `assignments.${assignment.id}`);
    });
  }
  return problems;
}
