// A spec file's YAML text, parsed with positions kept, and the ways to turn a path into
// the data (`/answer/reference`) or a span inside a scalar into `line:col` for a Problem.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { toError, type Problem, type Severity } from '../problem.ts';
import { positionOf, tooDeepBracket } from '../yaml-nesting.ts';

export type Path = readonly (string | number)[];

export interface SourceFile {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** Aliases are few in specs; a file that expands one thousands of times is hostile. */
const MAX_ALIAS_COUNT = 100;
/** The bank nests at most 9 levels (a function's random cases of matrices); YAML parsers recurse, so a hostile file is stopped first. */
export const MAX_SPEC_NESTING = 32;
/** Code `spec-too-deep`. */
const tooDeep = (what = 'the YAML is'): string =>
  `${what} nested more than ${MAX_SPEC_NESTING} levels deep; an exercise or course file nests a few levels (a list of lists inside a parameter)`;

export interface ParsedYaml {
  readonly source?: SourceFile;
  /** The plain data, when the YAML parsed without errors. */
  readonly data?: unknown;
  readonly problems: Problem[];
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const deepBracket = tooDeepBracket(text, MAX_SPEC_NESTING);
  if (deepBracket !== undefined) {
    return { problems: [{ code: 'spec-too-deep', severity: 'error', message: tooDeep('lists or mappings are'), file, ...positionOf(text, deepBracket), length: 1 }] };
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error: unknown) {
    return { problems: [unparsable(error, file)] };
  }
  const source: SourceFile = { file, text, doc, lineCounter };
  const problems: Problem[] = [];
  // An error found only at the end of the text (an unclosed quote) is shown on the last line written.
  const end = text.trimEnd().length;
  const visible = ([start, stop]: [number, number]): [number, number] => (start >= end && end > 0 ? [end - 1, end] : [start, stop]);
  for (const error of doc.errors) {
    // Block nesting (indentation) is not counted beforehand: the parser's own stack may give out first.
    const [code, message] = isStackOverflow(error.message) ? ['spec-too-deep', tooDeep()]
      : error.code === 'DUPLICATE_KEY' ? ['duplicate-key', yamlMessage(error.message)]
      : ['yaml-syntax', yamlMessage(error.message)];
    problems.push(problemAt(source, visible(error.pos), code, 'error', message));
  }
  for (const warning of doc.warnings) {
    problems.push(problemAt(source, warning.pos, 'yaml-warning', 'warning', yamlMessage(warning.message)));
  }
  if (problems.some((problem) => problem.severity === 'error')) return { source, problems };
  const deepNode = tooDeepNode(doc.contents);
  if (deepNode) return { source, problems: [problemAt(source, deepNode, 'spec-too-deep', 'error', tooDeep())] };
  try {
    return { source, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch (error: unknown) {
    return { source, problems: [...problems, unparsable(error, file)] };
  }
}

const isStackOverflow = (message: string): boolean => /call stack/i.test(message);

/** The range of the first node nested deeper than MAX_SPEC_NESTING, found without recursing (its depth is the question). */
function tooDeepNode(contents: unknown): [number, number] | undefined {
  const pending: [unknown, number][] = [[contents, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth >= MAX_SPEC_NESTING) return node.range ? [node.range[0], node.range[1]] : [0, 1];
      for (const item of node.items) pending.push([isPair(item) ? item.value : item, depth + 1]);
    }
  }
  return undefined;
}

/** The parser and `toJS` recurse, and `toJS` counts alias expansions: both can give up on hostile input. */
function unparsable(error: unknown, file: string): Problem {
  const deep = error instanceof RangeError && isStackOverflow(error.message);
  const message = deep ? tooDeep() : `cannot read the YAML: ${toError(error).message}`;
  return { code: deep ? 'spec-too-deep' : 'yaml-syntax', severity: 'error', message, file, line: 1, col: 1, length: 1 };
}

/** yaml's messages end with the position, which our diagnostics already give. */
function yamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

export function lineCol(source: SourceFile, offset: number): { line: number; col: number } {
  const { line, col } = source.lineCounter.linePos(Math.max(0, Math.min(offset, source.text.length)));
  return { line, col };
}

/** A Problem spanning [start, end) of the text, cut at the end of its first line. */
export function problemAt(
  source: SourceFile,
  range: readonly [number, number],
  code: string,
  severity: Severity,
  message: string,
): Problem {
  const [start, end] = range;
  const { line, col } = lineCol(source, start);
  const lineEnd = source.text.indexOf('\n', start);
  const stop = Math.min(end, lineEnd === -1 ? source.text.length : lineEnd);
  return { code, severity, message, file: source.file, line, col, length: Math.max(1, stop - start) };
}

function resolve(source: SourceFile, node: unknown): unknown {
  return isAlias(node) ? node.resolve(source.doc) : node;
}

/** The YAML node at `path`, or undefined when the path leaves the document. */
export function nodeAt(source: SourceFile, path: Path): Node | undefined {
  let node: unknown = source.doc.contents;
  for (const segment of path) {
    node = resolve(source, node);
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      node = pair?.value ?? undefined;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  const found = resolve(source, node);
  return found === null || found === undefined ? undefined : (found as Node);
}

/** The key node of the entry at `path` (`['answer', 'tolerence']` → the `tolerence` key). */
export function keyAt(source: SourceFile, path: Path): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(source, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const last = String(path[path.length - 1]);
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === last);
  return isScalar(pair?.key) ? pair.key : undefined;
}

function rangeOf(node: Node | undefined): [number, number] | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

/**
 * Where to point for a problem about the value at `path`: the value itself, else its
 * key, else the nearest ancestor that exists, else the start of the document.
 */
export function spanOf(source: SourceFile, path: Path, at: 'value' | 'key' = 'value'): [number, number] {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const key = rangeOf(keyAt(source, prefix));
    const value = rangeOf(nodeAt(source, prefix));
    const pick = at === 'key' || depth < path.length ? (key ?? value) : (value && value[1] > value[0] ? value : (key ?? value));
    if (pick) return pick;
  }
  return [0, 1];
}

export function problemAtPath(
  source: SourceFile,
  path: Path,
  code: string,
  message: string,
  options: { readonly severity?: Severity; readonly at?: 'value' | 'key' } = {},
): Problem {
  return problemAt(source, spanOf(source, path, options.at), code, options.severity ?? 'error', message);
}

/**
 * The text offset of each character of a scalar's value: `offsets[i]` is where value
 * character i sits in the file. Quotes, block headers and indentation are skipped by
 * walking the source alongside the value; escapes are rare enough in expressions that
 * an approximate position for them is fine.
 */
function scalarOffsets(source: SourceFile, node: Node): number[] | undefined {
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const value = node.value;
  const raw = source.text.slice(node.range[0], node.range[1]);
  const offsets: number[] = [];
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    let k = j;
    while (k < raw.length && raw[k] !== ch && !(/\s/.test(ch) && /\s/.test(raw[k]!))) k++;
    if (k < raw.length) j = k;
    offsets.push(node.range[0] + j);
    if (k < raw.length) j++;
  }
  offsets.push(node.range[0] + Math.min(j, raw.length));
  return offsets;
}

/** A Problem on characters [start, end) of the string value at `path`. */
export function problemInScalar(
  source: SourceFile,
  path: Path,
  span: { readonly start: number; readonly end: number },
  code: string,
  message: string,
  severity: Severity = 'error',
): Problem {
  const node = nodeAt(source, path);
  const offsets = node ? scalarOffsets(source, node) : undefined;
  if (!offsets) return problemAtPath(source, path, code, message, { severity });
  const clamp = (i: number) => offsets[Math.max(0, Math.min(i, offsets.length - 1))]!;
  const start = clamp(span.start);
  const end = Math.max(start + 1, clamp(span.end - 1) + 1);
  return problemAt(source, [start, end], code, severity, message);
}
