import { describe, expect, it } from 'vitest';
import { splitLtrRuns } from '../../grader/report/bidi.ts';

const ltrRuns = (text: string): string[] => splitLtrRuns(text).filter((p) => p.ltr).map((p) => p.text);

describe('splitLtrRuns', () => {
  it.each([
    // The bank's Persian prompts, with a student's numbers filled in.
    ['مانند [0.5, 0.3, 0.2].', ['[0.5, 0.3, 0.2]']],
    ['یک دسته‌بند با سه کلاس A، B و C برای یک ورودی P(A) = 0.2 و P(B) = 0.5 را می‌دهد.', ['A', 'B', 'C', 'P(A) = 0.2', 'P(B) = 0.5']],
    ['هزینهٔ آنتروپی متقاطع دودویی −[y ln ŷ + (1 − y) ln(1 − ŷ)] را حساب کنید.', ['−[y ln ŷ + (1 − y) ln(1 − ŷ)]']],
    ['خروجی آن P(Y = 1 | X) است.', ['P(Y = 1 | X)']],
    ['لگاریتم معمولی log₁₀(7) را بنویسید.', ['log₁₀(7)']],
    // An unmatched bracket belongs to the right-to-left sentence.
    ['لگاریتم طبیعی (پایهٔ e) عددهای', ['e']],
    ['خروجی (مثلاً 0.5) است', ['0.5']],
    // Sentence punctuation before math, and a bracket opened after a file name, stay in the sentence.
    ['مشتق سیگموید دو عامل دارد: σ′(x) = σ(x)(1 − σ(x)). شما', ['σ′(x) = σ(x)(1 − σ(x))']],
    ['فایل solution.ts (یا solution.js) را بنویسید', ['solution.ts', 'solution.js']],
    // Persian digits and signs alone are not left-to-right text.
    ['مدلی تصویر ۲۸ × ۲۸ یک رقم', []],
    ['با احتمال ۱ − ۰٫۵ = ۰٫۵ خط می‌آید', []],
    // Bold markers and line breaks end a run, so that markup added later still nests.
    ['**z = [1, 2]** و', ['z = [1, 2]']],
    ['y = 1\nŷ = 0.8', ['y = 1', 'ŷ = 0.8']],
  ])('%s', (text, runs) => {
    expect(ltrRuns(text)).toEqual(runs);
  });

  it('gives back the whole text, in order', () => {
    const text = 'یک دسته‌بند با سه کلاس A، B و C برای P(A) = 0.2 (مثلاً 0.5).\n**z** = [1]';
    expect(splitLtrRuns(text).map((p) => p.text).join('')).toBe(text);
  });
});
