export { expectedValues, evaluateText, type Expected, type MisconceptionValue } from './expected.ts';
