// Parsing the JSON text the prelude writes into PlainValue and RawThrown. The text comes
// from the sandbox's own code, but the strings inside it are the student's: nothing here
// trusts a shape it did not check.
import type { RawThrown } from './protocol.ts';
import type { PlainValue } from './types.ts';

export function parsePlainValue(text: string): PlainValue {
  try {
    return toPlainValue(JSON.parse(text));
  } catch {
    return { type: 'unreadable', reason: 'the sandbox could not decode the value' };
  }
}

export function parseThrown(text: string, site: number): RawThrown {
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    if ('value' in raw) return { value: toPlainValue(raw.value), site };
    return {
      site,
      tag: typeof raw.tag === 'string' ? raw.tag : 'Object',
      ...(raw.name !== null && raw.name !== undefined ? { name: toPlainValue(raw.name) } : {}),
      ...(raw.message !== null && raw.message !== undefined ? { message: toPlainValue(raw.message) } : {}),
      ...(typeof raw.stack === 'string' ? { stack: raw.stack } : {}),
    };
  } catch {
    return { site, unreadable: 'the sandbox could not decode what was thrown' };
  }
}

const SIMPLE = new Set(['undefined', 'null', 'symbol', 'function']);

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
