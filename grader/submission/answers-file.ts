// A student's answers file (answers.yaml, answers.yml or answers.json), keyed by
// exercise id. `parseAnswersBytes` checks the bytes (size, binary, UTF-8) and
// `parseAnswersText` decides the rest; neither throws, whatever the file holds.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Pair } from 'yaml';
import { message } from '../messages/message.ts';
import { fileProblem, type StudentFileProblem } from '../problem.ts';
import { aliasTargets, answerValue, MAX_ANSWER_DEPTH, MAX_VALUES_PER_ANSWER, scalarText, type Budget } from './answer-values.ts';
import { checkBinary, checkNesting, checkSize, decodeUtf8 } from './file-guards.ts';
import { yamlSyntaxProblem } from './yaml-syntax.ts';

export interface AnswerEntry {
  readonly id: string;
  /** The answer as typed: text for a scalar, an array for a sequence, null when left empty. */
  readonly value: unknown;
  readonly line?: number;
  readonly col?: number;
  /** Set when this answer cannot be used (answered twice, nested too deep, an alias bomb). */
  readonly problem?: StudentFileProblem;
}

export interface Answers {
  readonly file: string;
  /** False when the file as a whole cannot be read; `problems` says why. */
  readonly readable: boolean;
  /** By exercise id, in the file's order. A Map, so `__proto__` is just another key. */
  readonly entries: ReadonlyMap<string, AnswerEntry>;
  readonly problems: readonly StudentFileProblem[];
}

/** The whole file's values together: with the file's size capped, an alias bomb still cannot expand far. */
const MAX_VALUES_PER_FILE = 100_000;

const unreadable = (file: string, problems: readonly StudentFileProblem[]): Answers => ({ file, readable: false, entries: new Map(), problems });

export function parseAnswersBytes(bytes: Uint8Array, file: string): Answers {
  const guard = checkSize(bytes.length, file) ?? checkBinary(bytes, file);
  if (guard) return unreadable(file, [guard]);
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return parseAnswersText(decoded.text, file);
  const { byte, line, col } = decoded;
  return unreadable(file, [fileProblem(message('answers-not-utf8', { byte, line }), file, { line, col })]);
}

export function parseAnswersText(text: string, file: string): Answers {
  const nesting = checkNesting(text, file);
  if (nesting) return unreadable(file, [nesting]);
  const lineCounter = new LineCounter();
  // Duplicate keys are reported per exercise below, with both lines, instead of as a syntax error.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) return unreadable(file, [yamlSyntaxProblem(doc, firstError, text, lineCounter, file)]);
  if (doc.contents === null) return { file, readable: true, entries: new Map(), problems: [] };
  if (!isMap(doc.contents)) {
    const at = lineCounter.linePos(doc.contents.range?.[0] ?? 0);
    return unreadable(file, [fileProblem(message('answers-not-a-mapping'), file, at)]);
  }
  return readEntries(doc, doc.contents.items, file, lineCounter);
}

function readEntries(doc: Document, pairs: readonly Pair[], file: string, lineCounter: LineCounter): Answers {
  const entries = new Map<string, AnswerEntry>();
  const problems: StudentFileProblem[] = [];
  const budget: Budget = { fileLeft: MAX_VALUES_PER_FILE };
  const aliases = aliasTargets(doc);
  for (const pair of pairs) {
    const keyNode = pair.key;
    const at = lineCounter.linePos(isScalar(keyNode) ? (keyNode.range?.[0] ?? 0) : 0);
    const position = { line: at.line, col: at.col };
    const id = isScalar(keyNode) ? scalarText(keyNode) : null;
    if (id === null || id === '') {
      problems.push(fileProblem(message('answers-bad-key'), file, position));
      continue;
    }
    const earlier = entries.get(id);
    if (earlier) {
      const problem = fileProblem(message('duplicate-answer', { id, first: earlier.line ?? 1, second: at.line }), file, position);
      problems.push(problem);
      entries.set(id, { ...earlier, problem });
      continue;
    }
    const value = answerValue(pair.value as Parameters<typeof answerValue>[0], aliases, budget);
    if (!value.ok && budget.fileLeft < 0) {
      return unreadable(file, [fileProblem(message('answers-too-many-values', { max: MAX_VALUES_PER_FILE }), file, position)]);
    }
    if (!value.ok) {
      const why = value.failure === 'too-deep' ? message('answer-too-deep', { id, max: MAX_ANSWER_DEPTH }) : message('answer-too-many-values', { id, max: MAX_VALUES_PER_ANSWER });
      const problem = fileProblem(why, file, position);
      problems.push(problem);
      entries.set(id, { id, value: null, ...position, problem });
      continue;
    }
    entries.set(id, { id, value: value.value, ...position });
  }
  return { file, readable: true, entries, problems };
}
