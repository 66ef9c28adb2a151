// The words of a student's exercise sheet (`grader sheet`).
export const sheetCodes = {
  'sheet.heading': { course: 'course', who: 'message' },
  'sheet.heading-assignment': { course: 'course', assignment: 'course', who: 'message' },
  'sheet.who-notes': {},
  'sheet.who-student': { id: 'name' },
  'sheet.exercise': { number: 'count', title: 'course', id: 'name', points: 'points' },
  'sheet.cannot-show': { param: 'name', error: 'text' },
  'sheet.answer-number': {},
  'sheet.answer-vector': { length: 'count' },
  'sheet.answer-choice': {},
  'sheet.answer-choices': {},
  'sheet.answer-code': { name: 'name', signature: 'text' },
  'sheet.answers-file': {},
} as const;
