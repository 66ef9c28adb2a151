import { describe, expect, it } from 'vitest';
import { markdownCodeSpan, markdownFence, markdownInline, markdownPrompt } from '../../grader/report/markdown.ts';

describe('markdownInline', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![x](http://evil.example/x.png)', '!\\[x\\](http://evil.example/x.png)'],
    ['*bold* _it_ ~~gone~~', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['a | b', 'a \\| b'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['---', '\\---'],
    ['=== x', '\\=== x'],
    ['1. item', '1\\. item'],
    ['2) item', '2\\) item'],
    ['-3', '-3'],
    ['0.66', '0.66'],
    ['&amp; stays text', '&amp;amp; stays text'],
    ['`code`', '\\`code\\`'],
    ['back\\slash', 'back\\\\slash'],
    ['line one\nline two\r\nthree', 'line one line two three'],
    ['bell\u0007 gone', 'bell gone'],
    ['{{constructor}}', '{{constructor}}'],
  ])('%j → %j', (input, expected) => {
    expect(markdownInline(input)).toBe(expected);
  });
});

describe('markdownCodeSpan', () => {
  it.each([
    ['0.0969', '`0.0969`'],
    ['a`b', '``a`b``'],
    ['`start', '`` `start ``'],
    ['x ``` y', '````x ``` y````'],
    [' both ', '`  both  `'],
    ['two\nlines', '`two lines`'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(markdownCodeSpan(input)).toBe(expected);
  });
});

describe('markdownFence', () => {
  it('uses a fence longer than any backtick run inside, so the text cannot close it', () => {
    const text = 'before\n```\n<img src=x onerror=alert(1)>\n`````\nafter';
    const fenced = markdownFence(text);
    expect(fenced.startsWith('``````text\n')).toBe(true);
    expect(fenced.endsWith('\n``````')).toBe(true);
    expect(fenced.slice('``````text\n'.length, -'\n``````'.length)).toBe(text);
  });

  it('is at least three backticks and normalises line ends', () => {
    expect(markdownFence('a\r\nb\n\n')).toBe('```text\na\nb\n```');
  });
});

describe('markdownPrompt', () => {
  it('keeps the instructor\'s Markdown and code spans, and turns raw HTML into text', () => {
    expect(markdownPrompt('Apply `softmax` to **z** <b>now</b> & 0 <= P')).toBe('Apply `softmax` to **z** &lt;b&gt;now&lt;/b&gt; &amp; 0 &lt;= P');
  });

  it('leaves code spans of any length alone and treats an unmatched backtick as text', () => {
    expect(markdownPrompt('`` a`<b>` `` and ` <i>')).toBe('`` a`<b>` `` and ` &lt;i&gt;');
  });

  // ⁦ and ⁩ (LRI, PDI) isolate a left-to-right run: a Markdown renderer knows nothing of the report's direction.
  it('right to left, isolates its math and code spans left to right, leaving block markers and bold outside', () => {
    const prompt = 'لاجیت‌های z = [2.4, 3.2] را `softmax` کنید، **نه** σ(z).\n- مقدار x < 0 را\n2. گام ۲';
    expect(markdownPrompt(prompt, 'rtl')).toBe(
      'لاجیت‌های \u2066z = [2.4, 3.2]\u2069 را \u2066`softmax`\u2069 کنید، **نه** \u2066σ(z)\u2069.\n- مقدار \u2066x &lt; 0\u2069 را\n2. گام ۲',
    );
    expect(markdownPrompt(prompt, 'ltr')).toBe(prompt.replace('<', '&lt;'));
  });
});


describe('markdownPrompt and links', () => {
  it('shows a link or an image of the prompt as text, as the HTML report does, and leaves vectors as written', () => {
    expect(markdownPrompt('See [the notes](javascript:alert(1)) and ![x](data:x) for z = [2, 1, 0.1].')).toBe(
      'See [the notes\\]\\(javascript:alert(1)) and ![x\\]\\(data:x) for z = [2, 1, 0.1].',
    );
    expect(markdownPrompt('[notes]: javascript:alert(1)\n[a][notes]')).toBe('[notes\\]\\: javascript:alert(1)\n[a\\]\\[notes]');
    // In a code span it is code, and stays as written.
    expect(markdownPrompt('`[x](y)`')).toBe('`[x](y)`');
  });
});
