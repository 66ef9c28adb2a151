// Right-to-left Markdown (a Persian report pasted into an LMS comment or an email): whatever
// renders it knows nothing of the report's direction, so each left-to-right run (math, a
// vector, a name from code) is isolated with Unicode's LRI…PDI, as the HTML report isolates
// it with dir="ltr". Invisible, and absent from left-to-right reports.
import { splitLtrRuns } from './bidi.ts';

const LRI = '\u2066';
const PDI = '\u2069';

/** Text shown left to right whatever the paragraph's direction around it. */
export const isolateLtr = (text: string): string => (text === '' ? '' : `${LRI}${text}${PDI}`);

/** Text with each of its left-to-right runs isolated; `escape` makes each piece inert Markdown. */
export function isolateLtrRuns(text: string, escape: (piece: string) => string): string {
  return splitLtrRuns(text)
    .map((part) => (part.ltr ? isolateLtr(escape(part.text)) : escape(part.text)))
    .join('');
}

// A block's marker at the start of a line (a list item, a heading, a quote) stays outside any
// isolate, or it would no longer start the block.
const BLOCK_MARKER = /^\s*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)(?=\s|$)\s*)?/;

/** Several lines of Markdown text: runs isolated line by line, after each line's block marker. */
export function isolateLtrLines(text: string, startsLine: boolean, escape: (piece: string) => string): string {
  return text
    .split('\n')
    .map((line, i) => {
      const marker = i > 0 || startsLine ? (BLOCK_MARKER.exec(line)?.[0] ?? '') : '';
      return marker + isolateLtrRuns(line.slice(marker.length), escape);
    })
    .join('\n');
}
