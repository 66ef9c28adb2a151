// Times and lateness as a student reads them, in the course's zone.
import { describe, expect, it } from 'vitest';
import { durationInWords, formatInstant, zoneLabel } from '../../grader/report/index.ts';

describe('durationInWords', () => {
  it.each([
    [1_000, '1 second'],
    [30_500, '31 seconds'],
    [60_000, '1 minute'],
    [61_000, '2 minutes'], // a started minute counts
    [2 * 3600_000 + 5 * 60_000, '2 hours 5 minutes'],
    [24 * 3600_000, '1 day'],
    [34 * 3600_000 + 60_000, '1 day 10 hours 1 minute'],
    [3 * 24 * 3600_000 + 3600_000, '3 days 1 hour'],
  ])('%d ms is %s', (ms, words) => {
    expect(durationInWords(ms)).toBe(words);
  });
});

describe('formatInstant', () => {
  const due = Date.UTC(2026, 9, 12, 20, 29); // 23:59 in Tehran
  it.each([
    ['Asia/Tehran', 'Monday 12 October 2026, 23:59', 'Asia/Tehran'],
    ['+03:30', 'Monday 12 October 2026, 23:59', 'UTC+03:30'],
    ['Europe/Berlin', 'Monday 12 October 2026, 22:29', 'Europe/Berlin'],
    ['Z', 'Monday 12 October 2026, 20:29', 'UTC'],
    ['-07:00', 'Monday 12 October 2026, 13:29', 'UTC-07:00'],
  ])('shows the due time in %s as %s', (zone, words, label) => {
    expect(formatInstant(due, zone)).toBe(words);
    expect(zoneLabel(zone)).toBe(label);
  });

  it('shows seconds only when there are some', () => {
    expect(formatInstant(due + 12_000, 'Asia/Tehran')).toBe('Monday 12 October 2026, 23:59:12');
  });
});
