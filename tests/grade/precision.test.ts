import { describe, expect, it } from 'vitest';
import { describeRounding } from '../../grader/grade/precision.ts';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { messageRenderer } from '../../grader/report/render-message.ts';

const say = (lang: 'en' | 'fa', decimals: number): string => messageRenderer(loadCatalogue(lang).catalogue!, 'text').render(describeRounding(decimals));

describe('describeRounding', () => {
  it('says decimal places, a whole number, or the multiple of ten rounded to, in each language', () => {
    expect(say('en', 3)).toBe('3 decimal places');
    expect(say('en', 0)).toBe('the nearest whole number');
    expect(say('en', -2)).toBe('the nearest multiple of 100');
    expect(say('fa', 0)).toBe('نزدیک‌ترین عدد صحیح');
  });
});
