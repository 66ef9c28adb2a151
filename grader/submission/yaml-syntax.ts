// A syntax error in an answers file, where the student made it. YAML notices a bracket or a
// quote that is never closed only where something else begins (the next line, the next key),
// so its position points after the mistake: the problem points at the opening bracket or quote
// instead. One mistake often sets off more errors after it; only the first is reported.
import { isCollection, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { Problem } from '../problem.ts';

const CLOSERS: Readonly<Record<string, string>> = { '[': ']', '{': '}', '"': '"', "'": "'" };

/** The opening bracket or quote, before `offset`, whose node runs up to `offset` without being closed. */
function unclosedOpener(doc: Document, text: string, offset: number): { at: number; opener: string } | undefined {
  let found: { at: number; opener: string } | undefined;
  visit(doc, (_key, node) => {
    const flow = isCollection(node) && node.flow === true;
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    if ((!flow && !quoted) || node.range == null) return;
    const [start, end] = node.range;
    const opener = text[start] ?? '';
    const closer = CLOSERS[opener];
    const closed = closer !== undefined && end - 1 > start && text[end - 1] === closer;
    if (closer === undefined || closed || start >= offset || end < offset) return;
    if (found === undefined || start > found.at) found = { at: start, opener };
  });
  return found;
}

function unclosedMessage(opener: string): string {
  return opener === '"' || opener === "'" ? `the quote (${opener}) here is never closed` : `the "${opener}" here is never closed by a "${CLOSERS[opener]}"`;
}

export function yamlSyntaxProblem(doc: Document, error: YAMLError, text: string, lineCounter: LineCounter, file: string): Problem {
  const code = error.code === 'RESOURCE_EXHAUSTION' ? 'answers-too-deep' : 'yaml-syntax';
  const unclosed = code === 'yaml-syntax' ? unclosedOpener(doc, text, error.pos[0]) : undefined;
  const at = lineCounter.linePos(unclosed?.at ?? error.pos[0]);
  const what = unclosed === undefined ? error.message : unclosedMessage(unclosed.opener);
  return { code, severity: 'error', message: `the answers file is not valid YAML or JSON: ${what}`, file, line: at.line, col: at.col };
}
