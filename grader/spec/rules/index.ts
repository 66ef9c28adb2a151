// The exercise rules, in the order they run. Adding a check means adding a file and a line here.
import { choiceAnswerConsistent } from './choice.ts';
import type { Rule } from './context.ts';
import { defaultVariantEvaluates } from './default-variant.ts';
import { derivedParamsAcyclic, expressionsParse } from './expressions.ts';
import { functionAnswerConsistent } from './function-answer.ts';
import { misconceptionsWellFormed } from './misconceptions.ts';
import { numbersFinite } from './numbers.ts';
import { paramsInRange } from './params.ts';
import { placeholdersResolve } from './prompt.ts';

export const exerciseRules: readonly Rule[] = [
  numbersFinite,
  paramsInRange,
  expressionsParse,
  derivedParamsAcyclic,
  placeholdersResolve,
  choiceAnswerConsistent,
  misconceptionsWellFormed,
  defaultVariantEvaluates,
  functionAnswerConsistent,
];

export { ExerciseContext, type CheckOptions, type Rule } from './context.ts';
