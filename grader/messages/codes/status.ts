// How a status reads, for an exercise, a test case and an entry of a vector.
export const statusCodes = {
  'status.correct': {},
  'status.partial': {},
  'status.incorrect': {},
  'status.missing': {},
  'status.invalid': {},
  'status.error': {},
  'status.timeout': {},
  'status.memory': {},
  'case-status.pass': {},
  'case-status.fail': {},
  'case-status.error': {},
  'case-status.timeout': {},
  'case-status.memory': {},
} as const;
