// The tolerance of an exercise, as an introductory course says it.
export const toleranceCodes = {
  'tolerance.abs': { abs: 'value' },
  'tolerance.rel': { percent: 'value' },
  'tolerance.abs-rel': { abs: 'value', percent: 'value' },
  'tolerance.sigfigs': { sigfigs: 'count' },
  'tolerance.decimals': { decimals: 'count' },
} as const;
