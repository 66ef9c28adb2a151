// Math inside right-to-left text. In a Persian prompt, `z = [2.4, 3.2, 3.9]` is a run of
// left-to-right characters whose brackets, commas and signs the Unicode bidi algorithm would
// reorder ("[0.5, 0.3, 0.2]" shows as "[0.2 ,0.3 ,0.5]"); each such run is isolated as
// left-to-right. Sentence punctuation and unmatched brackets at a run's ends stay outside,
// so that they keep their place in the right-to-left sentence.

export interface DirectionalPart {
  readonly text: string;
  /** A run to show left to right, isolated from the right-to-left text around it. */
  readonly ltr: boolean;
}

// Arabic-script letters and digits (Persian included), the Arabic comma and ZWNJ end a run;
// so do `*` (bold markers) and line breaks, which the prompt's own markup uses.
const RUN = /[^\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c*\n]+/g;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff]/; // letters and digits, not × or ÷
const OPENERS = '([{';
const CLOSERS = ')]}';

export function splitLtrRuns(text: string): DirectionalPart[] {
  const parts: DirectionalPart[] = [];
  const push = (piece: string, ltr: boolean): void => {
    if (piece === '') return;
    const last = parts.at(-1);
    if (last && last.ltr === ltr && !ltr) parts[parts.length - 1] = { text: last.text + piece, ltr };
    else parts.push({ text: piece, ltr });
  };
  let at = 0;
  for (const match of text.matchAll(RUN)) {
    push(text.slice(at, match.index), false);
    const [before, run, after] = trimRun(match[0]);
    push(before, false);
    push(run, LATIN_OR_DIGIT.test(run));
    push(after, false);
    at = match.index + match[0].length;
  }
  push(text.slice(at), false);
  return parts;
}

/** The run without surrounding spaces, trailing sentence punctuation and unmatched brackets. */
function trimRun(run: string): [string, string, string] {
  let start = 0;
  let end = run.length;
  for (;;) {
    const before = [start, end];
    // Sentence punctuation on either side belongs to the right-to-left sentence ("…دارد: σ′(x)").
    while (start < end && /[\s.,:;!?]/.test(run[start]!)) start++;
    while (end > start && /[\s.,:;!?]/.test(run[end - 1]!)) end--;
    // So does a bracket whose partner is outside the run, at either end ("solution.ts (یا …").
    if (start < end && (OPENERS + CLOSERS).includes(run[start]!) && !hasMatch(run.slice(start, end), 0)) start++;
    if (end > start && (OPENERS + CLOSERS).includes(run[end - 1]!) && !hasMatch(run.slice(start, end), end - start - 1)) end--;
    if (before[0] === start && before[1] === end) break;
  }
  return [run.slice(0, start), run.slice(start, end), run.slice(end)];
}

/** Whether the bracket at `index` of `text` has its partner in `text`. */
function hasMatch(text: string, index: number): boolean {
  const char = text[index]!;
  const opening = OPENERS.includes(char);
  const open = opening ? char : OPENERS[CLOSERS.indexOf(char)]!;
  const close = opening ? CLOSERS[OPENERS.indexOf(char)]! : char;
  let depth = 0;
  const step = opening ? 1 : -1;
  for (let i = index; i >= 0 && i < text.length; i += step) {
    if (text[i] === open) depth += step;
    else if (text[i] === close) depth -= step;
    if (depth === 0) return true;
  }
  return false;
}
