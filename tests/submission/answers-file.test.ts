import { describe, expect, it } from 'vitest';
import type { Message } from '../../grader/messages/message.ts';
import { parseAnswersBytes, parseAnswersText } from '../../grader/submission/index.ts';
import { en } from '../messages/english.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseAnswersText', () => {
  it('keeps each answer as typed, with its line and column, in file order', () => {
    const answers = parseAnswersText(
      ['die-three: 0.170', 'coin: "1/2"', 'softmax: [0.66, 0.24, 0.10]', 'block:', '  - 0.5', '  - 0.5', 'empty:', 'kind: Regression', ''].join('\n'),
      'answers.yaml',
    );
    expect(answers.readable).toBe(true);
    expect(answers.problems).toEqual([]);
    expect([...answers.entries.keys()]).toEqual(['die-three', 'coin', 'softmax', 'block', 'empty', 'kind']);
    expect(answers.entries.get('die-three')).toMatchObject({ value: '0.170', line: 1, col: 1 });
    expect(answers.entries.get('coin')).toMatchObject({ value: '1/2', line: 2 });
    expect(answers.entries.get('softmax')?.value).toEqual(['0.66', '0.24', '0.10']);
    expect(answers.entries.get('block')).toMatchObject({ value: ['0.5', '0.5'], line: 4 });
    expect(answers.entries.get('empty')?.value).toBeNull();
    expect(answers.entries.get('kind')?.value).toBe('Regression');
  });

  it('reads JSON the same way, numbers as typed', () => {
    const answers = parseAnswersText('{\n\t"die-three": 0.170,\n\t"softmax": [0.66, 0.24, 0.10]\n}\n', 'answers.json');
    expect(answers.readable).toBe(true);
    expect(answers.entries.get('die-three')).toMatchObject({ value: '0.170', line: 2, col: 2 });
    expect(answers.entries.get('softmax')?.value).toEqual(['0.66', '0.24', '0.10']);
  });

  it('reads an empty file as no answers', () => {
    expect(parseAnswersText('# nothing yet\n', 'answers.yaml')).toMatchObject({ readable: true, problems: [] });
  });

  it.each<[string, string, string, { line?: number; col?: number }]>([
    // At the bracket never closed, not where YAML noticed it (the next line): issue 12, item 20.
    ['a syntax error', 'a: [1, 2\nb: 3\n', 'answers-yaml-unclosed-bracket', { line: 1, col: 4 }],
    ['a list at the top', '- 0.167\n- 0.5\n', 'answers-not-a-mapping', { line: 1, col: 1 }],
    ['a bare number', '0.167\n', 'answers-not-a-mapping', { line: 1, col: 1 }],
    ['a 10,000-deep nested sequence', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'answers-too-deep', { line: 1, col: 36 }],
    ['two documents', 'a: 1\n---\nb: 2\n', 'answers-yaml-syntax', { line: 2 }],
  ])('%s makes the file unreadable with a positioned problem', (_name, text, code, position) => {
    const answers = parseAnswersText(text, 'answers.yaml');
    expect(answers.readable).toBe(false);
    expect(answers.entries.size).toBe(0);
    expect(answers.problems[0]).toMatchObject({ code, severity: 'error', file: 'answers.yaml', ...position });
  });

  it.each<[string, string, Message & { line: number; col: number }, string]>([
    ['a vector never closed', 'die-face: 0.167\nsoftmax: [0.66, 0.24, 0.10\nbce: 0.2231\n', { code: 'answers-yaml-unclosed-bracket', params: { opener: '[', closer: ']' }, line: 2, col: 10 }, 'the [ here is never closed by a ]'],
    ['the inner of two lists never closed', 'a: [1, [2, 3\nb: 1\n', { code: 'answers-yaml-unclosed-bracket', params: { opener: '[', closer: ']' }, line: 1, col: 8 }, 'the [ here is never closed by a ]'],
    ['a list in a JSON object never closed', '{"die-face": 0.5, "bce": [1, 2}\n', { code: 'answers-yaml-unclosed-bracket', params: { opener: '[', closer: ']' }, line: 1, col: 26 }, 'the [ here is never closed by a ]'],
    ['a mapping never closed', 'a: 1\nb: {c: 1\nd: 2\n', { code: 'answers-yaml-unclosed-bracket', params: { opener: '{', closer: '}' }, line: 2, col: 4 }, 'the { here is never closed by a }'],
    ['a quote never closed', 'a: 1\nb: "0.5\nc: 2\n', { code: 'answers-yaml-unclosed-quote', params: { quote: '"' }, line: 2, col: 4 }, 'the quote (") here is never closed'],
    [
      'one bracket too many, with the errors it sets off after it',
      'a: 1\nb: [1, 2]]\nc: 3\n',
      { code: 'answers-yaml-syntax', params: { error: expect.stringContaining('Unexpected flow-seq-end token') }, line: 2, col: 10 },
      'Unexpected flow-seq-end token',
    ],
  ])('reports %s once, where it was made', (_name, text, problem, said) => {
    const answers = parseAnswersText(text, 'answers.yaml');
    expect(answers.problems).toEqual([{ ...problem, severity: 'error', file: 'answers.yaml' }]);
    expect(en(answers.problems[0])).toContain(said);
  });

  /** The classic billion laughs: ten levels, each ten aliases of the one before (10^10 values). */
  function aliasBomb(levels: number): string[] {
    const name = (level: number) => `l${level}`;
    const lines = [`${name(0)}: &${name(0)} [${Array(10).fill('"lol"').join(',')}]`];
    for (let level = 1; level < levels; level++) lines.push(`${name(level)}: &${name(level)} [${Array(10).fill(`*${name(level - 1)}`).join(',')}]`);
    return lines;
  }

  it('stops a YAML alias bomb at the value budget, answer by answer', () => {
    const answers = parseAnswersText([...aliasBomb(10), 'good: 0.5'].join('\n'), 'answers.yaml');
    // l2 holds 1,221 values; l3 would hold 12,221.
    expect(answers.entries.get('l2')?.problem).toBeUndefined();
    expect(answers.entries.get('l3')?.problem).toEqual({ code: 'answer-too-many-values', params: { id: 'l3', max: 10_000 }, severity: 'error', file: 'answers.yaml', line: 4, col: 1 });
    // Deeper levels pass the nesting cap (after their aliases are expanded) before the value budget.
    expect(answers.problems.map((p) => p.code)).toEqual([...Array(5).fill('answer-too-many-values'), 'answer-too-deep', 'answer-too-deep']);
    expect(answers.problems.map((p) => (p.params as { id?: string } | undefined)?.id)).toEqual(['l3', 'l4', 'l5', 'l6', 'l7', 'l8', 'l9']);
    expect(answers.entries.get('good')?.value).toBe('0.5');
  });

  it('makes the whole file unreadable when many answers each expand near the budget', () => {
    const lines = [...aliasBomb(3)];
    // Each copy holds 9,777 values, under the 10,000 of one answer; twenty of them pass the file's 100,000.
    for (let i = 0; i < 20; i++) lines.push(`copy${i}: [${Array(8).fill('*l2').join(', ')}]`);
    const answers = parseAnswersText(lines.join('\n'), 'answers.yaml');
    expect(answers.readable).toBe(false);
    expect(answers.problems).toMatchObject([{ code: 'answers-too-many-values' }]);
  });

  // How fast is the bench's business; the time limit only stops a resolution that blows up.
  it('resolves 50,000 aliases', { timeout: 60_000 }, () => {
    const lines = ['a: &a 0.5'];
    for (let i = 0; i < 50_000; i++) lines.push(`k${i}: *a`);
    const answers = parseAnswersText(lines.join('\n'), 'answers.yaml');
    expect(answers.entries.get('k49999')?.value).toBe('0.5');
  });

  it('reports a self-referencing alias as nested too deep', () => {
    const answers = parseAnswersText('loop: &x [1, *x]\nok: 1\n', 'answers.yaml');
    expect(answers.entries.get('loop')?.problem).toMatchObject({ code: 'answer-too-deep', params: { id: 'loop' }, line: 1 });
    expect(answers.entries.get('ok')?.value).toBe('1');
  });

  it('reports an answer given twice on both lines, and keeps __proto__ as a plain key', () => {
    const answers = parseAnswersText('a: 0.1\n__proto__: 0.2\nconstructor: x\na: 0.3\n', 'answers.yaml');
    expect(answers.problems).toMatchObject([{ code: 'duplicate-answer', params: { id: 'a', first: 1, second: 4 }, line: 4, col: 1 }]);
    expect(en(answers.problems[0])).toContain('lines 1 and 4');
    expect(answers.entries.get('a')?.problem?.code).toBe('duplicate-answer');
    expect(answers.entries.get('__proto__')?.value).toBe('0.2');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('reports keys that are not ids', () => {
    const answers = parseAnswersText('? [a, b]\n: 1\nok: 2\n', 'answers.yaml');
    expect(answers.problems).toMatchObject([{ code: 'answers-bad-key' }]);
    expect(answers.entries.get('ok')?.value).toBe('2');
  });
});

describe('parseAnswersBytes', () => {
  it('drops a byte order mark', () => {
    const answers = parseAnswersBytes(bytes('\ufeffa: 0.5\n'), 'answers.yaml');
    expect(answers.entries.get('a')?.value).toBe('0.5');
  });
  it.each<[string, Uint8Array, string, { line?: number; col?: number }]>([
    ['Latin-1 text', Uint8Array.from([...bytes('a: 0.5\nb: caf'), 0xe9, 0x0a]), 'answers-not-utf8', { line: 2, col: 7 }],
    ['a lone continuation byte', Uint8Array.from([0x61, 0x3a, 0x20, 0x80]), 'answers-not-utf8', { line: 1, col: 4 }],
    ['an encoded surrogate', Uint8Array.from([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80]), 'answers-not-utf8', { line: 1, col: 4 }],
    ['binary junk with NUL bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256), 'answers-binary', {}],
    ['more than 64 KB', new Uint8Array(64 * 1024 + 1).fill(0x20), 'answers-too-large', {}],
  ])('%s is unreadable with a clear problem', (_name, input, code, position) => {
    const answers = parseAnswersBytes(input, 'answers.yaml');
    expect(answers).toMatchObject({ readable: false, problems: [{ code, severity: 'error', file: 'answers.yaml', ...position }] });
  });

  it('reads a file of exactly 64 KB, and refuses one byte more with its size in the message', () => {
    const padded = (size: number) => bytes(`a: 0.5\n#${'x'.repeat(size - 9)}\n`);
    expect(padded(64 * 1024)).toHaveLength(64 * 1024);
    expect(parseAnswersBytes(padded(64 * 1024), 'answers.yaml')).toMatchObject({ readable: true, problems: [] });
    expect(parseAnswersBytes(padded(64 * 1024 + 1), 'answers.yaml').problems).toEqual([
      { code: 'answers-too-large', params: { kb: 65, max: 64 }, severity: 'error', file: 'answers.yaml' },
    ]);
    expect(en(parseAnswersBytes(padded(64 * 1024 + 1), 'answers.yaml').problems[0])).toBe(
      'The answers file is 65 KB; an answers file may be at most 64 KB (a few lines per exercise).',
    );
  });
});
