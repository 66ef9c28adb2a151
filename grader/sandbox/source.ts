// Turning a student's file into text: strict UTF-8 (a byte-order mark is dropped), and
// a size limit checked before anything parses it.

/** Files above this size are not run: a solution of a few functions is a few kilobytes. */
export const DEFAULT_MAX_SOURCE_BYTES = 512 * 1024;

export type DecodedSource =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: 'too-large'; readonly bytes: number; readonly limitBytes: number }
  /** `byte` is the first invalid byte, as 0x.., at `offset`. */
  | { readonly ok: false; readonly code: 'not-utf8'; readonly byte: string; readonly offset: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes a student's file. */
export function decodeSource(bytes: Uint8Array, maxBytes = DEFAULT_MAX_SOURCE_BYTES): DecodedSource {
  if (bytes.length > maxBytes) return { ok: false, code: 'too-large', bytes: bytes.length, limitBytes: maxBytes };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    return { ok: false, code: 'not-utf8', byte: `0x${bytes[at]!.toString(16).padStart(2, '0')}`, offset: at };
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return 0;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0) return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
  }
  return need + 1;
}
