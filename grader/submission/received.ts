// Why an answer cannot be read, as a message: what was expected, what was received (the
// student's text, shown verbatim as code and cut short) and an example of a good answer.
import { message, type Message } from '../messages/message.ts';
import { cutShort } from '../problem.ts';

export interface FormatError {
  readonly ok: false;
  /** `answer-unreadable`: expected, received, example. */
  readonly reason: Message;
}

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// Control characters, line breaks and the characters that reorder or hide text (Trojan Source).
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The student's text with its control characters shown as escapes (\u001b), never obeyed, in any report. */
function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Untrusted text in quotes, cut short, with control characters escaped: for the instructor's terminal. */
export function quoteUntrusted(text: string, max = 40): string {
  const quoted = JSON.stringify(cutShort(text, max));
  return quoted.replace(BIDI_CONTROLS, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** What a raw answer is: the text itself (cut short, controls escaped), `a list of 3 entries`, `a mapping`, `nothing`. */
export function describeReceived(raw: unknown): Message {
  if (raw === undefined || raw === null) return message('received.nothing');
  if (typeof raw === 'string') return raw.trim() === '' ? message('received.empty-text') : message('received.text', { text: escapeControls(cutShort(raw, 40)) });
  if (typeof raw === 'number' || typeof raw === 'boolean') return message('received.value', { text: String(raw) });
  if (Array.isArray(raw)) return raw.length === 0 ? message('received.empty-list') : message('received.list', { entries: raw.length });
  return message('received.mapping');
}

export function formatError(expected: Message, received: Message, example: string): FormatError {
  return { ok: false, reason: message('answer-unreadable', { expected, received, example }) };
}
