import { describe, expect, it } from 'vitest';
import { gradescopeDates, parseSubmissionMetadata, studentIdOf, type SubmissionMetadata } from '../../grader/gradescope/metadata.ts';

describe('parseSubmissionMetadata', () => {
  it("reads the submission time and the first user of Gradescope's example", () => {
    const text = JSON.stringify({
      id: 123456,
      created_at: '2018-07-01T14:22:32.365935-07:00',
      assignment: { due_date: '2018-07-31T23:00:00.000000-07:00', title: 'Programming Assignment 1' },
      users: [{ email: 'student@example.com', id: 1234, name: 'Student User' }, { email: 'partner@example.com', id: 1235, name: 'Partner' }],
      previous_submissions: [],
    });
    expect(parseSubmissionMetadata(text)).toEqual({
      ok: true,
      metadata: {
        createdAt: '2018-07-01T14:22:32.365935-07:00',
        user: { name: 'Student User', email: 'student@example.com' },
        assignment: { dueDate: '2018-07-31T23:00:00.000000-07:00' },
      },
    });
  });

  it.each([
    ['a number for the SID', { users: [{ sid: 2026017 }] }, { user: { sid: '2026017' } }],
    ['blank and non-string fields', { created_at: 5, users: [{ name: '  ', email: null, sid: ['x'] }] }, { user: {} }],
    ['no users', { users: [] }, {}],
    ['users that is not a list', { users: { email: 'a@b.c' } }, {}],
  ])('leaves out what is not there: %s', (_what, data, metadata) => {
    expect(parseSubmissionMetadata(JSON.stringify(data))).toEqual({ ok: true, metadata });
  });

  it.each([
    ['{"users": [', 'it is not JSON'],
    ['[1, 2]', 'it is not a JSON object'],
    ['null', 'it is not a JSON object'],
  ])('refuses %j', (text, message) => {
    expect(parseSubmissionMetadata(text)).toMatchObject({ ok: false, message: expect.stringContaining(message) });
  });
});

describe('studentIdOf', () => {
  const metadata = (user: SubmissionMetadata['user']): SubmissionMetadata => ({ ...(user ? { user } : {}) });
  it.each([
    [{ sid: 's2026-017', email: 'sara@example.edu' }, ['sid', 'email'], 's2026-017'],
    [{ sid: 's2026-017', email: 'sara@example.edu' }, ['email'], 'sara'],
    [{ email: 'sara.ahmadi@example.edu' }, ['sid', 'email'], 'sara.ahmadi'],
    [{ sid: '../../etc', email: 'sara@example.edu' }, ['sid', 'email'], 'sara'],
    [{ sid: '../../etc' }, ['sid', 'email'], undefined],
    [{ email: '@example.edu' }, ['email'], undefined],
    [undefined, ['sid', 'email'], undefined],
  ] as const)('%j by %j is %j', (user, sources, id) => {
    expect(studentIdOf(metadata(user), sources)).toBe(id);
  });
});

describe('gradescopeDates', () => {
  const due = '2026-10-12T23:59:00.000000+03:30';
  const extended = '2026-10-16T23:59:00.000000+03:30';
  const lateDue = '2026-10-17T23:59:00.000000+03:30';
  const dates = (data: unknown) => {
    const parsed = parseSubmissionMetadata(JSON.stringify(data));
    return parsed.ok ? gradescopeDates(parsed.metadata) : 'unreadable';
  };
  it.each([
    ['the assignment\'s due date', { assignment: { due_date: due, late_due_date: null } }, { due: { at: due, from: 'gradescope' } }],
    ['and its late due date', { assignment: { due_date: due, late_due_date: lateDue } }, { due: { at: due, from: 'gradescope' }, lateDue }],
    [
      "the student's own dates, the same as everyone's",
      { assignment: { due_date: due }, users: [{ assignment: { due_date: '2026-10-12T20:29:00.000000Z', late_due_date: null } }] },
      { due: { at: '2026-10-12T20:29:00.000000Z', from: 'gradescope' } },
    ],
    [
      "the student's extension over everyone's dates",
      { assignment: { due_date: due, late_due_date: lateDue }, users: [{ assignment: { due_date: extended, late_due_date: null } }] },
      { due: { at: extended, from: 'gradescope-extension' } },
    ],
    ['nothing without a due date', { assignment: { due_date: null, late_due_date: lateDue } }, undefined],
    ['nothing without dates', { users: [{ sid: 's1' }] }, undefined],
  ] as const)('takes %s', (_what, data, expected) => {
    expect(dates(data)).toEqual(expected);
  });
});
