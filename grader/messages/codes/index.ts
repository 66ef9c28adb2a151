// Every message code the grader can store, with its params and their kinds: one closed union
// (MessageCode), one file of definitions per area. A catalogue (reports/messages/<lang>.yaml)
// gives each code a sentence; catalogue.ts checks one against these definitions.
import type { ParamKind } from '../params.ts';
import { answerCodes } from './answers.ts';
import { codeCodes } from './code.ts';
import { fileCodes } from './files.ts';
import { misconceptionCodes } from './misconceptions.ts';
import { reportCodes } from './report.ts';
import { sheetCodes } from './sheet.ts';
import { summaryCodes } from './summary.ts';
import { toleranceCodes } from './tolerance.ts';
import { statusCodes } from './status.ts';
import { selfCheckCodes } from './self-check.ts';

type Definitions = Readonly<Record<string, Readonly<Record<string, ParamKind>>>>;

export const MESSAGE_CODES = {
  ...statusCodes,
  ...answerCodes,
  ...toleranceCodes,
  ...misconceptionCodes,
  ...codeCodes,
  ...fileCodes,
  ...reportCodes,
  ...sheetCodes,
  ...summaryCodes,
  ...selfCheckCodes,
} as const satisfies Definitions;

export type MessageDefinitions = typeof MESSAGE_CODES;
