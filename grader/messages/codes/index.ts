// Every message code the grader can store, with its params and their kinds: one closed union
// (MessageCode), one file of definitions per area. A catalogue (reports/messages/<lang>.yaml)
// gives each code a sentence; catalogue.ts checks one against these definitions.
import type { ParamKind } from '../params.ts';
import { answerCodes } from './answers.ts';
import { statusCodes } from './status.ts';

type Definitions = Readonly<Record<string, Readonly<Record<string, ParamKind>>>>;

export const MESSAGE_CODES = {
  ...statusCodes,
  ...answerCodes,
} as const satisfies Definitions;

export type MessageDefinitions = typeof MESSAGE_CODES;
