// The student's answer as display text for the result model: untrusted, cut short.
import { cutShort } from '../problem.ts';

const MAX_ANSWER_TEXT = 200;

/** No answer: absent, YAML null (`id:` with nothing after it), or only spaces. */
export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function text(raw: unknown, depth: number): string {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw === null || raw === undefined) return '';
  if (Array.isArray(raw)) return depth > 2 ? '[…]' : `[${raw.map((item) => text(item, depth + 1)).join(', ')}]`;
  return '{…}';
}

export function displayAnswer(raw: unknown): string {
  return cutShort(text(raw, 0), MAX_ANSWER_TEXT);
}
