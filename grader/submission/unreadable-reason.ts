// Why an answers file cannot be read at all, in a few words: what each exercise of that file
// says (with the place), while the file's problem, said once, has the whole message.
import { message, paramlessMessage, type Message, type MessageCode } from '../messages/message.ts';
import { messageOf, type StudentFileProblem } from '../problem.ts';

const REASONS: Readonly<Record<string, MessageCode>> = {
  'answers-yaml-syntax': 'unusable.not-yaml',
  'answers-yaml-unclosed-quote': 'unusable.not-yaml',
  'answers-yaml-unclosed-bracket': 'unusable.not-yaml',
  'answers-not-a-mapping': 'unusable.not-a-mapping',
  'answers-not-utf8': 'unusable.not-utf8',
  'answers-binary': 'unusable.not-text',
  'answers-too-large': 'unusable.too-large',
  'answers-too-deep': 'unusable.too-deep',
  'answers-too-many-values': 'unusable.too-many-values',
  'not-a-regular-file': 'unusable.not-a-regular-file',
  'unreadable-file': 'unusable.cannot-open',
};

const where = (problem: StudentFileProblem) => ({ file: problem.file, line: problem.line ?? 1, col: problem.col ?? 1 });

/** For an exercise of a file that cannot be read at all: why, in a few words, and where (the file's problem says it in full, once). */
export function unreadableReason(problem: StudentFileProblem): Message {
  const code = REASONS[problem.code];
  return message('answers-file-unusable', { reason: code === undefined ? messageOf(problem) : paramlessMessage(code), ...where(problem) });
}

/** For an answer that cannot be used (answered twice, nested too deep): its problem, and where. */
export function unusableAnswer(problem: StudentFileProblem): Message {
  return message('answer-unusable', { reason: messageOf(problem), ...where(problem) });
}
