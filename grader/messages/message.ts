// A message is a code from one closed union plus its params: what results store instead of
// sentences. The sentence is chosen at render time from the catalogue of the reader's
// language (reports/messages/<lang>.yaml), so an old result renders in any language.
import { MESSAGE_CODES, type MessageDefinitions } from './codes/index.ts';
import type { ParamKinds } from './params.ts';

export type MessageCode = keyof MessageDefinitions;

type ParamsOf<C extends MessageCode> = { readonly [P in keyof MessageDefinitions[C]]: ParamKinds[MessageDefinitions[C][P] & keyof ParamKinds] };

/** A message of one code: `{ code, params }`, with `params` left out when the code has none. */
export type MessageOf<C extends MessageCode> = keyof MessageDefinitions[C] extends never
  ? { readonly code: C; readonly params?: undefined }
  : { readonly code: C; readonly params: ParamsOf<C> };

export type Message = { [C in MessageCode]: MessageOf<C> }[MessageCode];

type ArgsOf<C extends MessageCode> = keyof MessageDefinitions[C] extends never ? [] : [params: ParamsOf<C>];

/** Builds a message: `message('entries-wrong', { correct: 2, total: 3, wrong: [3] })`. */
export function message<C extends MessageCode>(code: C, ...args: ArgsOf<C>): MessageOf<C> {
  const params = args[0];
  return (params === undefined ? { code } : { code, params }) as MessageOf<C>;
}

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.hasOwn(MESSAGE_CODES, code);
}

/** A message whose code is computed (a catalogue misconception's `misconception.<id>.title`): one without params. */
export function paramlessMessage(code: MessageCode): Message {
  if (Object.keys(MESSAGE_CODES[code]).length > 0) throw new Error(`message code '${code}' needs params`);
  return { code } as Message;
}
