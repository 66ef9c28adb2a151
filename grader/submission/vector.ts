// A vector as people write it: a YAML sequence, or text such as [0.66, 0.24, 0.10],
// (0.66; 0.24; 0.10) or 0.66 0.24 0.10. Every entry is read by parseNumber.
import { NUMBER_EXPECTED, parseNumber, type ParsedNumber } from './number.ts';
import { describeReceived, formatError, type FormatError } from './received.ts';
import { normaliseTyped } from './typed-text.ts';

export interface ParsedVector {
  readonly ok: true;
  readonly entries: readonly ParsedNumber[];
}

export type VectorResult = ParsedVector | FormatError;

export const VECTOR_EXPECTED = 'a list of numbers, written [0.66, 0.24, 0.10] or 0.66 0.24 0.10';
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

function parseEntries(items: readonly unknown[], received: string): VectorResult {
  if (items.length === 0) return formatError(VECTOR_EXPECTED, 'an empty list', EXAMPLE);
  if (items.length > MAX_ENTRIES) return formatError(`${VECTOR_EXPECTED}, at most ${MAX_ENTRIES} of them`, received, EXAMPLE);
  const entries: ParsedNumber[] = [];
  for (const [index, item] of items.entries()) {
    if (Array.isArray(item)) return formatError(`${VECTOR_EXPECTED} (a flat list, not a list of lists)`, received, EXAMPLE);
    const entry = parseNumber(item);
    if (!entry.ok) return formatError(`entry ${index + 1} to be ${NUMBER_EXPECTED}`, entry.received, EXAMPLE);
    entries.push(entry);
  }
  return { ok: true, entries };
}

export function parseVector(raw: unknown): VectorResult {
  const received = describeReceived(raw);
  if (Array.isArray(raw)) return parseEntries(raw, received);
  if (typeof raw === 'number') return parseEntries([raw], received);
  if (typeof raw !== 'string') return formatError(VECTOR_EXPECTED, received, EXAMPLE);
  const parts = splitText(raw);
  if (!parts) return formatError(VECTOR_EXPECTED, received, EXAMPLE);
  return parseEntries(parts, received);
}
