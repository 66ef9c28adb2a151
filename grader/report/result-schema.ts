// The shape of a saved StudentResult, checked before a result is rendered again: a file that
// was hand-edited, truncated or written by another version must become a Problem naming it,
// not a crash halfway through a class. It follows grader/result/types.ts.
import { STATUSES } from '../result/types.ts';
import { CASE_STATUS_DISPLAY } from './status.ts';

// The status lists come from the records TypeScript keeps exhaustive.
const CASE_STATUSES = Object.keys(CASE_STATUS_DISPLAY);

const string = { type: 'string' } as const;
const number = { type: 'number' } as const;
const strings = { type: 'array', items: string } as const;
const value = {
  anyOf: [number, { type: 'array', items: { anyOf: [number, { type: 'array', items: number }] } }],
} as const;
const record = { type: 'object', additionalProperties: value } as const;
const mistake = { type: 'object', required: ['id', 'title', 'feedback'], properties: { id: string, title: string, feedback: string } } as const;

const caseResult = {
  type: 'object',
  required: ['visibility', 'status'],
  properties: {
    visibility: { enum: ['visible', 'hidden', 'random'] },
    status: { enum: CASE_STATUSES },
    args: record,
    expected: value,
    received: string,
    difference: number,
    message: string,
  },
} as const;

const exerciseResult = {
  type: 'object',
  required: ['id', 'title', 'topic', 'kind', 'status', 'score', 'max', 'prompt', 'variant', 'feedback', 'hints'],
  properties: {
    id: string,
    title: string,
    topic: string,
    kind: string,
    status: { enum: [...STATUSES] },
    score: number,
    max: number,
    prompt: string,
    prompt_fa: string,
    variant: record,
    answer: string,
    expected: { anyOf: [value, string] },
    tolerance: string,
    feedback: strings,
    misconception: {
      type: 'object',
      required: ['id', 'title', 'feedback'],
      properties: { id: string, title: string, feedback: string, either: { type: 'array', items: mistake } },
    },
    roundedTooEarly: { type: 'boolean' },
    elements: {
      type: 'array',
      items: {
        type: 'object',
        required: ['index', 'received', 'correct'],
        properties: { index: { type: 'integer' }, received: { type: ['number', 'null'] }, expected: number, correct: { type: 'boolean' } },
      },
    },
    cases: { type: 'array', items: caseResult },
    hidden: { type: 'object', required: ['failed', 'total'], properties: { failed: { type: 'integer' }, total: { type: 'integer' } } },
    console: string,
    hints: strings,
  },
} as const;

const codeLoadFailure = {
  type: 'object',
  required: ['code', 'status', 'file', 'message'],
  properties: {
    code: string,
    status: { enum: ['invalid', 'error', 'timeout', 'memory'] },
    file: string,
    line: { type: 'integer' },
    col: { type: 'integer' },
    message: string,
    console: string,
  },
} as const;

export const studentResultSchema = {
  type: 'object',
  required: ['student', 'course', 'exercises', 'problems', 'score', 'max'],
  properties: {
    student: {
      type: 'object',
      required: ['id'],
      properties: { id: string, name: string, email: string, section: string, onRoster: { const: true } },
    },
    course: string,
    assignment: { type: 'object', required: ['id', 'title'], properties: { id: string, title: string } },
    codeLoadFailure,
    exercises: { type: 'array', items: exerciseResult },
    problems: {
      type: 'array',
      items: { type: 'object', required: ['code', 'file', 'message'], properties: { code: string, file: string, message: string } },
    },
    score: number,
    max: number,
    late: {
      type: 'array',
      items: {
        type: 'object',
        required: ['assignment', 'submittedAt', 'due', 'daysLate', 'penaltyPercent', 'scoreBeforePenalty'],
        properties: {
          assignment: { type: 'object', required: ['id', 'title'], properties: { id: string, title: string } },
          submittedAt: string,
          due: string,
          daysLate: number,
          penaltyPercent: number,
          scoreBeforePenalty: number,
          timeZone: string,
          dueFrom: { enum: ['gradescope', 'gradescope-extension'] },
          lateDue: string,
        },
      },
    },
  },
} as const;
