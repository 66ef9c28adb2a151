// The shape of a saved StudentResult, checked before a result is rendered again: a file that
// was hand-edited, truncated or written by another version must become a Problem naming it,
// not a crash halfway through a class. It follows types.ts; a message's code must be one the
// grader has (its params are checked when it is rendered, where a wrong one shows as `?`).
import { MESSAGE_CODES } from '../messages/codes/index.ts';
import { RESULT_FORMAT, STATUSES } from './types.ts';

const CASE_STATUSES = ['pass', 'fail', 'error', 'timeout', 'memory'];

const string = { type: 'string' } as const;
const number = { type: 'number' } as const;
const integer = { type: 'integer' } as const;
const value = {
  anyOf: [number, { type: 'array', items: { anyOf: [number, { type: 'array', items: number }] } }],
} as const;
const record = { type: 'object', additionalProperties: value } as const;
const localized = { type: 'object', required: ['en'], additionalProperties: string } as const;
const message = {
  type: 'object',
  required: ['code'],
  properties: { code: { enum: Object.keys(MESSAGE_CODES) }, params: { type: 'object' } },
  additionalProperties: false,
} as const;
const messages = { type: 'array', items: message } as const;
const mistake = { type: 'object', required: ['id', 'title', 'feedback'], properties: { id: string, title: message, feedback: message } } as const;

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
    message,
  },
} as const;

const exerciseResult = {
  type: 'object',
  required: ['id', 'title', 'topic', 'kind', 'status', 'score', 'max', 'prompt', 'variant', 'feedback', 'hints'],
  properties: {
    id: string,
    title: localized,
    topic: string,
    kind: string,
    status: { enum: [...STATUSES] },
    score: number,
    max: number,
    prompt: localized,
    variant: record,
    answer: string,
    expected: { anyOf: [value, string] },
    options: { type: 'array', items: { type: 'object', required: ['id', 'label'], properties: { id: string, label: localized } } },
    picked: { type: 'array', items: string },
    tolerance: message,
    feedback: messages,
    misconception: {
      type: 'object',
      required: ['id', 'title', 'feedback'],
      properties: { id: string, title: message, feedback: message, either: { type: 'array', items: mistake } },
    },
    roundedTooEarly: { type: 'boolean' },
    elements: {
      type: 'array',
      items: {
        type: 'object',
        required: ['index', 'received', 'correct'],
        properties: { index: integer, received: { type: ['number', 'null'] }, expected: number, correct: { type: 'boolean' } },
      },
    },
    cases: { type: 'array', items: caseResult },
    hidden: { type: 'object', required: ['failed', 'total'], properties: { failed: integer, total: integer } },
    console: string,
    consoleCutKb: number,
    hints: { type: 'array', items: localized },
  },
} as const;

const codeLoadFailure = {
  type: 'object',
  required: ['code', 'status', 'file', 'message'],
  properties: {
    code: string,
    status: { enum: ['invalid', 'error', 'timeout', 'memory'] },
    file: string,
    line: integer,
    col: integer,
    message,
    console: string,
  },
} as const;

/** Only the version: a result of another version is told apart from a broken one. */
export const resultFormatSchema = {
  type: 'object',
  required: ['format'],
  properties: { format: { const: RESULT_FORMAT } },
} as const;

export const studentResultSchema = {
  type: 'object',
  required: ['format', 'student', 'course', 'languages', 'exercises', 'problems', 'score', 'max'],
  properties: {
    format: { const: RESULT_FORMAT },
    student: {
      type: 'object',
      required: ['id'],
      properties: { id: string, name: string, email: string, section: string, onRoster: { const: true } },
    },
    course: localized,
    languages: { type: 'array', minItems: 1, items: string },
    assignment: { type: 'object', required: ['id', 'title'], properties: { id: string, title: localized } },
    codeLoadFailure,
    exercises: { type: 'array', items: exerciseResult },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'file'],
        properties: { code: { enum: Object.keys(MESSAGE_CODES) }, params: { type: 'object' }, file: string, line: integer, col: integer },
      },
    },
    score: number,
    max: number,
    late: {
      type: 'array',
      items: {
        type: 'object',
        required: ['assignment', 'submittedAt', 'due', 'daysLate', 'penaltyPercent', 'scoreBeforePenalty'],
        properties: {
          assignment: { type: 'object', required: ['id', 'title'], properties: { id: string, title: localized } },
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
