// Checks on an answers file's bytes before any parser sees them: its size, binary
// content, UTF-8, and how deeply its brackets nest (a 10,000-deep [[[[…]]]] would
// otherwise exhaust the parser's stack). Each returns a problem, or undefined.
import { message } from '../messages/message.ts';
import { fileProblem, type StudentFileProblem } from '../problem.ts';
import { positionOf, tooDeepBracket } from '../yaml-nesting.ts';

/**
 * Forty times an honest answers file (the whole bank's answers take about 1.5 KB), small enough
 * to parse in a few milliseconds: a 760 KB file of one long list took YAML a second and 180 MB
 * of memory to parse, more than a grade worker's heap holds.
 */
export const MAX_ANSWERS_BYTES = 64 * 1024;
/** Answers nest two or three levels (a mapping of lists); 32 is generous. */
export const MAX_NESTING = 32;

export function checkSize(size: number, file: string): StudentFileProblem | undefined {
  if (size <= MAX_ANSWERS_BYTES) return undefined;
  return fileProblem(message('answers-too-large', { kb: Math.ceil(size / 1024), max: MAX_ANSWERS_BYTES / 1024 }), file);
}

/** The position of the first NUL byte, when there is one: a binary file, not text. */
export function nulByte(bytes: Uint8Array): { line: number; col: number } | undefined {
  const nul = bytes.indexOf(0);
  return nul === -1 ? undefined : positionOf(bytes, nul);
}

export function checkBinary(bytes: Uint8Array, file: string): StudentFileProblem | undefined {
  const at = nulByte(bytes);
  return at && fileProblem(message('answers-binary'), file, at);
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

/** The text, or where the first byte that is not UTF-8 is (and that byte, as 0x..). A leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { byte: string; line: number; col: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    return { byte: `0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'}`, ...positionOf(bytes, at) };
  }
}

/** Flow brackets nested deeper than MAX_NESTING, outside quotes and comments. */
export function checkNesting(text: string, file: string): StudentFileProblem | undefined {
  const at = tooDeepBracket(text, MAX_NESTING);
  if (at === undefined) return undefined;
  return fileProblem(message('answers-too-deep', { max: MAX_NESTING }), file, positionOf(text, at));
}
