import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import type { Message } from '../../grader/messages/message.ts';
import { messageRenderer } from '../../grader/report/render-message.ts';
import { parseNumber, type FormatError } from '../../grader/submission/index.ts';
import { en } from '../messages/english.ts';

describe('parseNumber reads numbers as people write them', () => {
  it.each<[string, unknown, number, ParsedFields]>([
    ['a decimal', '0.167', 0.167, { form: 'decimal', decimals: 3, sigfigs: 3 }],
    ['no leading zero', '.167', 0.167, { form: 'decimal', decimals: 3, sigfigs: 3 }],
    ['a trailing zero kept as precision', '0.170', 0.17, { form: 'decimal', decimals: 3, sigfigs: 3 }],
    ['fewer digits', '0.17', 0.17, { form: 'decimal', decimals: 2, sigfigs: 2 }],
    ['a fraction', '1/6', 1 / 6, { form: 'fraction' }],
    ['a fraction with spaces', ' 1 / 6 ', 1 / 6, { form: 'fraction' }],
    ['a negative fraction', '-1/4', -0.25, { form: 'fraction' }],
    ['a percentage', '16.7%', 0.167, { form: 'percent', decimals: 3, sigfigs: 3 }],
    ['a percentage with a space', '16.7 %', 0.167, { form: 'percent', decimals: 3 }],
    ['scientific', '1.67e-1', 0.167, { form: 'scientific', decimals: 3, sigfigs: 3 }],
    ['scientific, capital E', '1.67E-1', 0.167, { form: 'scientific', decimals: 3 }],
    ['times ten to the', '1.67 × 10^-1', 0.167, { form: 'scientific', decimals: 3 }],
    ['large scientific', '1.2e3', 1200, { form: 'scientific', decimals: -2, sigfigs: 2 }],
    ['negative zero', '-0', 0, { form: 'decimal', decimals: 0 }],
    ['an explicit plus', '+0.5', 0.5, { form: 'decimal' }],
    ['surrounding spaces', '   0.167\t', 0.167, { form: 'decimal', decimals: 3 }],
    ['an integer', '3', 3, { form: 'decimal', decimals: 0, sigfigs: 1 }],
    ['the unicode minus', '−0.2231', -0.2231, { form: 'decimal', decimals: 4 }],
    ['Persian digits, Arabic decimal separator', '۰٫۱۶۷', 0.167, { form: 'decimal', decimals: 3, sigfigs: 3 }],
    ['Arabic-Indic digits, Arabic decimal separator', '٠٫١٦٧', 0.167, { form: 'decimal', decimals: 3, sigfigs: 3 }],
    ['Persian digits with a dot, as the notes write them', '۰.۱۶۷', 0.167, { form: 'decimal', decimals: 3 }],
    ['Persian digits in a fraction', '۱/۶', 1 / 6, { form: 'fraction' }],
    ['a Persian percentage', '۱۶٫۷٪', 0.167, { form: 'percent', decimals: 3 }],
    ['a direction mark from a Persian keyboard', '\u200f۰٫۵\u200e', 0.5, { form: 'decimal', decimals: 1 }],
    ['fullwidth digits', '０．５', 0.5, { form: 'decimal' }],
    ['a YAML/JS number', 0.167, 0.167, { form: 'decimal', decimals: 3 }],
    ['a JS negative zero', -0, 0, { form: 'decimal' }],
    ['Infinity', 'inf', Infinity, { form: 'special' }],
    ['minus infinity', '-∞', -Infinity, { form: 'special' }],
    ['YAML infinity', '.inf', Infinity, { form: 'special' }],
  ])('%s: %j', (_name, raw, value, fields) => {
    const parsed = parseNumber(raw);
    if (!parsed.ok) throw new Error(en(parsed.reason));
    expect(parsed.value).toBe(value);
    expect(Object.is(parsed.value, -0)).toBe(false);
    expect(parsed).toMatchObject(fields);
  });

  it("reads NaN as NaN, and keeps a percentage's own number for where a percentage is asked", () => {
    const nan = parseNumber('NaN');
    expect(nan.ok && Number.isNaN(nan.value)).toBe(true);
    expect(parseNumber('16.7%')).toMatchObject({ percentage: { value: 16.7, decimals: 1, sigfigs: 3 } });
  });

  it.each<[string, unknown, Message, string, string?]>([
    ['words', 'about a sixth', { code: 'received.text', params: { text: 'about a sixth' } }, 'about a sixth'],
    ['an empty text', '', { code: 'received.empty-text' }, 'an empty text'],
    ['a comma as decimal separator', '0,167', { code: 'received.text', params: { text: '0,167' } }, '0,167', 'expected.number-decimal-comma'],
    ['a division by zero', '1/0', { code: 'received.text', params: { text: '1/0' } }, '1/0', 'expected.number-denominator'],
    ['two dots', '0.1.2', { code: 'received.text', params: { text: '0.1.2' } }, '0.1.2'],
    ['a list', ['0.1', '0.2'], { code: 'received.list', params: { entries: 2 } }, 'a list of 2 entries'],
    ['a mapping', Object.create(null), { code: 'received.mapping' }, 'a mapping (key: value pairs)'],
    ['a boolean', true, { code: 'received.value', params: { text: 'true' } }, 'true'],
    ['nothing', null, { code: 'received.nothing' }, 'nothing'],
    ['Arabic thousands separator', '1٬000', { code: 'received.text', params: { text: '1٬000' } }, '1٬000'],
    ['a lone sign', '-', { code: 'received.text', params: { text: '-' } }, '-'],
    ['a percent sign alone', '%', { code: 'received.text', params: { text: '%' } }, '%'],
  ])('%s is a format error saying what was expected, received and an example', (_name, raw, received, shown, expected = 'expected.number') => {
    const parsed = parseNumber(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toEqual({ code: 'answer-unreadable', params: { expected: { code: expected }, received, example: '0.167' } });
    expect(en(unreadable(parsed).expected)).toMatch(/number/);
    expect(en(parsed.reason)).toContain(`but received ${shown}. An example: 0.167.`);
  });

  it('cuts a long answer short and escapes control characters in what it shows', () => {
    const parsed = parseNumber(`${'9'.repeat(150)}x`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(unreadable(parsed).received).toEqual({ code: 'received.text', params: { text: expect.stringMatching(/^9{40}… \(111 more characters\)$/) } });
    const escaped = parseNumber('\u001b[31mred\u202e');
    expect(escaped.ok).toBe(false);
    if (!escaped.ok) {
      expect(unreadable(escaped).received).toEqual({ code: 'received.text', params: { text: '\\u001b[31mred\\u202e' } });
      // Escaped in the result itself, so in every report: HTML, Markdown and plain text (Gradescope, a terminal).
      const catalogue = loadCatalogue('en').catalogue!;
      for (const sink of ['html', 'md', 'text'] as const) {
        const shown = messageRenderer(catalogue, sink).render(escaped.reason);
        expect(shown).not.toMatch(/[\u001b\u202e]/);
        expect(shown).toMatch(/u001b.*31mred.*u202e/);
      }
    }
  });
  it('names the decimal separator when a comma was used', () => {
    const parsed = parseNumber('0,167');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(en(unreadable(parsed).expected)).toMatch(/decimal separator/);
  });
});

/** The params of an `answer-unreadable` reason. */
function unreadable(error: FormatError): { expected: Message; received: Message; example: string } {
  expect(error.reason.code).toBe('answer-unreadable');
  return error.reason.params as { expected: Message; received: Message; example: string };
}

describe('a slash typed as the decimal mark, as Iranian students often do (issue 12, item 6)', () => {
  it.each<[string, number, number]>([
    ['0/167', 0.167, 3],
    ['۰/۱۶۷', 0.167, 3],
    ['۰/۵', 0.5, 1],
    ['٠/١٦٧', 0.167, 3],
    ['-0/25', -0.25, 2],
    ['0/050', 0.05, 3],
  ])('%j after a lone 0 is the decimal %d, with the digits typed', (raw, value, decimals) => {
    expect(parseNumber(raw)).toMatchObject({ ok: true, form: 'slash-decimal', value, decimals });
    expect(parseNumber(raw)).not.toHaveProperty('slashDecimal');
  });

  it.each<[string, number, number]>([
    ['۱/۶', 1 / 6, 1.6],
    ['1/6', 1 / 6, 1.6],
    ['12/05', 12 / 5, 12.05],
    ['-3/4', -0.75, -3.4],
  ])('%j is still the fraction %d, and keeps the decimal %d it could be', (raw, value, decimal) => {
    const parsed = parseNumber(raw);
    expect(parsed).toMatchObject({ ok: true, form: 'fraction', value, slashDecimal: { value: decimal } });
  });

  it.each([['1 / 6'], ['0 / 6'], ['1.5/2'], ['1/2.5'], ['2/-4']])('%j, spaced or with a dot or sign, can only be a fraction', (raw) => {
    const parsed = parseNumber(raw);
    expect(parsed).toMatchObject({ ok: true, form: 'fraction' });
    expect(parsed).not.toHaveProperty('slashDecimal');
  });
});

type ParsedFields = { form: string; decimals?: number; sigfigs?: number };
