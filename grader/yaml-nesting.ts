// How deeply a YAML text nests, found before any parser sees it: YAML parsers recurse, so a
// 10,000-deep [[[[…]]]] would exhaust their stack. Shared by the answers file and the spec files.

/** Line and column (1-based) of a character or byte offset. */
export function positionOf(text: string | Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const isNewline = typeof text === 'string' ? text[i] === '\n' : text[i] === 0x0a;
    if (isNewline) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** The offset of the first flow bracket nested deeper than `max`, outside quotes and comments; undefined when none is. */
export function tooDeepBracket(text: string, max: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') comment = false;
    if (comment) continue;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) comment = true;
    else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}
