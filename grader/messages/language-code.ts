// What a language code looks like (`fa`, `en`, `pt-BR`): a catalogue's file name, a course's
// `languages` entry, a `translations` key, what `--lang` takes. No imports: the schema builder uses it.

export const LANGUAGE_PATTERN = '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$';
export const LANGUAGE_CODE = new RegExp(LANGUAGE_PATTERN);
