// Times as a student reads them: "Monday 12 October 2026, 23:59" in Asia/Tehran, in the
// reader's language and calendar (a Persian report writes the Solar Hijri date). A time is
// shown in the course's zone; a zone given only as an offset is shown as that offset (Node 20's
// Intl knows no offset zones). The date is assembled from Intl's parts by the catalogue's
// `time.moment` sentence, so every Node.js version writes the same bytes.
import { canonicalZone, parseDueDate } from '../spec/due-date.ts';

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const PARTS = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, { ...PARTS, timeZone })));
  return formatter;
}

export interface MomentParts {
  readonly weekday: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
  /** hh:mm, or hh:mm:ss when the seconds are not 0 (a hand-in at 23:59:12 is not "23:59", the due time). */
  readonly time: string;
}

/** The parts of `at` (ISO 8601 with an offset or a zone) as the clocks of `zone` show it, in the locale's words and digits; undefined when `at` is no time. */
export function momentParts(at: string, zone: string, locale: string): MomentParts | undefined {
  const parsed = parseDueDate(at);
  if (!parsed.ok) return undefined;
  const offset = OFFSET.exec(zone);
  const shift = offset === null ? 0 : (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000;
  const iana = offset === null && zone !== 'Z' ? canonicalZone(zone) : undefined;
  const parts = new Map(formatterFor(locale, iana ?? 'UTC').formatToParts(new Date(parsed.epochMs + shift)).map((part) => [part.type, part.value]));
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.get(type) ?? '';
  const seconds = new Date(parsed.epochMs).getUTCSeconds() === 0 ? '' : `:${get('second')}`;
  return { weekday: get('weekday'), day: get('day'), month: get('month'), year: get('year'), time: `${get('hour')}:${get('minute')}${seconds}` };
}

/** The zone's name for people: `Asia/Tehran`, `UTC`, `UTC+03:30`. */
export function zoneLabel(zone: string): string {
  if (OFFSET.test(zone)) return `UTC${zone}`;
  return zone === 'Z' ? 'UTC' : (canonicalZone(zone) ?? 'UTC');
}

/** A positive duration as days, hours and started minutes (seconds below a minute). */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } | { seconds: number } {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return { seconds };
  const minutes = Math.ceil(seconds / 60);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
