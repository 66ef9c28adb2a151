// The public API of the reference implementation (`import … from 'ml-exercise-grader/reference'`).
export * from './activations.ts';
export * from './decisions.ts';
export * from './derivatives.ts';
export * from './logarithms.ts';
export * from './losses.ts';
export * from './probability.ts';
export { referenceFunctions, getReferenceFunction } from './registry.ts';
export type { ReferenceFunction, ReferenceParam } from './registry.ts';
export { checkKind, shapeOf, SHAPE_OF_KIND, VALUE_KINDS } from './values.ts';
export type { Matrix, Shape, Value, ValueKind, Vector } from './values.ts';

/**
 * The version of the reference implementation. Bump it whenever a function's result
 * changes: batch grading keys its cache of finished students on it. 2: `decide` gives
 * class 0 at ŷ = threshold (the notes' "greater than").
 */
export const REFERENCE_VERSION = '2';
