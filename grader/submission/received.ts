// Messages for answers that cannot be read: what was expected, what was received (cut
// short, quoted so that control characters and direction overrides show as escapes) and
// an example of a good answer.
import { cutShort } from '../problem.ts';

export interface FormatError {
  readonly ok: false;
  readonly expected: string;
  readonly received: string;
  readonly example: string;
  readonly message: string;
}

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Untrusted text in quotes, cut short, with control characters escaped. */
export function quoteUntrusted(text: string, max = 40): string {
  const quoted = JSON.stringify(cutShort(text, max));
  return quoted.replace(BIDI_CONTROLS, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** What a raw answer is, in words: `"abc"`, `a list of 3 entries`, `a mapping`, `nothing`. */
export function describeReceived(raw: unknown): string {
  if (raw === undefined || raw === null) return 'nothing';
  if (typeof raw === 'string') return raw.trim() === '' ? 'an empty text' : quoteUntrusted(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (Array.isArray(raw)) return raw.length === 1 ? 'a list of 1 entry' : `a list of ${raw.length} entries`;
  return 'a mapping (key: value pairs)';
}

export function formatError(expected: string, received: string, example: string): FormatError {
  return { ok: false, expected, received, example, message: `expected ${expected}; received ${received}. Example: ${example}` };
}
