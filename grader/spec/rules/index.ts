// The exercise rules, in the order they run. Adding a check means adding a file and a line here.
import { choiceAnswerConsistent } from './choice.ts';
import type { ExerciseSpec } from '../types.ts';
import type { Rule } from './context.ts';
import { defaultVariantEvaluates } from './default-variant.ts';
import { derivedParamsAcyclic, expressionsParse } from './expressions.ts';
import { functionAnswerConsistent } from './function-answer.ts';
import { misconceptionsResolve } from './misconceptions.ts';
import { paramsInRange } from './params.ts';
import { placeholdersResolve } from './prompt.ts';
import { toleranceUnambiguous } from './tolerance.ts';
import { thresholdNotDrawn } from './threshold.ts';
import { translationsKnown } from './translation-keys.ts';
import { translationsComplete } from './translations.ts';
import { sampledVariantsEvaluate } from './variants.ts';

/** A rule and the top-level keys it reads: it runs only when the schema found those well-formed. */
export interface RuleEntry {
  readonly rule: Rule;
  readonly reads: readonly (keyof ExerciseSpec)[];
}

const EXPRESSIONS = ['params', 'answer', 'misconceptions'] as const;
/** What is written for a reader, in English and in `translations`. */
const COURSE_TEXT = ['title', 'prompt', 'hints', 'answer', 'misconceptions', 'translations'] as const;

export const exerciseRules: readonly RuleEntry[] = [
  { rule: paramsInRange, reads: ['params', 'answer'] },
  { rule: expressionsParse, reads: EXPRESSIONS },
  { rule: derivedParamsAcyclic, reads: EXPRESSIONS },
  { rule: placeholdersResolve, reads: ['prompt', 'hints', 'translations'] },
  { rule: translationsComplete, reads: COURSE_TEXT },
  { rule: translationsKnown, reads: COURSE_TEXT },
  { rule: choiceAnswerConsistent, reads: ['answer'] },
  { rule: misconceptionsResolve, reads: ['answer', 'misconceptions'] },
  { rule: toleranceUnambiguous, reads: ['answer'] },
  { rule: defaultVariantEvaluates, reads: EXPRESSIONS },
  { rule: functionAnswerConsistent, reads: ['id', ...EXPRESSIONS] },
  { rule: sampledVariantsEvaluate, reads: ['id', ...EXPRESSIONS] },
  { rule: thresholdNotDrawn, reads: ['id', ...EXPRESSIONS] },
];

export { ExerciseContext, type CheckOptions, type Rule } from './context.ts';
