// QuickJS records where an Error was made, but `throw 42` or `throw null` carries no
// position. So every `throw` statement in esbuild's output becomes
// `throw __sandbox_throw_site(k), <operand>`: the comma operator keeps the operand's meaning,
// and the sandbox remembers the last site that ran. Finding the `throw` keywords needs a
// tokenizer that knows strings, templates, comments and regular expressions; esbuild's
// output is regular enough (one statement per line, no wrapped expressions) for the
// classic heuristics to hold.

export const THROW_SITE_FUNCTION = '__sandbox_throw_site';

export interface ThrowSite {
  /** Position of the `throw` keyword in esbuild's output: 1-based line, 0-based column. */
  readonly line: number;
  readonly column: number;
}

export interface InstrumentedCode {
  readonly code: string;
  /** Indexed by the site number passed to THROW_SITE_FUNCTION. */
  readonly sites: readonly ThrowSite[];
  /** Inserted text per line (1-based): instrumented column where it starts, and its length. */
  readonly insertions: ReadonlyMap<number, readonly { readonly at: number; readonly length: number }[]>;
}

/** Keywords after which a `/` starts a regular expression rather than a division. */
const EXPRESSION_KEYWORDS = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await',
]);
const CONTROL_KEYWORDS = new Set(['if', 'while', 'for', 'with']);

type Token =
  | { kind: 'none' }
  | { kind: 'word'; text: string }
  | { kind: 'value' } // a number, string, template or regular expression
  | { kind: 'punct'; text: string; closesControl?: boolean };

/** [A-Za-z0-9_$\\] or anything beyond ASCII. */
const isWordChar = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 92 || code >= 0x80;
};

export function instrumentThrows(source: string): InstrumentedCode {
  // Most files throw nothing: without the word, there is nothing to find.
  if (!source.includes('throw')) return { code: source, sites: [], insertions: new Map() };
  const sites: ThrowSite[] = [];
  const insertions = new Map<number, { at: number; length: number }[]>();
  const out: string[] = [];
  let copied = 0;
  let line = 1;
  let lineStart = 0;
  let lineShift = 0; // characters inserted so far on the current line
  let previous: Token = { kind: 'none' };
  let firstOnLine = true;
  const parens: boolean[] = []; // for each open '(', whether it follows if/while/for/with
  const braces: ('block' | 'template')[] = [];
  let i = 0;

  const newline = (at: number): void => {
    line++;
    lineStart = at + 1;
    lineShift = 0;
    firstOnLine = true;
  };
  /** Skips to the end of a quoted string, counting escaped line breaks. */
  const skipQuoted = (quote: string): void => {
    i++;
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') i++;
      if (source[i] === '\n') newline(i);
      i++;
    }
    i++;
  };
  /** Skips template text; stops after the closing backtick or after a `${`. */
  const skipTemplate = (): void => {
    while (i < source.length) {
      const c = source[i]!;
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        braces.push('template');
        return;
      } else {
        if (c === '\n') newline(i);
        i++;
      }
    }
  };
  const skipRegExp = (): void => {
    let inClass = false;
    i++;
    while (i < source.length && source[i] !== '\n') {
      const c = source[i]!;
      if (c === '\\') i++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) break;
      i++;
    }
    i++;
    while (i < source.length && isWordChar(source[i]!)) i++;
  };
  const regExpAllowed = (startsLine: boolean): boolean => {
    if (startsLine) return true;
    switch (previous.kind) {
      case 'none':
        return true;
      case 'word':
        return EXPRESSION_KEYWORDS.has(previous.text);
      case 'value':
        return false;
      case 'punct':
        if (previous.text === ')') return previous.closesControl === true;
        return ![']', '}', '++', '--'].includes(previous.text);
    }
  };

  while (i < source.length) {
    const c = source[i]!;
    if (c === '\n') {
      newline(i);
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#' && i === 0 && source[1] === '!') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === '\n') newline(k);
      i = stop;
      continue;
    }
    const startsLine = firstOnLine;
    firstOnLine = false;
    if (c === '"' || c === "'") {
      skipQuoted(c);
      previous = { kind: 'value' };
    } else if (c === '`') {
      i++;
      skipTemplate();
      previous = { kind: 'value' };
    } else if (c === '/') {
      if (regExpAllowed(startsLine)) {
        skipRegExp();
        previous = { kind: 'value' };
      } else {
        i++;
        previous = { kind: 'punct', text: '/' };
      }
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      while (i < source.length && (isWordChar(source[i]!) || source[i] === '.' || (/[eE]/.test(source[i - 1]!) && /[+-]/.test(source[i]!)))) i++;
      previous = { kind: 'value' };
    } else if (isWordChar(c)) {
      const start = i;
      while (i < source.length && isWordChar(source[i]!)) i++;
      const text = source.slice(start, i);
      if (text === 'throw' && isThrowStatement(source, i, previous)) {
        const inserted = ` ${THROW_SITE_FUNCTION}(${sites.length}),`;
        sites.push({ line, column: start - lineStart });
        out.push(source.slice(copied, i), inserted);
        copied = i;
        const lineInsertions = insertions.get(line) ?? [];
        lineInsertions.push({ at: i - lineStart + lineShift, length: inserted.length });
        insertions.set(line, lineInsertions);
        lineShift += inserted.length;
      }
      previous = { kind: 'word', text };
    } else {
      i++;
      let text = c;
      if ((c === '+' || c === '-') && source[i] === c) {
        text += c;
        i++;
      }
      if (c === '(') parens.push(previous.kind === 'word' && CONTROL_KEYWORDS.has(previous.text));
      if (c === '{') braces.push('block');
      if (c === '}' && braces.pop() === 'template') {
        skipTemplate();
        previous = { kind: 'value' };
        continue;
      }
      previous = c === ')' ? { kind: 'punct', text, closesControl: parens.pop() === true } : { kind: 'punct', text };
    }
  }
  out.push(source.slice(copied));
  return { code: out.join(''), sites, insertions };
}

/** `throw` as a statement: not a property (`o.throw`, `{ throw: 1 }`) nor a method (`throw(e) {}`). */
function isThrowStatement(source: string, after: number, previous: Token): boolean {
  if (previous.kind === 'punct' && previous.text === '.') return false;
  let k = after;
  while (source[k] === ' ' || source[k] === '\t') k++;
  const next = source[k];
  return next !== ':' && next !== '(' && next !== ',' && next !== '}' && next !== '=';
}

/** The column in esbuild's output of a column in the instrumented code (both 0-based). */
export function uninstrumentedColumn(code: InstrumentedCode, line: number, column: number): number {
  let shift = 0;
  for (const insertion of code.insertions.get(line) ?? []) {
    if (column >= insertion.at + insertion.length) shift += insertion.length;
    else if (column >= insertion.at) return insertion.at - shift;
  }
  return column - shift;
}
