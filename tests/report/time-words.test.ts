// Times and lateness as a student reads them, in the course's zone.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../grader/messages/languages.ts';
import { message } from '../../grader/messages/message.ts';
import { lateNotice, momentParts, zoneLabel } from '../../grader/report/index.ts';
import { messageRenderer } from '../../grader/report/render-message.ts';
import { durationParts } from '../../grader/report/time-words.ts';
import { en } from '../messages/english.ts';

const dueAt = '2026-10-05T23:59:00+03:30';
const dueMs = Date.UTC(2026, 9, 5, 20, 29);
/** How late a hand-in `ms` after the due time reads in its notice. */
const lateBy = (ms: number): string => {
  const notice = en(lateNotice({ assignment: { id: 'week-1', title: { en: 'Week 1' } }, submittedAt: new Date(dueMs + ms).toISOString(), due: dueAt, daysLate: 1, penaltyPercent: 0, scoreBeforePenalty: 2 }));
  return /, ([^,]*) late \(/.exec(notice)?.[1] ?? notice;
};

describe('how late, in words', () => {
  it.each([
    [1_000, { seconds: 1 }, '1 second'],
    [30_500, { seconds: 31 }, '31 seconds'],
    [60_000, { days: 0, hours: 0, minutes: 1 }, '1 minute'],
    [61_000, { days: 0, hours: 0, minutes: 2 }, '2 minutes'], // a started minute counts
    [2 * 3600_000 + 5 * 60_000, { days: 0, hours: 2, minutes: 5 }, '2 hours 5 minutes'],
    [24 * 3600_000, { days: 1, hours: 0, minutes: 0 }, '1 day'],
    [34 * 3600_000 + 60_000, { days: 1, hours: 10, minutes: 1 }, '1 day 10 hours 1 minute'],
    [3 * 24 * 3600_000 + 3600_000, { days: 3, hours: 1, minutes: 0 }, '3 days 1 hour'],
  ])('%d ms is %j: %s', (ms, parts, words) => {
    expect(durationParts(ms)).toEqual(parts);
    expect(lateBy(ms)).toBe(words);
  });
});

describe('a moment, in the course\'s zone', () => {
  const due = Date.UTC(2026, 9, 12, 20, 29); // 23:59 in Tehran
  const at = (ms: number) => new Date(ms).toISOString();
  it.each([
    ['Asia/Tehran', 'Monday 12 October 2026, 23:59', 'Asia/Tehran'],
    ['+03:30', 'Monday 12 October 2026, 23:59', 'UTC+03:30'],
    ['Europe/Berlin', 'Monday 12 October 2026, 22:29', 'Europe/Berlin'],
    ['Z', 'Monday 12 October 2026, 20:29', 'UTC'],
    ['-07:00', 'Monday 12 October 2026, 13:29', 'UTC-07:00'],
  ])('shows the due time in %s as %s', (zone, words, label) => {
    expect(en(message('late.due', { due: { at: at(due), zone } }))).toBe(`due ${words}`);
    expect(zoneLabel(zone)).toBe(label);
  });

  it('shows seconds only when there are some', () => {
    expect(en(message('late.due', { due: { at: at(due + 12_000), zone: 'Asia/Tehran' } }))).toBe('due Monday 12 October 2026, 23:59:12');
    expect(momentParts(at(due), 'Asia/Tehran', 'en-US')?.time).toBe('23:59');
  });

  it('is written in the reader\'s calendar and digits', () => {
    const persian = messageRenderer(loadCatalogue('fa').catalogue!, 'text');
    const parts = momentParts(at(due + 12_000), 'Asia/Tehran', 'fa-IR');
    expect(parts).toMatchObject({ year: '۱۴۰۵', time: '۲۳:۵۹:۱۲' });
    expect(persian.render(message('late.due', { due: { at: at(due), zone: 'Asia/Tehran' } }))).toContain('۱۴۰۵');
  });

  it('is shown as it was written when it is no time, never as "Invalid Date"', () => {
    expect(momentParts('5 October', 'Asia/Tehran', 'en-US')).toBeUndefined();
    expect(en(message('late.due', { due: { at: '5 October', zone: 'Asia/Tehran' } }))).toBe('due 5 October');
  });
});
