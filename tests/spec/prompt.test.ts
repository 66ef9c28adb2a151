import { describe, expect, it } from 'vitest';
import type { Value } from '../../reference/index.ts';
import { formatNumber, formatValue, placeholdersIn, renderPrompt } from '../../grader/spec/index.ts';
import { formatNumberIn } from '../../grader/spec/prompt.ts';

describe('prompts', () => {
  it('finds each placeholder with its offsets', () => {
    expect(placeholdersIn('z = {{z}} and {{ yHat }}; {{}}')).toEqual([
      { name: 'z', start: 4, end: 9 },
      { name: 'yHat', start: 14, end: 24 },
      { name: '', start: 26, end: 30 },
    ]);
  });

  it('renders a variant the way the notes write numbers', () => {
    const values = new Map<string, Value>([
      ['z', [2, 1, 0.1]],
      ['y', [[1, 0, 0], [0, 1, 0]]],
      ['p', 0.1 + 0.2],
    ]);
    expect(renderPrompt('z = {{z}}, y = {{ y }}, p = {{p}}, {{unknown}}', values)).toBe(
      'z = [2, 1, 0.1], y = [[1, 0, 0], [0, 1, 0]], p = 0.3, {{unknown}}',
    );
  });

  it.each([
    [1 / 6, '0.166667'],
    [0.30000000000000004, '0.3'],
    [-0, '0'],
    [-2, '-2'],
    [1e-7, '1e-7'],
    [123456789, '123457000'],
  ])('formats %d as %s', (x, text) => {
    expect(formatNumber(x)).toBe(text);
  });

  it("writes a Persian prompt's numbers in Persian digits, rounded as an English prompt's, and its vectors as math", () => {
    const values = new Map<string, Value>([
      ['sides', 12],
      ['p', 1 / 6],
      ['x', -1.5],
      ['z', [2, 1, 0.1]],
    ]);
    const template = 'تاس {{sides}} وجه دارد، p = {{p}}، x = {{x}} و z = {{z}}؛ {{unknown}}';
    expect(renderPrompt(template, values, { locale: 'fa-IR' })).toBe(
      'تاس ۱۲ وجه دارد، p = ۰٫۱۶۶۶۶۷، x = \u200e−۱٫۵ و z = [2, 1, 0.1]؛ {{unknown}}',
    );
    expect(renderPrompt('p = {{p}}, z = {{z}}', values)).toBe('p = 0.166667, z = [2, 1, 0.1]');
  });

  it.each([
    [0.1 + 0.2, '۰٫۳'],
    [-0, '۰'],
    [123456789, '۱۲۳۴۵۷۰۰۰'],
    [1e-7, '۰٫۰۰۰۰۰۰۱'],
    [Infinity, 'Infinity'],
  ])('writes %d in Persian digits as %s', (x, text) => {
    expect(formatNumberIn(x, 'fa-IR')).toBe(text);
  });

  it('formats vectors compactly', () => {
    expect(formatValue([0.659, 0.242, 0.099])).toBe('[0.659, 0.242, 0.099]');
  });
});
