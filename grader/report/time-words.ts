// Times as a student reads them: "Monday 12 October 2026, 23:59" in Asia/Tehran, and how late
// in words ("1 minute", "1 day 10 hours"). A time is shown in the course's zone; a zone
// given only as an offset is shown as that offset (Node 20's Intl knows no offset zones).
// The words are assembled from Intl's parts, so every Node.js version writes the same bytes.
import { canonicalZone } from '../spec/due-date.ts';

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const PARTS = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', { ...PARTS, timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** `epochMs` as the clocks of `zone` (an IANA name, `Z` or an offset such as `+03:30`) show it, in words. */
export function formatInstant(epochMs: number, zone: string): string {
  const offset = OFFSET.exec(zone);
  const shift = offset === null ? 0 : (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000;
  const iana = offset === null && zone !== 'Z' ? canonicalZone(zone) : undefined;
  const parts = new Map(formatterFor(iana ?? 'UTC').formatToParts(new Date(epochMs + shift)).map((part) => [part.type, part.value]));
  const seconds = parts.get('second') === '00' ? '' : `:${parts.get('second')}`;
  return `${parts.get('weekday')} ${parts.get('day')} ${parts.get('month')} ${parts.get('year')}, ${parts.get('hour')}:${parts.get('minute')}${seconds}`;
}

/** The zone's name for people: `Asia/Tehran`, `UTC`, `UTC+03:30`. */
export function zoneLabel(zone: string): string {
  if (OFFSET.test(zone)) return `UTC${zone}`;
  return zone === 'Z' ? 'UTC' : (canonicalZone(zone) ?? 'UTC');
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** A positive duration in words: seconds below a minute, else days, hours and started minutes. */
export function durationInWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  const [days, hours, rest] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  return [days > 0 ? plural(days, 'day') : '', hours > 0 ? plural(hours, 'hour') : '', rest > 0 ? plural(rest, 'minute') : ''].filter((w) => w !== '').join(' ');
}
