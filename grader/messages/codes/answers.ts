// Feedback on an answer from the answers file (a number, a vector, a choice).
export const answerCodes = {
  'answer-unreadable': { reason: 'message' },
  'entries-wrong': { correct: 'count', total: 'count', wrong: 'positions', incorrect: 'count' },
  'values-sum': { sum: 'number' },
  'answer-is': { answer: 'text' },
} as const;
