// How the example class writes answers: numbers at a precision without exponents, simple
// fractions, Persian digits, and YAML that the answers parser reads back as the same text.
import { describe, expect, it } from 'vitest';
import { parseAnswersText } from '../../grader/submission/index.ts';
import { answersFileText, decimalText, fractionText, toPersianDigits, yamlScalar } from '../../scripts/example-class/written.ts';

describe('numbers as the class writes them', () => {
  it.each([
    [1 / 6, 4, '0.1667'],
    [0.2231435513, 4, '0.2231'],
    [2.1369, 3, '2.14'],
    [0.25 ** 10, 4, '0.0000009537'],
    [-0.405465, 3, '-0.405'],
    [100 / 6, 4, '16.67'],
    [0.5, 6, '0.5'],
    [0, 4, '0'],
  ])('decimalText(%d, %i) = %s', (x, sigfigs, text) => {
    expect(decimalText(x, sigfigs)).toBe(text);
  });

  it.each([
    [1 / 6, '1/6'],
    [2 / 6, '1/3'],
    [5 / 12, '5/12'],
    [0.25, undefined],
    [0.5, undefined],
    [Math.PI / 10, undefined],
  ])('fractionText(%d) = %s', (x, text) => {
    expect(fractionText(x)).toBe(text);
  });

  it('writes Persian digits and the Persian decimal separator', () => {
    expect(toPersianDigits('-0.1667')).toBe('-۰٫۱۶۶۷');
    expect(toPersianDigits('2.13 1/6')).toBe('۲٫۱۳ ۱/۶');
  });
});

describe('YAML scalars', () => {
  it.each([
    ['0.1667', '0.1667'],
    ['-0.405', '-0.405'],
    ['1/6', '1/6'],
    ['۰٫۱۶۶۷', '۰٫۱۶۶۷'],
    ['-۰٫۱۷۵', '"-۰٫۱۷۵"'],
    ['about a half', 'about a half'],
    ['[0.5, 0.3', '"[0.5, 0.3"'],
    ['≈ 0,25', '≈ 0,25'],
    ['no', '"no"'],
    ['Class: 1', '"Class: 1"'],
    ['رگرسیون (خروجی یک مقدار پیوسته است)', 'رگرسیون (خروجی یک مقدار پیوسته است)'],
  ])('%s is written %s and read back as the same text', (text, written) => {
    expect(yamlScalar(text)).toBe(written);
    const answers = parseAnswersText(answersFileText('a student', [{ id: 'x', written: { inline: yamlScalar(text) } }]), 'answers.yaml');
    expect(answers.problems).toEqual([]);
    expect(answers.entries.get('x')?.value).toBe(text);
  });

  it('writes a blank answer and a list one entry per line', () => {
    const text = answersFileText('a student', [
      { id: 'a', written: 'blank' },
      { id: 'b', written: { lines: ['- 0.5', '- 0.25'] } },
    ]);
    expect(text).toBe('# a student\na:\nb:\n  - 0.5\n  - 0.25\n');
    const answers = parseAnswersText(text, 'answers.yaml');
    expect(answers.entries.get('a')?.value).toBeNull();
    expect(answers.entries.get('b')?.value).toEqual(['0.5', '0.25']);
  });
});
