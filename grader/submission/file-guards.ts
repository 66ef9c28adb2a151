// Checks on an answers file's bytes before any parser sees them: its size, binary
// content, UTF-8, and how deeply its brackets nest (a 10,000-deep [[[[…]]]] would
// otherwise exhaust the parser's stack). Each returns a problem, or undefined.
import type { Problem } from '../problem.ts';
import { positionOf, tooDeepBracket } from '../yaml-nesting.ts';

/**
 * Forty times an honest answers file (the whole bank's answers take about 1.5 KB), small enough
 * to parse in a few milliseconds: a 760 KB file of one long list took YAML a second and 180 MB
 * of memory to parse, more than a grade worker's heap holds.
 */
export const MAX_ANSWERS_BYTES = 64 * 1024;
/** Answers nest two or three levels (a mapping of lists); 32 is generous. */
export const MAX_NESTING = 32;

function problem(code: string, file: string, message: string, position?: { line: number; col: number }): Problem {
  return { code, severity: 'error', message, file, ...position };
}

export function checkSize(size: number, file: string): Problem | undefined {
  if (size <= MAX_ANSWERS_BYTES) return undefined;
  const kb = Math.ceil(size / 1024);
  return problem('answers-too-large', file, `the answers file is ${kb} KB; an answers file may be at most ${MAX_ANSWERS_BYTES / 1024} KB (a few lines per exercise)`);
}

export function checkBinary(bytes: Uint8Array, file: string): Problem | undefined {
  const nul = bytes.indexOf(0);
  if (nul === -1) return undefined;
  return problem('answers-binary', file, 'the answers file contains NUL bytes: it looks like a binary file, not YAML or JSON text', positionOf(bytes, nul));
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** The text, or a problem pointing at the first byte that is not UTF-8. A leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const where = positionOf(bytes, at);
    const byte = bytes[at]?.toString(16).padStart(2, '0') ?? '??';
    return {
      problem: problem('answers-not-utf8', file, `the answers file is not UTF-8 text (byte 0x${byte} at line ${where.line}); save it as UTF-8`, where),
    };
  }
}

/** Flow brackets nested deeper than MAX_NESTING, outside quotes and comments. */
export function checkNesting(text: string, file: string): Problem | undefined {
  const at = tooDeepBracket(text, MAX_NESTING);
  if (at === undefined) return undefined;
  return problem('answers-too-deep', file, `lists are nested more than ${MAX_NESTING} levels deep; an answer is a number, a list of numbers or a choice`, positionOf(text, at));
}
