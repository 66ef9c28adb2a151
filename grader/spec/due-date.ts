// Due dates and hand-in times: a date and a time of day with its place on Earth, either a
// fixed offset (`2026-10-12T23:59:00+03:30`) or an IANA time zone
// (`2026-10-12T23:59 Asia/Tehran`), so that "23:59" means the same moment on the
// instructor's laptop and on a CI runner in another zone. A zone follows its own daylight
// saving rules (TZDate, from @date-fns/tz, over the IANA data Node's Intl carries); a time
// the clocks skip is refused, and an hour that happens twice is read as its second (later)
// occurrence.
import { TZDate } from '@date-fns/tz';
import { message, type Message } from '../messages/message.ts';

export type DueDate =
  /** `zone` is the IANA name as Intl spells it, `Z`, or the offset as written (`+03:30`). */
  | { readonly ok: true; readonly epochMs: number; readonly zone: string }
  /** `reason` for the instructor's terminal; `why` for a student's report, in their language. */
  | { readonly ok: false; readonly reason: string; readonly why: Message };

const WALL = String.raw`(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?`;
const WITH_OFFSET = new RegExp(String.raw`^${WALL}(Z|[+-]\d{2}:\d{2})$`);
const WITH_ZONE = new RegExp(String.raw`^${WALL} +([A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*)$`);

export const DUE_DATE_EXAMPLES = ['2026-10-05T23:59:00+03:30', '2026-10-05T23:59 Asia/Tehran'] as const;

/** The sentence for text that is no date (code `bad-date`). */
function notADate(shown: string): string {
  return `${shown}, which is not an ISO 8601 time with an offset or a time zone (e.g. ${DUE_DATE_EXAMPLES.join(' or ')})`;
}

export function parseDueDate(text: string): DueDate {
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  const match = WITH_OFFSET.exec(text) ?? WITH_ZONE.exec(text);
  if (match === null) return { ok: false, reason: notADate(shown), why: message('time.not-iso') };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const millisecond = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `${shown}, which is not a date on the calendar`, why: message('time.not-on-calendar') };
  }
  const place = match[8]!;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (place === 'Z') return { ok: true, epochMs: wall, zone: 'Z' };
  const offset = /^([+-])(\d{2}):(\d{2})$/.exec(place);
  if (offset !== null) {
    const [sign, hours, minutes] = [offset[1] === '-' ? -1 : 1, Number(offset[2]), Number(offset[3])];
    if (hours > 14 || minutes > 59) return { ok: false, reason: `${shown}, whose offset ${place} is out of range`, why: message('time.offset-out-of-range', { offset: place }) };
    return { ok: true, epochMs: wall - sign * (hours * 60 + minutes) * 60_000, zone: place };
  }
  const known = inZones.get(text);
  if (known !== undefined) return known;
  const parsed = inZone(shown, [year, month, day, hour, minute, second, millisecond], place);
  // The same few due dates come back for every student of a class.
  if (inZones.size < 1000) inZones.set(text, parsed);
  return parsed;
}

const inZones = new Map<string, DueDate>();

function inZone(shown: string, wall: readonly [number, number, number, number, number, number, number], place: string): DueDate {
  const [year, month, day, hour, minute, second, millisecond] = wall;
  const zone = canonicalZone(place);
  if (zone === undefined) {
    return { ok: false, reason: `${shown}: ${JSON.stringify(place)} is not an IANA time zone (e.g. Asia/Tehran, Europe/Berlin, UTC)`, why: message('time.unknown-zone', { zone: place }) };
  }
  const date = new TZDate(year, month - 1, day, hour, minute, second, millisecond, zone);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day || date.getHours() !== hour || date.getMinutes() !== minute) {
    return { ok: false, reason: `${shown} does not exist in ${zone}: the clocks skip that time (daylight saving time starts)`, why: message('time.skipped', { zone }) };
  }
  return { ok: true, epochMs: date.getTime(), zone };
}

/** Zone names already looked up: making an Intl.DateTimeFormat takes a good part of a millisecond. */
const zones = new Map<string, string | undefined>();

/** The zone's name as Intl knows it (`asia/tehran` is `Asia/Tehran`), or undefined for no zone. */
export function canonicalZone(name: string): string | undefined {
  if (zones.has(name)) return zones.get(name);
  let zone: string | undefined;
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  if (zones.size < 1000) zones.set(name, zone);
  return zone;
}
