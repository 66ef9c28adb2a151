// Why an answers file cannot be read at all, in a few words: what each exercise of that file
// says (with the place), while the file's problem, said once, has the whole message.
import type { Problem } from '../problem.ts';

const REASONS: Readonly<Record<string, string>> = {
  'yaml-syntax': 'it is not valid YAML or JSON',
  'answers-not-a-mapping': 'it does not map exercise ids to answers',
  'answers-not-utf8': 'it is not UTF-8 text',
  'answers-binary': 'it is not text',
  'answers-too-large': 'it is too large',
  'answers-too-deep': 'it is nested too deep',
  'answers-too-many-values': 'it expands to too many values',
  'not-a-regular-file': 'it is not a regular file',
  'unreadable-file': 'it cannot be opened',
};

/** The reason of `problem` in a few words; its message when its code has none. */
export function unreadableReason(problem: Pick<Problem, 'code' | 'message'>): string {
  return REASONS[problem.code] ?? problem.message;
}
