// A syntax error in an answers file, where the student made it. YAML notices a bracket or a
// quote that is never closed only where something else begins (the next line, the next key),
// so its position points after the mistake: the problem points at the opening bracket or quote
// instead. One mistake often sets off more errors after it; only the first is reported.
import { isCollection, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { message, type Message } from '../messages/message.ts';
import { MAX_NESTING } from './file-guards.ts';
import { fileProblem, type StudentFileProblem } from '../problem.ts';

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

function unclosedMessage(opener: string): Message {
  return opener === '"' || opener === "'" ? message('answers-yaml-unclosed-quote', { quote: opener }) : message('answers-yaml-unclosed-bracket', { opener, closer: CLOSERS[opener]! });
}

/** yaml's messages end with the position, which the problem already has. */
const withoutPosition = (text: string): string => text.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();

export function yamlSyntaxProblem(doc: Document, error: YAMLError, text: string, lineCounter: LineCounter, file: string): StudentFileProblem {
  if (error.code === 'RESOURCE_EXHAUSTION') return fileProblem(message('answers-too-deep', { max: MAX_NESTING }), file, lineCounter.linePos(error.pos[0]));
  const unclosed = unclosedOpener(doc, text, error.pos[0]);
  const at = lineCounter.linePos(unclosed?.at ?? error.pos[0]);
  const what = unclosed === undefined ? message('answers-yaml-syntax', { error: withoutPosition(error.message) }) : unclosedMessage(unclosed.opener);
  return fileProblem(what, file, at);
}
