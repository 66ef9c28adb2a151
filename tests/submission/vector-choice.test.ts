import { describe, expect, it } from 'vitest';
import { parseChoice, parseVector } from '../../grader/submission/index.ts';
import type { OptionLabel } from '../../grader/spec/localized.ts';

describe('parseVector', () => {
  it.each<[string, unknown, number[], number[]]>([
    ['a YAML sequence as typed', ['0.66', '0.24', '0.10'], [0.66, 0.24, 0.1], [2, 2, 2]],
    ['bracketed text', '[0.66, 0.24, 0.10]', [0.66, 0.24, 0.1], [2, 2, 2]],
    ['spaces only', '0.66 0.24 0.10', [0.66, 0.24, 0.1], [2, 2, 2]],
    ['parentheses and semicolons', '(0.66; 0.24; 0.10)', [0.66, 0.24, 0.1], [2, 2, 2]],
    ['Persian digits and the Persian comma', '[۰٫۶۶، ۰٫۲۴، ۰٫۱۰]', [0.66, 0.24, 0.1], [2, 2, 2]],
    ['fractions and percentages', '1/6, 50%, 0.3333', [1 / 6, 0.5, 0.3333], [NaN, 2, 4]],
    ['numbers from code', [0.5, 0.5], [0.5, 0.5], [1, 1]],
  ])('%s: %j', (_name, raw, values, decimals) => {
    const parsed = parseVector(raw);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.entries.map((e) => e.value)).toEqual(values);
    expect(parsed.entries.map((e) => e.decimals ?? NaN)).toEqual(decimals);
  });

  it.each<[string, unknown, RegExp, string]>([
    ['an empty list', '[]', /list of numbers/, '"[]"'],
    ['an empty sequence', [], /list of numbers/, 'an empty list'],
    ['a word among numbers', '[0.66, abc, 0.10]', /entry 2/, '"abc"'],
    ['a list of lists', [['0.1'], ['0.2']], /flat list/, 'a list of 2 entries'],
    ['nested brackets in text', '[[0.1, 0.2]]', /list of numbers/, '"[[0.1, 0.2]]"'],
    ['a mapping', Object.create(null), /list of numbers/, 'a mapping (key: value pairs)'],
  ])('%s is a format error', (_name, raw, expected, received) => {
    const parsed = parseVector(raw);
    expect(parsed).toMatchObject({ ok: false, received, example: '[0.66, 0.24, 0.10]' });
    if (!parsed.ok) expect(parsed.expected).toMatch(expected);
  });
});

const options: OptionLabel[] = [
  { id: 'A', label: { en: 'Classification', fa: 'دسته‌بندی', de: 'Klassifikation' } },
  { id: 'B', label: { en: 'Regression', fa: 'رگرسیون', de: 'Regression' } },
  { id: 'C', label: { en: 'Clustering' } },
];

describe('parseChoice', () => {
  it.each<[string, unknown, boolean, string[]]>([
    ['an id', 'B', false, ['B']],
    ['an id in lower case', ' b ', false, ['B']],
    ['a label in any case', 'regression', false, ['B']],
    ['a label with a full stop', 'Regression.', false, ['B']],
    ['a Persian label', 'رگرسیون', false, ['B']],
    ['a Persian label with a space for the zero-width non-joiner', 'دسته بندی', false, ['A']],
    ['a Persian label without the non-joiner', 'دستهبندی', false, ['A']],
    ['a label in a third language of the exercise', 'klassifikation', false, ['A']],
    ['several as a sequence', ['c', 'A'], true, ['A', 'C']],
    ['several as text', 'A, clustering', true, ['A', 'C']],
    ['one of a multiple choice', 'A', true, ['A']],
    ['the same twice', ['A', 'a'], true, ['A']],
  ])('%s: %j', (_name, raw, multiple, ids) => {
    expect(parseChoice(raw, options, multiple)).toEqual({ ok: true, ids });
  });

  it.each<[string, unknown, boolean, string]>([
    ['an unknown option', 'D', false, '"D"'],
    ['two options where one is asked', 'A, B', false, '"A, B"'],
    ['a list where one is asked', ['A', 'B'], false, 'a list of 2 entries'],
    ['an unknown option among several', ['A', 'Z'], true, '"Z"'],
  ])('%s is a format error listing the options', (_name, raw, multiple, received) => {
    const parsed = parseChoice(raw, options, multiple);
    expect(parsed).toMatchObject({ ok: false, received });
    if (!parsed.ok) expect(parsed.expected).toContain('A (Classification), B (Regression), C (Clustering)');
  });
});
