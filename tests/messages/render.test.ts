import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { messageRenderer } from '../../grader/report/render-message.ts';

const en = loadCatalogue('en').catalogue!;
const fa = loadCatalogue('fa').catalogue!;

describe('numbers in sentences', () => {
  it('are written in the reader\'s digits, four significant figures', () => {
    const sum = { code: 'values-sum', params: { sum: 2.857813 } };
    expect(messageRenderer(en, 'text').render(sum)).toContain('add up to 2.858, not 1');
    expect(messageRenderer(fa, 'text').render(sum)).toContain('۲٫۸۵۸');
  });

  it('choose plural forms and join positions as the language does', () => {
    const one = { code: 'entries-wrong', params: { correct: 2, total: 3, wrong: [3], incorrect: 1 } };
    const two = { code: 'entries-wrong', params: { correct: 1, total: 3, wrong: [2, 3], incorrect: 2 } };
    expect(messageRenderer(en, 'text').render(one)).toBe('2 of 3 entries are correct; 3 is not.');
    expect(messageRenderer(en, 'text').render(two)).toBe('1 of 3 entries are correct; 2 and 3 are not.');
    expect(messageRenderer(fa, 'text').render(two)).toContain('۱ درایه از ۳');
    expect(messageRenderer(fa, 'text').render(two)).toContain('۲ و ۳');
  });
});

describe('the student\'s own text', () => {
  const hostile = { code: 'answer-unreadable', params: { reason: { code: 'answer-is', params: { answer: '<img src=x onerror=alert(1)> **b** `c` | d' } } } };

  it('is escaped in HTML, left to right, as code', () => {
    const html = messageRenderer(fa, 'html').render(hostile);
    expect(html).toContain('<code dir="ltr">&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; **b** &#x60;c&#x60; | d</code>');
    expect(html).not.toContain('<img');
  });

  it('is inert in Markdown (safe in a table cell too), isolated left to right in a Persian report', () => {
    expect(messageRenderer(en, 'md').render(hostile)).toContain('&lt;img src=x onerror=alert(1)&gt; \\*\\*b\\*\\* \\`c\\` \\| d');
    expect(messageRenderer(fa, 'md').render(hostile)).toContain('\u2066&lt;img');
  });
});

describe('a result file that does not hold what its code says', () => {
  it('renders what it can, never throwing', () => {
    const r = messageRenderer(en, 'html');
    expect(r.render({ code: 'values-sum', params: { sum: '<script>' } })).toContain('add up to ?');
    expect(r.render({ code: 'no-such-code' })).toBe('[no-such-code]');
    expect(r.render({ code: 'answer-unreadable', params: { reason: 'text' } })).toBe('Your answer could not be read: ?');
  });
});

describe('course text', () => {
  it('is in the reader\'s language when the course has it, else English marked as such', () => {
    expect(messageRenderer(fa, 'html').course({ en: 'Softmax', fa: 'سافت‌مکس' })).toBe('سافت‌مکس');
    expect(messageRenderer(fa, 'html').course({ en: 'Softmax' })).toBe('<span lang="en" dir="ltr">Softmax</span>');
  });
});
