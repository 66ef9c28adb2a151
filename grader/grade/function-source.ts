// The lines of a student's file that define one function, so that a report shows the code
// an exercise graded rather than the whole file thirteen times. Display only: a declaration
// it cannot find (a re-export, `exports.f = …`) gives the whole file, cut short.
import { cutShort } from '../problem.ts';

const MAX_LINES = 80;
const WHOLE_FILE_CHARS = 4000;

export function functionSource(source: string, name: string): string {
  const lines = source.split('\n');
  const found = definitionLines(lines, name);
  if (!found) return cutShort(source, WHOLE_FILE_CHARS);
  return lines.slice(found.start, found.end + 1).join('\n');
}

/** The 0-based first and last line of the top-level definition of `name` (`function name`, `const name =`), if the file has one. */
export function definitionLines(lines: readonly string[], name: string): { readonly start: number; readonly end: number } | undefined {
  const escaped = name.replace(/[$]/g, '\\$');
  const start = lines.findIndex((line) =>
    new RegExp(`^\\s*(export\\s+)?(default\\s+)?(async\\s+)?(function\\s*\\*?\\s*${escaped}\\b|(const|let|var)\\s+${escaped}\\b)`).test(line),
  );
  return start === -1 ? undefined : { start, end: definitionEnd(lines, start) };
}

/** The last line of the definition starting at `start`: where its brackets close again. */
function definitionEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  let opened = false;
  let quote: string | undefined;
  let blockComment = false;
  const last = Math.min(lines.length - 1, start + MAX_LINES - 1);
  for (let i = start; i <= last; i++) {
    const line = lines[i]!;
    for (let j = 0; j < line.length; j++) {
      const ch = line[j]!;
      if (blockComment) {
        if (ch === '*' && line[j + 1] === '/') (blockComment = false), j++;
      } else if (quote) {
        if (ch === '\\') j++;
        else if (ch === quote) quote = undefined;
      } else if (ch === '/' && line[j + 1] === '/') {
        break;
      } else if (ch === '/' && line[j + 1] === '*') {
        blockComment = true;
        j++;
      } else if (ch === '"' || ch === "'" || ch === '`') {
        quote = ch;
      } else if ('([{'.includes(ch)) {
        depth++;
        opened = true;
      } else if (')]}'.includes(ch)) {
        depth--;
      }
    }
    // Plain quotes end with their line; a template literal may go on.
    if (quote !== '`') quote = undefined;
    if (opened && depth <= 0) {
      // `const f = (x) =>` followed by an expression body on the next lines.
      if (/=>\s*$/.test(line)) continue;
      return i;
    }
  }
  return last;
}
