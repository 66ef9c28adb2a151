// `--lang`: the language of everything written for a student (reports, the self-check's
// feedback, Gradescope's outputs). Without it, the course's first language (`languages:` in
// the course file; English when it declares none). The CLI's own lines stay English.
import type { Command } from 'commander';
import type { Catalogue } from '../messages/catalogue.ts';
import { availableLanguages, loadCatalogue } from '../messages/languages.ts';
import type { Problem } from '../problem.ts';

export const LANG_HELP = 'the language of the reports and feedback (en, fa, …); default: the course\'s first language';

export function addLanguageOption<C extends Command>(command: C): C {
  return command.option('--lang <code>', LANG_HELP) as C;
}

/** The catalogue for `--lang` (else the first of `fallback`), or a usage message naming the languages there are. */
export function chooseCatalogue(lang: string | undefined, fallback: readonly string[] = ['en']): { catalogue: Catalogue; problems: Problem[] } | { usage: string } {
  const wanted = lang ?? fallback[0] ?? 'en';
  const loaded = loadCatalogue(wanted);
  if (loaded.catalogue === undefined) {
    const known = availableLanguages().join(', ');
    const why = loaded.problems[0]?.code === 'unknown-language' ? `there is no catalogue for '${wanted}' (languages: ${known})` : `the ${wanted} catalogue cannot be used`;
    return { usage: `--lang ${wanted}: ${why}` };
  }
  return { catalogue: loaded.catalogue, problems: loaded.problems };
}
