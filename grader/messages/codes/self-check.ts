// What a student's self-check from a pack (`grader check --pack`, the self-check page) says
// beyond the grading's own messages: the hidden tests only as a count, and, under a policy
// that gives no verdicts, that an answer could be read or a function ran.
export const selfCheckCodes = {
  'self-check.hidden-later': { count: 'count' },
  'self-check.status-read': {},
  'self-check.status-ran': {},
  'self-check.read': {},
  'self-check.ran': { count: 'count' },
  'self-check.no-verdict-summary': { ready: 'count', total: 'count' },
} as const;
