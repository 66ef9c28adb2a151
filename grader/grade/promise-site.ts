// Where a function that returned a Promise makes it, in the student's own file: the `async`
// of its definition, else the first line of it that returns or makes a Promise. Display only
// (the grader never waits on the Promise): a definition it cannot find gives no position.
import { definitionLines } from './function-source.ts';

export interface PromiseSite {
  /** `async`: the function is declared async; `promise`: a line of it returns or makes a Promise. */
  readonly kind: 'async' | 'promise';
  /** 1-based, in the student's file. */
  readonly line: number;
  readonly col: number;
}

const ASYNC = /\basync\s+(?:function\b|\(|[A-Za-z_$][\w$]*\s*=>)/;
const RETURNS_PROMISE = /\breturn\b(?=.*\bPromise\b)|\bnew\s+Promise\b|\bPromise\s*\.\s*(?:resolve|reject|all|race|any|allSettled)\b/;

export function promiseSite(source: string, name: string): PromiseSite | undefined {
  const lines = source.split('\n');
  const definition = definitionLines(lines, name);
  if (!definition) return undefined;
  const first = lines[definition.start]!;
  const asyncAt = first.search(ASYNC);
  if (asyncAt !== -1) return { kind: 'async', line: definition.start + 1, col: asyncAt + 1 };
  for (let i = definition.start; i <= definition.end; i++) {
    const at = lines[i]!.search(RETURNS_PROMISE);
    if (at !== -1) return { kind: 'promise', line: i + 1, col: at + 1 };
  }
  return undefined;
}
