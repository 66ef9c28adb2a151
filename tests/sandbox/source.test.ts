import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../grader/sandbox/index.ts';
import { findDeepNesting } from '../../grader/sandbox/nesting.ts';
import { SourceMap } from '../../grader/sandbox/source-map.ts';

describe('decodeSource', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('// ۰٫۱۶۷\nexport {}')]);
    expect(decodeSource(bytes)).toEqual({ ok: true, text: '// ۰٫۱۶۷\nexport {}' });
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80, 0x62], 1, '0x80'],
    ['a truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2, '0xe2'],
    ['Latin-1 text', [0x63, 0x61, 0x66, 0xe9, 0x20], 3, '0xe9'],
  ])('rejects %s with the offset of the bad byte', (_name, bytes, offset, byte) => {
    expect(decodeSource(new Uint8Array(bytes))).toEqual({ ok: false, code: 'not-utf8', byte, offset });
  });

  it('rejects a file over the size limit before decoding it', () => {
    expect(decodeSource(new Uint8Array(2048).fill(0x20), 1024)).toEqual({ ok: false, code: 'too-large', bytes: 2048, limitBytes: 1024 });
    expect(decodeSource(new Uint8Array(1024).fill(0x20), 1024)).toMatchObject({ ok: true });
  });
});

describe('SourceMap', () => {
  // "AAAA;AACA,EAAE" : line 1 → (0,0); line 2 col 0 → (1,0), col 2 → (1,2)
  const map = SourceMap.fromJson(JSON.stringify({ version: 3, sources: ['a'], mappings: 'AAAA;AACA,EAAE;;AAEA' }));

  it.each([
    [1, 0, { line: 1, col: 1 }],
    [2, 0, { line: 2, col: 1 }],
    [2, 5, { line: 2, col: 3 }],
    // Source columns carry over from line to line (they are relative to the previous segment).
    [4, 0, { line: 4, col: 3 }],
  ])('maps generated %i:%i', (line, column, position) => {
    expect(map.originalPosition(line, column)).toEqual(position);
  });

  it('maps nothing on a line esbuild added', () => {
    expect(map.originalPosition(3, 0)).toBeUndefined();
  });

  it('maps nothing from a broken map', () => {
    expect(SourceMap.fromJson('{').originalPosition(1, 0)).toBeUndefined();
  });
});

describe('findDeepNesting', () => {
  it.each([
    ['parentheses', `x = ${'('.repeat(11)}1${')'.repeat(11)}`, { line: 1, col: 15 }],
    ['mixed brackets on a later line', `\nf([{ a: [(${'['.repeat(8)}`, { line: 2, col: 16 }],
    ['template expressions', '`${`${`${`${`${`${`${`${`${`${`${1}`}`}`}`}`}`}`}`}`}`}`', { line: 1, col: 32 }],
  ])('finds %s nested past the limit', (_name, source, position) => {
    expect(findDeepNesting(source, 10)).toEqual(position);
  });

  it.each([
    ['a string', `const s = "${'('.repeat(50)}";`],
    ['a template', `const s = \`${'('.repeat(50)}\`;`],
    ['a comment', `// ${'('.repeat(50)}\n/* ${'['.repeat(50)} */`],
    ['closed brackets in a row', '(a)'.repeat(50)],
  ])('does not count brackets in %s', (_name, source) => {
    expect(findDeepNesting(source, 10)).toBeUndefined();
  });
});
