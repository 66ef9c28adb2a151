// How a late notice reads: the hand-in time and the due time in the course's zone, in the
// reader's language and calendar, how late in words, the rule and the penalty. The policy
// itself (what a late hand-in costs) is grading's (grade/late-policy.ts).
import { message, type Message } from '../messages/message.ts';
import type { LateResult } from '../result/types.ts';
import { parseDueDate } from '../spec/due-date.ts';
import { durationParts, zoneLabel } from './time-words.ts';

const DUE_FROM = { gradescope: 'late.due-gradescope', 'gradescope-extension': 'late.due-extension' } as const;

function duration(ms: number): Message {
  const parts = durationParts(ms);
  if ('seconds' in parts) return message('duration', { parts: [message('duration.seconds', { seconds: parts.seconds })] });
  return message('duration', {
    parts: [
      ...(parts.days > 0 ? [message('duration.days', { days: parts.days })] : []),
      ...(parts.hours > 0 ? [message('duration.hours', { hours: parts.hours })] : []),
      ...(parts.minutes > 0 ? [message('duration.minutes', { minutes: parts.minutes })] : []),
    ],
  });
}

/** The late result as a message: times in the course's zone, lateness in words. */
export function lateNotice(late: LateResult): Message {
  const due = parseDueDate(late.due);
  const submitted = parseDueDate(late.submittedAt);
  const zone = late.timeZone ?? (due.ok ? due.zone : 'Z');
  const at = (text: string) => ({ at: text, zone });
  const dueAt = message(late.dueFrom === undefined ? 'late.due' : DUE_FROM[late.dueFrom], { due: at(late.due) });
  const common = { assignment: late.assignment.title, submitted: at(late.submittedAt), due: dueAt, zone: zoneLabel(zone) };
  if (late.daysLate === 0) return message('report.late-on-time', common);
  const lateBy = due.ok && submitted.ok ? duration(submitted.epochMs - due.epochMs) : message('duration', { parts: [message('duration.days', { days: late.daysLate })] });
  const lateDue = late.lateDue === undefined ? undefined : parseDueDate(late.lateDue);
  const pastLateDue = lateDue?.ok === true && submitted.ok && submitted.epochMs > lateDue.epochMs;
  const rule = pastLateDue ? message('late.rule-late-due', { lateDue: at(late.lateDue!) }) : message('late.rule-days', { days: late.daysLate });
  const penalty = late.penaltyPercent === 0 ? message('late.no-penalty') : message('late.penalty', { percent: late.penaltyPercent, before: late.scoreBeforePenalty });
  return message('report.late', { ...common, late: lateBy, rule, penalty });
}
