import { describe, expect, it } from 'vitest';
import { parseChoice, parseVector } from '../../grader/submission/index.ts';
import type { Message } from '../../grader/messages/message.ts';
import type { OptionLabel } from '../../grader/spec/localized.ts';
import { en } from '../messages/english.ts';

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
    if (!parsed.ok) throw new Error(en(parsed.reason));
    expect(parsed.entries.map((e) => e.value)).toEqual(values);
    expect(parsed.entries.map((e) => e.decimals ?? NaN)).toEqual(decimals);
  });

  it.each<[string, unknown, Message, RegExp, Message, string]>([
    ['an empty list', '[]', { code: 'expected.vector' }, /list of numbers/, { code: 'received.text', params: { text: '[]' } }, '[]'],
    ['an empty sequence', [], { code: 'expected.vector' }, /list of numbers/, { code: 'received.empty-list' }, 'an empty list'],
    ['a word among numbers', '[0.66, abc, 0.10]', { code: 'expected.vector-entry', params: { entry: 2 } }, /entry 2/, { code: 'received.text', params: { text: 'abc' } }, 'abc'],
    ['a list of lists', [['0.1'], ['0.2']], { code: 'expected.vector-flat' }, /flat list/, { code: 'received.list', params: { entries: 2 } }, 'a list of 2 entries'],
    ['nested brackets in text', '[[0.1, 0.2]]', { code: 'expected.vector' }, /list of numbers/, { code: 'received.text', params: { text: '[[0.1, 0.2]]' } }, '[[0.1, 0.2]]'],
    ['a mapping', Object.create(null), { code: 'expected.vector' }, /list of numbers/, { code: 'received.mapping' }, 'a mapping (key: value pairs)'],
  ])('%s is a format error', (_name, raw, expected, expectedText, received, receivedText) => {
    const parsed = parseVector(raw);
    expect(parsed).toEqual({ ok: false, reason: { code: 'answer-unreadable', params: { expected, received, example: '[0.66, 0.24, 0.10]' } } });
    expect(en(expected)).toMatch(expectedText);
    if (!parsed.ok) expect(en(parsed.reason)).toContain(`but received ${receivedText}. An example: [0.66, 0.24, 0.10].`);
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

  it.each<[string, unknown, boolean, Message, Message, string]>([
    ['an unknown option', 'D', false, { code: 'expected.choice', params: { options: 'A, B, C' } }, { code: 'received.text', params: { text: 'D' } }, 'A'],
    ['two options where one is asked', 'A, B', false, { code: 'expected.choice-only-one', params: { options: 'A, B, C' } }, { code: 'received.text', params: { text: 'A, B' } }, 'A'],
    ['a list where one is asked', ['A', 'B'], false, { code: 'expected.choice-only-one', params: { options: 'A, B, C' } }, { code: 'received.list', params: { entries: 2 } }, 'A'],
    ['an unknown option among several', ['A', 'Z'], true, { code: 'expected.choices', params: { options: 'A, B, C' } }, { code: 'received.text', params: { text: 'Z' } }, '[A, B]'],
  ])('%s is a format error listing the options', (_name, raw, multiple, expected, received, example) => {
    const parsed = parseChoice(raw, options, multiple);
    // The options are listed by id; their labels, in each language, are in the result's `options`.
    expect(parsed).toEqual({ ok: false, reason: { code: 'answer-unreadable', params: { expected, received, example } } });
    expect(en(expected)).toContain('(ids: A, B, C)');
  });
});
