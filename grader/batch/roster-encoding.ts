// The roster's bytes to text. Excel saves "CSV" in the computer's code page (Windows-1256 on a
// Persian Windows, Windows-1252 on a Western one), which read as UTF-8 turns every name into
// "����" without a word: so the bytes must be UTF-8 (or UTF-16 with its byte-order mark) unless
// the instructor names the encoding, and a roster that is not is refused at its first bad line.
import { cutShort } from '../problem.ts';

export type DecodedRoster =
  | { readonly ok: true; readonly text: string; readonly warning?: { readonly code: string; readonly message: string } }
  | { readonly ok: false; readonly code: string; readonly line: number; readonly message: string };

/** The code pages an Excel roster of this course is likely saved in, suggested in order. */
const LIKELY_CODE_PAGES = ['windows-1256', 'windows-1252'] as const;

/** Whether `label` is an encoding this Node.js can decode (a WHATWG label: windows-1256, iso-8859-6, utf-16le, …). */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

export function decodeRoster(bytes: Uint8Array, encoding?: string): DecodedRoster {
  const named = encoding === undefined ? undefined : new TextDecoder(encoding).encoding;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (named === undefined && utf16 !== undefined) return { ok: true, text: new TextDecoder(utf16).decode(bytes) };
  if (named !== undefined && named !== 'utf-8') {
    const text = new TextDecoder(named).decode(bytes);
    return isUtf8(bytes) && bytes.some((byte) => byte >= 0x80) ? { ok: true, text, warning: unneeded(named) } : { ok: true, text };
  }
  const line = firstLineNotUtf8(bytes);
  if (line === undefined) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  return { ok: false, code: 'roster-encoding', line: line.number, message: notUtf8Message(line.bytes) };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The first line (split at byte 0x0A, which no UTF-8 or code-page character contains) that is not UTF-8. */
function firstLineNotUtf8(bytes: Uint8Array): { number: number; bytes: Uint8Array } | undefined {
  if (isUtf8(bytes)) return undefined;
  let start = 0;
  for (let number = 1; start <= bytes.length; number++) {
    const end = bytes.indexOf(0x0a, start);
    const line = bytes.subarray(start, end === -1 ? bytes.length : end);
    if (!isUtf8(line)) return { number, bytes: line };
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

function notUtf8Message(line: Uint8Array): string {
  const readings = LIKELY_CODE_PAGES.map((page) => `--roster-encoding ${page} (the line then reads ${JSON.stringify(cutShort(new TextDecoder(page).decode(line).trim(), 50))})`);
  return `this line is not UTF-8 text (Excel saves "CSV" in the computer's code page): save the roster as "CSV UTF-8", or name its encoding with ${readings.join(' or ')}`;
}

function unneeded(named: string): { code: string; message: string } {
  return { code: 'roster-encoding-unneeded', message: `the roster is UTF-8 text, but was read as ${named} as asked: check its names, or leave out --roster-encoding` };
}
