// What a value the student's code gave is, in words ("a string", "an array of 3 entries"),
// as a message.
import { message, type Message } from '../messages/message.ts';
import type { PlainValue } from '../sandbox/index.ts';

export function kindOf(value: PlainValue): Message {
  switch (value.type) {
    case 'array':
      return value.kind ? message('kind.typed-array', { type: value.kind, length: value.length }) : message('kind.array', { length: value.length });
    case 'object':
      return value.tag === 'Object' ? message('kind.object') : message('kind.object-of', { tag: value.tag });
    default:
      return message(`kind.${value.type}`);
  }
}

/** What `typeof` says of a value, in words: the kind of an export that is not a function. */
export function kindOfType(type: string): Message {
  switch (type) {
    case 'number':
    case 'string':
    case 'boolean':
    case 'undefined':
    case 'bigint':
    case 'symbol':
    case 'function':
      return message(`kind.${type}`);
    default:
      return message('kind.object');
  }
}
