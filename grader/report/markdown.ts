// Untrusted text (names, answers, console output, messages) made inert in Markdown, so that
// a report pasted into an LMS comment or an email shows it as text: no HTML, no links, no
// emphasis, no table cells split, no headings or list items started.

import { isolateLtr, isolateLtrLines } from './markdown-bidi.ts';

const NEWLINES = /\r\n|\r|\n/g;
// Control characters other than tab and newline have no business in a report.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Characters that start inline syntax anywhere in a line: code, emphasis, links (with `[` and
 * `]` escaped, `(` and `!` are plain text), table cells, headings, strikethrough.
 */
const INLINE_SYNTAX = /[\\`*_[\]|#~]/g;

/** Inline text: one line, HTML as entities, Markdown syntax backslash-escaped. Safe in table cells. */
export function markdownInline(text: string): string {
  const oneLine = text.replace(CONTROLS, '').replace(NEWLINES, ' ');
  return (
    oneLine
      .replace(/[&<>]/g, (c) => ENTITIES[c]!)
      .replace(INLINE_SYNTAX, (c) => `\\${c}`)
      // At the start of a line these would open a list item, a rule or a heading underline
      // (`- x`, `+ x`, `---`, `===`, `1. x`, `1) x`); `-3` and `0.66` are left as they are.
      .replace(/^(\s*)([-+=])(?=\s|$|\2)/, '$1\\$2')
      .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  );
}

/** A code span around one line of text: its delimiter is longer than any backtick run inside. */
export function markdownCodeSpan(text: string): string {
  const oneLine = text.replace(CONTROLS, '').replace(NEWLINES, ' ');
  if (oneLine === '') return '';
  const fence = '`'.repeat(longestBacktickRun(oneLine) + 1);
  // CommonMark strips one space from each side, and a backtick next to the fence would join it.
  const pad = /^`|`$/.test(oneLine) || /^ .* $/.test(oneLine) ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** A fenced code block whose fence no line of the text can close. */
export function markdownFence(text: string): string {
  const body = text.replace(CONTROLS, '').replace(NEWLINES, '\n').replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${fence}text\n${body}\n${fence}`;
}

/**
 * A prompt written by the instructor (trusted Markdown, with the student's numbers filled in):
 * its Markdown stays, but raw HTML outside code spans becomes text, and so do links and images
 * (`[x](javascript:…)`, `![x](…)`): the HTML report shows none either. Right to left, its code
 * spans and math are isolated left to right.
 */
export function markdownPrompt(text: string, direction: 'ltr' | 'rtl' = 'ltr'): string {
  const source = text.replace(CONTROLS, '').replace(NEWLINES, '\n');
  // A `]` that would close a link, an image or a reference (`](`, `][`, `]:`) is escaped: vectors such as [2, 1] stay as written.
  const escape = (part: string): string => part.replace(/[&<>]/g, (c) => ENTITIES[c]!).replace(/\]([([:])/g, '\\]\\$1');
  const rtl = direction === 'rtl';
  const asText = (part: string, at: number): string => (rtl ? isolateLtrLines(part, at === 0 || source[at - 1] === '\n', escape) : escape(part));
  const code = (span: string): string => (rtl ? isolateLtr(span) : span);
  let out = '';
  let at = 0;
  // CommonMark code spans: a run of n backticks up to the next run of exactly n.
  for (const opening of source.matchAll(/`+/g)) {
    const start = opening.index;
    if (start < at) continue;
    const run = opening[0];
    const closing = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    closing.lastIndex = start + run.length;
    const end = closing.exec(source);
    if (end === null) continue;
    out += asText(source.slice(at, start), at) + code(source.slice(start, end.index + run.length));
    at = end.index + run.length;
  }
  return out + asText(source.slice(at), at);
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
