// A vector as people write it: a YAML sequence, or text such as [0.66, 0.24, 0.10],
// (0.66; 0.24; 0.10) or 0.66 0.24 0.10. Every entry is read by parseNumber.
import { message, type Message } from '../messages/message.ts';
import { parseNumber, type ParsedNumber } from './number.ts';
import { describeReceived, formatError, type FormatError } from './received.ts';
import { normaliseTyped } from './typed-text.ts';

export interface ParsedVector {
  readonly ok: true;
  readonly entries: readonly ParsedNumber[];
}

export type VectorResult = ParsedVector | FormatError;

const EXAMPLE = '[0.66, 0.24, 0.10]';
const MAX_ENTRIES = 1000;

/** Splits text into entries: on commas or semicolons when there are any, else on spaces. */
function splitText(text: string): string[] | undefined {
  let inner = normaliseTyped(text);
  const brackets = inner.match(/^[[(](.*)[\])]$/s);
  if (brackets) inner = brackets[1]!.trim();
  if (/[[\]()]/.test(inner) || inner === '') return undefined;
  const parts = /[,;]/.test(inner) ? inner.split(/[,;]/) : inner.split(/\s+/);
  return parts.map((part) => part.trim());
}

function parseEntries(items: readonly unknown[], received: Message): VectorResult {
  if (items.length === 0) return formatError(message('expected.vector'), message('received.empty-list'), EXAMPLE);
  if (items.length > MAX_ENTRIES) return formatError(message('expected.vector-at-most', { max: MAX_ENTRIES }), received, EXAMPLE);
  const entries: ParsedNumber[] = [];
  for (const [index, item] of items.entries()) {
    if (Array.isArray(item)) return formatError(message('expected.vector-flat'), received, EXAMPLE);
    const entry = parseNumber(item);
    if (!entry.ok) return formatError(message('expected.vector-entry', { entry: index + 1 }), describeReceived(item), EXAMPLE);
    entries.push(entry);
  }
  return { ok: true, entries };
}

export function parseVector(raw: unknown): VectorResult {
  const received = describeReceived(raw);
  if (Array.isArray(raw)) return parseEntries(raw, received);
  if (typeof raw === 'number') return parseEntries([raw], received);
  if (typeof raw !== 'string') return formatError(message('expected.vector'), received, EXAMPLE);
  const parts = splitText(raw);
  if (!parts) return formatError(message('expected.vector'), received, EXAMPLE);
  return parseEntries(parts, received);
}
