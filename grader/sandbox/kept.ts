// The built-ins a job's context keeps before the student's code runs (prelude.ts installs them),
// by name and index: the worker calls them through the handle API, and code compiled inside
// QuickJS (the console's formatter, the items reader) gets them as one array, read by index.

/** The built-ins kept, in this order (code compiled in QuickJS gets them as one array). */
export const KEPT = [
  'JSON.stringify',
  'JSON.parse',
  'Reflect.get',
  'Reflect.set',
  'Reflect.apply',
  'Array.isArray',
  'ArrayBuffer.isView',
  'Object.prototype.toString',
  'Object.defineProperty',
  'String.prototype.slice',
  'Object.keys',
  'Object.is',
  'Function.prototype.call',
  'Function.prototype.bind',
  'Error',
] as const;
export type KeptBuiltin = (typeof KEPT)[number];

export function keptIndex(name: KeptBuiltin): number {
  return KEPT.indexOf(name);
}
