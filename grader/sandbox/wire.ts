// Parsing the JSON text the items reader writes inside QuickJS (prelude-reader.ts) into
// PlainValues. The text comes from the sandbox's own code, but the strings inside it are
// the student's: nothing here trusts a shape it did not check.
import type { PlainValue } from './types.ts';

export function parseItems(text: string): { readonly nodes: number; readonly items: PlainValue[] } {
  try {
    const raw = JSON.parse(text) as { nodes?: unknown; items?: unknown };
    return { nodes: Number(raw.nodes), items: Array.isArray(raw.items) ? raw.items.map(toPlainValue) : [] };
  } catch {
    return { nodes: Infinity, items: [{ type: 'unreadable', reason: 'the sandbox could not decode the value' }] };
  }
}

const SIMPLE = new Set(['undefined', 'null', 'symbol', 'function']);

/** The same shapes, with their keys in the same order, as vm-reader.ts builds. */
function toPlainValue(raw: unknown): PlainValue {
  if (typeof raw !== 'object' || raw === null) return { type: 'unreadable', reason: 'unexpected value description' };
  const r = raw as Record<string, unknown>;
  const type = r.type;
  if (typeof type === 'string' && SIMPLE.has(type)) return { type } as PlainValue;
  switch (type) {
    case 'number':
      return { type, value: Number(r.value) };
    case 'string':
      return { type, text: String(r.text), length: Number(r.length) };
    case 'boolean':
      return { type, value: r.value === true };
    case 'bigint':
      return { type, text: String(r.text) };
    case 'array': {
      const items = Array.isArray(r.items) ? r.items.map(toPlainValue) : [];
      return { type, items, length: Number(r.length), ...(typeof r.kind === 'string' ? { kind: r.kind } : {}) };
    }
    case 'object':
      return { type, tag: String(r.tag) };
    case 'unreadable':
      return { type, reason: String(r.reason) };
    default:
      return { type: 'unreadable', reason: 'unexpected value description' };
  }
}
