// A student's answers file (answers.yaml, answers.yml or answers.json), keyed by
// exercise id. `parseAnswersBytes` checks the bytes (size, binary, UTF-8) and
// `parseAnswersText` decides the rest; neither throws, whatever the file holds.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Pair } from 'yaml';
import type { Problem } from '../problem.ts';
import { aliasTargets, answerValue, MAX_ANSWER_DEPTH, MAX_VALUES_PER_ANSWER, scalarText, type Budget } from './answer-values.ts';
import { checkBinary, checkNesting, checkSize, decodeUtf8 } from './file-guards.ts';
import { quoteUntrusted } from './received.ts';
import { yamlSyntaxProblem } from './yaml-syntax.ts';

export interface AnswerEntry {
  readonly id: string;
  /** The answer as typed: text for a scalar, an array for a sequence, null when left empty. */
  readonly value: unknown;
  readonly line?: number;
  readonly col?: number;
  /** Set when this answer cannot be used (answered twice, nested too deep, an alias bomb). */
  readonly problem?: Problem;
}

export interface Answers {
  readonly file: string;
  /** False when the file as a whole cannot be read; `problems` says why. */
  readonly readable: boolean;
  /** By exercise id, in the file's order. A Map, so `__proto__` is just another key. */
  readonly entries: ReadonlyMap<string, AnswerEntry>;
  readonly problems: readonly Problem[];
}

/** The whole file's values together: with the file's size capped, an alias bomb still cannot expand far. */
const MAX_VALUES_PER_FILE = 100_000;

const unreadable = (file: string, problems: readonly Problem[]): Answers => ({ file, readable: false, entries: new Map(), problems });

export function parseAnswersBytes(bytes: Uint8Array, file: string): Answers {
  const guard = checkSize(bytes.length, file) ?? checkBinary(bytes, file);
  if (guard) return unreadable(file, [guard]);
  const decoded = decodeUtf8(bytes, file);
  return 'problem' in decoded ? unreadable(file, [decoded.problem]) : parseAnswersText(decoded.text, file);
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
    const message = 'the answers file must map exercise ids to answers, one per line, such as `die-three: 0.167`';
    return unreadable(file, [{ code: 'answers-not-a-mapping', severity: 'error', message, file, line: at.line, col: at.col }]);
  }
  return readEntries(doc, doc.contents.items, file, lineCounter);
}

function readEntries(doc: Document, pairs: readonly Pair[], file: string, lineCounter: LineCounter): Answers {
  const entries = new Map<string, AnswerEntry>();
  const problems: Problem[] = [];
  const budget: Budget = { fileLeft: MAX_VALUES_PER_FILE };
  const aliases = aliasTargets(doc);
  for (const pair of pairs) {
    const keyNode = pair.key;
    const at = lineCounter.linePos(isScalar(keyNode) ? (keyNode.range?.[0] ?? 0) : 0);
    const position = { line: at.line, col: at.col };
    const id = isScalar(keyNode) ? scalarText(keyNode) : null;
    if (id === null || id === '') {
      problems.push({ code: 'answers-bad-key', severity: 'error', message: 'each key must be an exercise id (text), such as `die-three:`', file, ...position });
      continue;
    }
    const earlier = entries.get(id);
    if (earlier) {
      const message = `${quoteUntrusted(id)} is answered twice (lines ${earlier.line} and ${at.line}); keep one answer`;
      const problem: Problem = { code: 'duplicate-answer', severity: 'error', message, file, ...position };
      problems.push(problem);
      entries.set(id, { ...earlier, problem });
      continue;
    }
    const value = answerValue(pair.value as Parameters<typeof answerValue>[0], aliases, budget);
    if (!value.ok && budget.fileLeft < 0) {
      const message = `the answers file expands to more than ${MAX_VALUES_PER_FILE} values (through YAML aliases); write each answer out`;
      return unreadable(file, [{ code: 'answers-too-many-values', severity: 'error', message, file, ...position }]);
    }
    if (!value.ok) {
      const message =
        value.failure === 'too-deep'
          ? `the answer to ${quoteUntrusted(id)} is nested more than ${MAX_ANSWER_DEPTH} levels deep`
          : `the answer to ${quoteUntrusted(id)} expands to more than ${MAX_VALUES_PER_ANSWER} values (through YAML aliases)`;
      const problem: Problem = { code: value.failure === 'too-deep' ? 'answers-too-deep' : 'answers-too-many-values', severity: 'error', message, file, ...position };
      problems.push(problem);
      entries.set(id, { id, value: null, ...position, problem });
      continue;
    }
    entries.set(id, { id, value: value.value, ...position });
  }
  return { file, readable: true, entries, problems };
}
