// How deeply brackets nest in a student's file, measured before esbuild sees it: esbuild
// parses recursively, and half a million open parentheses overflow its stack and kill its
// service process for every later file. No solution nests a hundred deep.
import type { SourcePosition } from './types.ts';

export const MAX_NESTING = 1000;

/** Where the brackets ( [ { first nest deeper than `limit`, outside strings and comments; undefined if never. */
export function findDeepNesting(source: string, limit = MAX_NESTING): SourcePosition | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  const templates: number[] = []; // the depth at which each open template's `${` began
  let i = 0;
  const skipTo = (end: number): void => {
    for (; i < end && i < source.length; i++) if (source[i] === '\n') newline();
  };
  const newline = (): void => {
    line++;
    lineStart = i + 1;
  };
  const skipQuoted = (quote: string): void => {
    for (i++; i < source.length && source[i] !== quote && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
    i++;
  };
  /** Template text up to the closing backtick, or into a `${` (then true). */
  const skipTemplate = (): boolean => {
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (c === '\n') newline();
      else if (c === '`') {
        i++;
        return false;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        return true;
      }
    }
    return false;
  };
  /** One level deeper, opened at offset `at`; its position when that is too deep. */
  const open = (at: number): SourcePosition | undefined => (++depth > limit ? { line, col: at - lineStart + 1 } : undefined);
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\n') {
      newline();
      i++;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      skipTo(end === -1 ? source.length : end + 2);
    } else if (c === '"' || c === "'") {
      skipQuoted(c);
    } else if (c === '`') {
      i++;
      if (skipTemplate()) {
        templates.push(depth);
        const deep = open(i - 2);
        if (deep) return deep;
      }
    } else if (c === '(' || c === '[' || c === '{') {
      const deep = open(i);
      if (deep) return deep;
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
      i++;
      if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        if (skipTemplate()) {
          templates.push(depth);
          const deep = open(i - 2);
          if (deep) return deep;
        }
      }
    } else {
      i++;
    }
  }
  return undefined;
}
