import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { message } from '../../grader/messages/message.ts';
import { messageRenderer } from '../../grader/report/render-message.ts';

const en = loadCatalogue('en').catalogue!;
const fa = loadCatalogue('fa').catalogue!;

describe('numbers in sentences', () => {
  it('are written in the reader\'s digits, four significant figures', () => {
    const sum = message('values-sum', { sum: 2.857813 });
    expect(messageRenderer(en, 'text').render(sum)).toBe('Your values add up to 2.858, not 1: the probabilities of all the classes must sum to 1.');
    expect(messageRenderer(fa, 'text').render(sum)).toContain('۲٫۸۵۸');
    expect(messageRenderer(fa, 'text').render(sum)).not.toMatch(/[0-9]/);
  });

  it('choose plural forms and join positions as the language does', () => {
    const one = message('entries-wrong', { correct: 2, total: 3, wrong: [3], incorrect: 1 });
    const two = message('entries-wrong', { correct: 1, total: 3, wrong: [2, 3], incorrect: 2 });
    const three = message('entries-wrong', { correct: 1, total: 4, wrong: [2, 3, 4], incorrect: 3 });
    expect(messageRenderer(en, 'text').render(one)).toBe('2 of 3 entries are right; entry 3 is not.');
    expect(messageRenderer(en, 'text').render(two)).toBe('1 of 3 entries are right; entries 2 and 3 are not.');
    expect(messageRenderer(en, 'text').render(three)).toBe('1 of 4 entries are right; entries 2, 3, and 4 are not.');
    expect(messageRenderer(fa, 'text').render(one)).toBe('۲ درایه از ۳ درایه درست است؛ درایهٔ ۳ درست نیست.');
    expect(messageRenderer(fa, 'text').render(two)).toBe('۱ درایه از ۳ درایه درست است؛ درایه‌های ۲ و ۳ درست نیستند.');
  });

  it('choose a plural form by `#`, written in the reader\'s digits too', () => {
    expect(messageRenderer(en, 'text').render(message('report.hidden-not-run', { total: 1 }))).toBe('The hidden test did not run: the time or memory ran out first.');
    expect(messageRenderer(en, 'text').render(message('report.hidden-not-run', { total: 3 }))).toBe('The 3 hidden tests did not run: the time or memory ran out first.');
    expect(messageRenderer(fa, 'text').render(message('report.hidden-not-run', { total: 3 }))).toContain('۳ آزمون پنهان');
  });
});

describe('the student\'s own text', () => {
  const answer = '<img src=x onerror=alert(1)> **b** `c` | d';
  const hostile = message('answer-unreadable', { expected: message('expected.number'), received: message('received.text', { text: answer }), example: '0.167' });

  it('is escaped in HTML, left to right, as code', () => {
    for (const catalogue of [en, fa]) {
      const html = messageRenderer(catalogue, 'html').render(hostile);
      expect(html).toContain('<code dir="ltr">&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; **b** &#x60;c&#x60; | d</code>');
      expect(html).not.toContain('<img');
    }
  });

  it('is inert in Markdown (safe in a table cell too), isolated left to right in a Persian report', () => {
    const inert = '&lt;img src=x onerror=alert(1)&gt; \\*\\*b\\*\\* \\`c\\` \\| d';
    expect(messageRenderer(en, 'md').render(hostile)).toContain(inert);
    expect(messageRenderer(fa, 'md').render(hostile)).toContain(`\u2066${inert}\u2069`);
  });

  it('is verbatim in plain text', () => {
    expect(messageRenderer(en, 'text').render(hostile)).toContain(answer);
  });
});

describe('a result file that does not hold what its code says', () => {
  it('renders ? in the place of each param that is not what its code says, never throwing', () => {
    const r = messageRenderer(en, 'html');
    expect(r.render({ code: 'values-sum', params: { sum: '<script>' } })).toBe('Your values add up to ?, not 1: the probabilities of all the classes must sum to 1.');
    expect(r.render({ code: 'no-such-code' })).toBe('[no-such-code]');
    expect(r.render({ code: 'answer-unreadable', params: { expected: 'text' } })).toBe('Your answer could not be read: expected ?, but received ?. An example: <span dir="ltr">?</span>.');
    expect(r.render({ code: 'entries-wrong', params: { correct: '<b>', total: 3, wrong: '3', incorrect: 1 } })).toBe('? of 3 entries are right; entry ? is not.');
    // A count that chooses a plural form and is written by `#`.
    expect(r.render({ code: 'report.hidden-not-run', params: { total: 'x' } })).toBe('The ? hidden tests did not run: the time or memory ran out first.');
    expect(messageRenderer(fa, 'text').render({ code: 'list-length', params: { received: null, expected: 3 } })).toBe('فهرست شما ? درایه دارد، اما این تمرین ۳ درایه می‌خواهد.');
    expect(r.render({ code: 'course-text', params: { text: 'not per language' } })).toBe('?');
  });
});

describe('course text', () => {
  const softmax = (text: { en: string; fa?: string }) => message('course-text', { text });

  it('is in the reader\'s language when the course has it, else English marked as such', () => {
    expect(messageRenderer(fa, 'html').course({ en: 'Softmax', fa: 'سافت‌مکس' })).toBe('سافت‌مکس');
    expect(messageRenderer(fa, 'html').course({ en: 'Softmax' })).toBe('<span lang="en" dir="ltr">Softmax</span>');
    expect(messageRenderer(fa, 'html').render(softmax({ en: 'Softmax', fa: 'سافت‌مکس' }))).toBe('سافت‌مکس');
    expect(messageRenderer(fa, 'html').render(softmax({ en: 'Softmax' }))).toBe('<span lang="en" dir="ltr">Softmax</span>');
    expect(messageRenderer(en, 'html').render(softmax({ en: 'Softmax', fa: 'سافت‌مکس' }))).toBe('Softmax');
  });

  it('is escaped like any other text', () => {
    expect(messageRenderer(en, 'html').render(softmax({ en: '<b>e^z</b>' }))).toBe('&lt;b&gt;e^z&lt;/b&gt;');
    expect(messageRenderer(fa, 'html').render(softmax({ en: '<b>e^z</b>' }))).toBe('<span lang="en" dir="ltr">&lt;b&gt;e^z&lt;/b&gt;</span>');
    expect(messageRenderer(en, 'md').render(softmax({ en: '[x](javascript:alert(1)) *y*' }))).toBe('\\[x\\](javascript:alert(1)) \\*y\\*');
  });
});
