// The exercise rules, in the order they run. Adding a check means adding a file and a line here.
import { choiceAnswerConsistent } from './choice.ts';
import type { Rule } from './context.ts';
import { defaultVariantEvaluates } from './default-variant.ts';
import { derivedParamsAcyclic, expressionsParse } from './expressions.ts';
import { functionAnswerConsistent } from './function-answer.ts';
import { misconceptionsResolve } from './misconceptions.ts';
import { paramsInRange } from './params.ts';
import { placeholdersResolve } from './prompt.ts';
import { toleranceUnambiguous } from './tolerance.ts';
import { sampledVariantsEvaluate } from './variants.ts';

export const exerciseRules: readonly Rule[] = [
  paramsInRange,
  expressionsParse,
  derivedParamsAcyclic,
  placeholdersResolve,
  choiceAnswerConsistent,
  misconceptionsResolve,
  toleranceUnambiguous,
  defaultVariantEvaluates,
  functionAnswerConsistent,
  sampledVariantsEvaluate,
];

export { ExerciseContext, type CheckOptions, type Rule } from './context.ts';
