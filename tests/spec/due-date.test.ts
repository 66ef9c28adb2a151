// Due dates with a fixed offset or an IANA time zone (`2026-10-12T23:59 Asia/Tehran`): the
// moment each names, daylight saving time included, and why a date is refused.
import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../grader/spec/due-date.ts';

describe('parseDueDate', () => {
  it.each([
    // text, the moment in UTC, the zone kept
    ['2026-10-12T23:59:00+03:30', Date.UTC(2026, 9, 12, 20, 29), '+03:30'],
    ['2026-10-12T23:59 Asia/Tehran', Date.UTC(2026, 9, 12, 20, 29), 'Asia/Tehran'],
    ['2026-10-12 23:59 Asia/Tehran', Date.UTC(2026, 9, 12, 20, 29), 'Asia/Tehran'],
    ['2026-10-12T23:59 asia/tehran', Date.UTC(2026, 9, 12, 20, 29), 'Asia/Tehran'],
    // Berlin keeps summer time (+02:00) until 25 October 2026, winter time (+01:00) after it.
    ['2026-10-12T23:59 Europe/Berlin', Date.UTC(2026, 9, 12, 21, 59), 'Europe/Berlin'],
    ['2026-11-12T23:59 Europe/Berlin', Date.UTC(2026, 10, 12, 22, 59), 'Europe/Berlin'],
    // 02:30 happens twice on 25 October 2026 in Berlin: the second (later) one.
    ['2026-10-25T02:30 Europe/Berlin', Date.UTC(2026, 9, 25, 1, 30), 'Europe/Berlin'],
    ['2026-10-12T23:59 UTC', Date.UTC(2026, 9, 12, 23, 59), 'UTC'],
    ['2026-10-12T23:59Z', Date.UTC(2026, 9, 12, 23, 59), 'Z'],
    ['2018-07-01T14:22:32.365935-07:00', Date.UTC(2018, 6, 1, 21, 22, 32, 365), '-07:00'],
  ])('%s is %d in %s', (text, epochMs, zone) => {
    expect(parseDueDate(text)).toEqual({ ok: true, epochMs, zone });
  });

  it.each([
    ['2026-10-12T23:59', 'not an ISO 8601 time with an offset or a time zone'],
    ['2026-10-12T23:59 Tehran/Asia', '"Tehran/Asia" is not an IANA time zone'],
    ['2026-10-12T23:59 Asia/Tehran; rm -rf /', 'not an ISO 8601 time'],
    ['2026-02-29T23:59 Asia/Tehran', 'not a date on the calendar'],
    ['2026-10-12T23:59:00+15:00', 'offset +15:00 is out of range'],
    // The clocks jump from 02:00 to 03:00 on 29 March 2026 in Berlin.
    ['2026-03-29T02:30 Europe/Berlin', 'does not exist in Europe/Berlin: the clocks skip that time'],
  ])('refuses %j: %s', (text, reason) => {
    const parsed = parseDueDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});
