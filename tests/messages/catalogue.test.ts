import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../grader/messages/catalogue.ts';
import { MESSAGE_CODES } from '../../grader/messages/codes/index.ts';
import { availableLanguages, defaultMessagesFolder, loadCatalogue } from '../../grader/messages/languages.ts';

const header = 'language:\n  name: English\n  direction: ltr\n  locale: en-US\nmessages:\n';
const everyCode = (sentence: (code: string) => string): string =>
  Object.keys(MESSAGE_CODES)
    .map((code) => `  ${code}: ${JSON.stringify(sentence(code))}\n`)
    .join('');

describe('the shipped catalogues', () => {
  it('are English and Persian', () => {
    expect(availableLanguages()).toEqual(['en', 'fa']);
  });

  it.each(['en', 'fa'])('%s has a sentence for every code, each using only its code\'s params', (lang) => {
    const { catalogue, problems } = loadCatalogue(lang);
    expect(problems).toEqual([]);
    expect([...catalogue!.templates.keys()].sort()).toEqual(Object.keys(MESSAGE_CODES).sort());
  });

  it('say which way they are written', () => {
    expect(loadCatalogue('fa').catalogue).toMatchObject({ lang: 'fa', direction: 'rtl', locale: 'fa-IR' });
    expect(loadCatalogue('en').catalogue).toMatchObject({ lang: 'en', direction: 'ltr', locale: 'en-US' });
  });
});

describe('a catalogue with mistakes', () => {
  const valid = `${header}${everyCode(() => 'x')}`;

  it('names a code the grader does not have, with its line and column', () => {
    const { problems } = parseCatalogue(`${valid}  no-such-code: hello\n`, 'xx.yaml', 'en');
    const line = valid.split('\n').length;
    expect(problems).toMatchObject([{ code: 'unknown-message-code', file: 'xx.yaml', line, col: 3 }]);
  });

  it('names every code that has no sentence', () => {
    const [first, ...rest] = Object.keys(MESSAGE_CODES);
    const { problems } = parseCatalogue(`${header}${rest.map((c) => `  ${c}: x\n`).join('')}`, 'xx.yaml', 'en');
    expect(problems).toMatchObject([{ code: 'missing-message', message: `no sentence for '${first}'` }]);
  });

  it('refuses a placeholder that is not a param of the code, at its line', () => {
    const text = valid.replace("values-sum: \"x\"", "values-sum: 'They add up to {total}'");
    const { problems } = parseCatalogue(text, 'xx.yaml', 'en');
    expect(problems).toMatchObject([{ code: 'catalogue-message', line: text.split('\n').findIndex((l) => l.includes('values-sum')) + 1 }]);
    expect(problems[0]!.message).toContain('{total} is not a param of this code (it has {sum})');
  });

  it('refuses a plural chosen by a param that is not a count', () => {
    const text = valid.replace("values-sum: \"x\"", "values-sum: '{sum, plural, one {one} other {more}}'");
    expect(parseCatalogue(text, 'xx.yaml', 'en').problems[0]!.message).toContain('only a count or points can choose a plural form');
  });

  it('refuses a sentence that is not ICU MessageFormat', () => {
    const text = valid.replace("values-sum: \"x\"", "values-sum: 'They add up to {sum'");
    expect(parseCatalogue(text, 'xx.yaml', 'en').problems).toMatchObject([{ code: 'catalogue-message' }]);
  });

  it('needs its language block', () => {
    expect(parseCatalogue(`messages:\n${everyCode(() => 'x')}`, 'xx.yaml', 'en').catalogue).toBeUndefined();
    const wrongLocale = parseCatalogue(valid.replace('en-US', 'fa-IR'), 'en.yaml', 'en');
    expect(wrongLocale.problems).toMatchObject([{ code: 'catalogue-language', line: 4 }]);
  });
});

describe('a third language', () => {
  it('is one new file in the messages folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'catalogues-'));
    cpSync(defaultMessagesFolder(), folder, { recursive: true });
    const german = readFileSync(join(folder, 'en.yaml'), 'utf8').replace('name: English', 'name: Deutsch').replace('en-US', 'de-DE').replace('status.correct: Correct', 'status.correct: Richtig');
    writeFileSync(join(folder, 'de.yaml'), german);
    expect(availableLanguages(folder)).toEqual(['de', 'en', 'fa']);
    const { catalogue, problems } = loadCatalogue('de', folder);
    expect(problems).toEqual([]);
    expect(catalogue!.templates.get('status.correct')).toBe('Richtig');
  });

  it('is refused by name when it has no file, and a code that is not a language makes no path', () => {
    expect(loadCatalogue('de').problems).toMatchObject([{ code: 'unknown-language', message: "there is no catalogue for 'de' (languages: en, fa)" }]);
    expect(loadCatalogue('../../etc/passwd').problems).toMatchObject([{ code: 'unknown-language' }]);
  });
});
