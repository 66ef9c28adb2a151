// The answer kinds graded from the answers file, one module each; function (code)
// exercises are graded from the student's code file instead (see ../code-exercises.ts).
import type { AnswerSpec } from '../../spec/types.ts';
import { choice } from './choice.ts';
import type { AnswerKindGrader } from './kind.ts';
import { scalar } from './scalar.ts';
import { vector } from './vector.ts';

export type AnsweredKind = Exclude<AnswerSpec['kind'], 'function'>;

export const answerKinds: { readonly [K in AnsweredKind]: AnswerKindGrader<Extract<AnswerSpec, { kind: K }>> } = {
  scalar,
  vector,
  choice,
};

export type { AnswerKindGrader, KindContext, KindOutcome } from './kind.ts';
