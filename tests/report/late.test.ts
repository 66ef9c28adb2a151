import { describe, expect, it } from 'vitest';
import { applyLatePolicy } from '../../grader/grade/late-policy.ts';
import { parseDueDate } from '../../grader/spec/due-date.ts';
import type { AssignmentSpec } from '../../grader/spec/types.ts';
import { en } from '../messages/english.ts';

const due = '2026-10-05T23:59:00+03:30';
const assignment = (late?: AssignmentSpec['late']): AssignmentSpec => ({ id: 'week-3', title: 'Week 3', due, exercises: [], ...(late === undefined ? {} : { late }) });

const NOT_ISO = 'it is not a date and time with an offset or a time zone, such as 2026-10-05T23:59:00+03:30 or 2026-10-05T23:59 Asia/Tehran';

describe('applyLatePolicy', () => {
  it.each([
    // submitted at, policy, days late, penalty %, score of 8
    ['2026-10-05T23:59:00+03:30', { percent_per_day: 10 }, 0, 0, 8],
    ['2026-10-05T20:29:00Z', { percent_per_day: 10 }, 0, 0, 8], // the due time itself, in UTC
    ['2026-10-05T20:29:01Z', { percent_per_day: 10 }, 1, 10, 7.2], // one second late is a started day
    ['2026-10-06T23:59:00+03:30', { percent_per_day: 10 }, 1, 10, 7.2],
    ['2026-10-07T00:00:00+03:30', { percent_per_day: 10 }, 2, 20, 6.4],
    ['2026-10-20T12:00:00+03:30', { percent_per_day: 10 }, 15, 100, 0], // never below zero
    ['2026-10-07T12:00:00+03:30', { percent_per_day: 25, cutoff_days: 3 }, 2, 50, 4],
    ['2026-10-08T23:59:00+03:30', { percent_per_day: 25, cutoff_days: 3 }, 3, 75, 2],
    ['2026-10-09T00:00:00+03:30', { percent_per_day: 25, cutoff_days: 3 }, 4, 100, 0], // after the cut-off
    ['2026-10-06T00:00:00+03:30', { cutoff_days: 0 }, 1, 100, 0], // no late submissions at all
    ['2026-10-09T00:00:00+03:30', {}, 4, 0, 8], // late, but no penalty
  ] as const)('submitted %s with %j: %d days late, %d%% off, score %d', (submittedAt, policy, daysLate, penaltyPercent, score) => {
    const outcome = applyLatePolicy(8, submittedAt, assignment(policy));
    expect(outcome).toEqual({ ok: true, score, late: { assignment: { id: 'week-3', title: { en: 'Week 3' } }, submittedAt, due, daysLate, penaltyPercent, scoreBeforePenalty: 8, timeZone: '+03:30' } });
  });

  it('keeps 7.5 × 80% exact', () => {
    expect(applyLatePolicy(7.5, '2026-10-07T00:00:00+03:30', assignment({ percent_per_day: 10 })).score).toBe(6);
  });

  it('changes nothing without a submission time', () => {
    expect(applyLatePolicy(8, undefined, assignment({ percent_per_day: 10 }))).toEqual({ ok: true, score: 8 });
  });

  it.each([
    ['yesterday', { code: 'time.not-iso' }, NOT_ISO],
    ['2026-10-06 10:00', { code: 'time.not-iso' }, NOT_ISO],
    ['2026-10-06T10:00:00', { code: 'time.not-iso' }, NOT_ISO], // no offset: the grading machine's zone would decide
    ['2026-02-30T10:00:00Z', { code: 'time.not-on-calendar' }, 'it is not a date on the calendar'],
    ['2026-13-01T10:00:00Z', { code: 'time.not-on-calendar' }, 'it is not a date on the calendar'],
    ['2026-10-06T24:00:00Z', { code: 'time.not-on-calendar' }, 'it is not a date on the calendar'],
    ['2026-10-06T10:00:00+25:00', { code: 'time.offset-out-of-range', params: { offset: '+25:00' } }, 'its offset +25:00 is out of range'],
  ])('a submission time %j is a problem (%j), never NaN', (submittedAt, reason, words) => {
    const outcome = applyLatePolicy(8, submittedAt, assignment({ percent_per_day: 10 }), { submission: 'submissions/s001/submitted_at', course: 'course.yaml' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.score).toBe(8);
    expect(outcome.problem).toEqual({ code: 'submitted-at-unreadable', params: { time: submittedAt, reason }, severity: 'error', file: 'submissions/s001/submitted_at' });
    expect(en(outcome.problem)).toBe(`The hand-in time ${submittedAt} cannot be read (${words}), so the late policy was not applied.`);
  });

  it('names the course file when the due date is the bad one', () => {
    const outcome = applyLatePolicy(8, '2026-10-06T10:00:00Z', { ...assignment(), due: '5 October' }, { submission: 's', course: 'course.yaml' });
    expect(outcome).toMatchObject({
      ok: false,
      score: 8,
      problem: { code: 'due-date-unreadable', params: { assignment: 'week-3', time: '5 October', reason: { code: 'time.not-iso' } }, file: 'course.yaml' },
    });
  });

  it('reads leap days and fractional seconds', () => {
    expect(parseDueDate('2028-02-29T12:00:00Z')).toEqual({ ok: true, epochMs: Date.UTC(2028, 1, 29, 12), zone: 'Z' });
    expect(parseDueDate('2018-07-01T14:22:32.365935-07:00')).toEqual({ ok: true, epochMs: Date.UTC(2018, 6, 1, 21, 22, 32, 365), zone: '-07:00' });
    expect(parseDueDate('2027-02-29T12:00:00Z')).toMatchObject({ ok: false, why: { code: 'time.not-on-calendar' } });
  });
});
