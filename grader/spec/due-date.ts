// Due dates are ISO 8601 with an explicit offset, so that "23:59" means the same moment
// on the instructor's laptop and on a CI runner in another time zone.
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-](\d{2}):(\d{2}))$/;

export type DueDate = { readonly ok: true; readonly epochMs: number } | { readonly ok: false; readonly reason: string };

const EXAMPLE = '2026-10-05T23:59:00+03:30';

export function parseDueDate(text: string): DueDate {
  const match = ISO_WITH_OFFSET.exec(text);
  if (!match) {
    const hint = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(text) ? ' (add the time zone offset)' : '';
    return { ok: false, reason: `expected a date and time with an offset like ${EXAMPLE}${hint}` };
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12) return { ok: false, reason: `month ${month} does not exist` };
  if (day < 1 || day > daysInMonth) return { ok: false, reason: `${year}-${String(month).padStart(2, '0')} has no day ${day}` };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `${match[4]}:${match[5]} is not a time of day` };
  if (match[8] !== undefined && (Number(match[8]) > 14 || Number(match[9]) > 59)) return { ok: false, reason: `${match[7]} is not a time zone offset` };
  return { ok: true, epochMs: Date.parse(text) };
}
