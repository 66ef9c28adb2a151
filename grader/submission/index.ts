export { parseNumber, type NumberResult, type ParsedNumber, type TypedNumber } from './number.ts';
export { parseVector, type ParsedVector, type VectorResult } from './vector.ts';
export { parseChoice, type ChoiceResult, type ParsedChoice } from './choice.ts';
export { describeReceived, formatError, quoteUntrusted, type FormatError } from './received.ts';
export { normaliseTyped } from './typed-text.ts';
export { parseAnswersBytes, parseAnswersText, type AnswerEntry, type Answers } from './answers-file.ts';
export { MAX_ANSWERS_BYTES, MAX_NESTING } from './file-guards.ts';
export { unreadableReason, unusableAnswer } from './unreadable-reason.ts';
export {
  ANSWERS_FILES,
  SOLUTION_FILES,
  loadAnswers,
  loadAnswersFile,
  loadSolutionFile,
  loadStudentFolder,
  loadStudentFolderSync,
  type SolutionSource,
  type StudentFolder,
} from './load.ts';
