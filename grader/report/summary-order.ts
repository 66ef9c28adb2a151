// Orders the class summary sorts by: the same on every machine and whatever order the students
// were added in (localeCompare and arrival order are neither).
import type { Message } from '../messages/message.ts';
import type { LocalizedText } from '../messages/params.ts';

/** Plain code-unit order. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Course text or a message as one string, to order and compare by. */
export const contentKey = (value: LocalizedText | Message): string => JSON.stringify(value);
