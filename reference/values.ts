// The values reference functions take and return, and the checks of their kinds.

export type Vector = readonly number[];
export type Matrix = readonly (readonly number[])[];
export type Value = number | Vector | Matrix;

/**
 * The kinds of value a reference function's parameter accepts. Each kind narrows a shape
 * (scalar, vector, matrix) with a rule on its entries, so that the exercise validator can
 * say "yHat must be a probability-vector" rather than only "wrong type".
 */
export type ValueKind =
  | 'number'
  | 'integer'
  | 'probability'
  | 'label' // 0 or 1
  | 'vector'
  | 'integer-vector'
  | 'label-vector'
  | 'probability-vector'
  | 'distribution' // a probability vector that sums to 1
  | 'one-hot'
  | 'matrix'
  | 'probability-matrix'
  | 'distribution-matrix' // every row a distribution
  | 'one-hot-matrix';

export type Shape = 'scalar' | 'vector' | 'matrix';

export const SHAPE_OF_KIND: Readonly<Record<ValueKind, Shape>> = {
  number: 'scalar',
  integer: 'scalar',
  probability: 'scalar',
  label: 'scalar',
  vector: 'vector',
  'integer-vector': 'vector',
  'label-vector': 'vector',
  'probability-vector': 'vector',
  distribution: 'vector',
  'one-hot': 'vector',
  matrix: 'matrix',
  'probability-matrix': 'matrix',
  'distribution-matrix': 'matrix',
  'one-hot-matrix': 'matrix',
};

export function shapeOf(value: Value): Shape {
  if (typeof value === 'number') return 'scalar';
  return value.length > 0 && Array.isArray(value[0]) ? 'matrix' : 'vector';
}

const SUM_TOLERANCE = 1e-6;

const isProbability = (x: number): boolean => x >= 0 && x <= 1;
const isLabel = (x: number): boolean => x === 0 || x === 1;
const sums = (v: Vector): number => v.reduce((s, x) => s + x, 0);
const isOneHot = (v: Vector): boolean => v.every(isLabel) && sums(v) === 1;
const isDistributionVector = (v: Vector): boolean =>
  v.every(isProbability) && Math.abs(sums(v) - 1) <= SUM_TOLERANCE;

type Check = (value: Value) => string | undefined;

const scalar = (rule: (x: number) => boolean, expected: string): Check => (value) => {
  if (typeof value !== 'number') return `expected ${expected}, got a ${shapeOf(value)}`;
  if (Number.isNaN(value) || !rule(value)) return `expected ${expected}, got ${value}`;
  return undefined;
};

const vector = (rule: (v: Vector) => boolean, expected: string): Check => (value) => {
  if (shapeOf(value) !== 'vector') return `expected ${expected}, got a ${shapeOf(value)}`;
  const v = value as Vector;
  if (v.length === 0) return `expected ${expected}, got an empty vector`;
  if (v.some(Number.isNaN) || !rule(v)) return `expected ${expected}, got [${v.join(', ')}]`;
  return undefined;
};

const matrix = (rule: (row: Vector) => boolean, expected: string): Check => (value) => {
  if (shapeOf(value) !== 'matrix') return `expected ${expected}, got a ${shapeOf(value)}`;
  const rows = value as Matrix;
  const width = rows[0]!.length;
  if (rows.some((row) => row.length !== width)) return `expected ${expected}, got rows of different lengths`;
  const bad = rows.findIndex((row) => row.some(Number.isNaN) || !rule(row));
  return bad === -1 ? undefined : `expected ${expected}, row ${bad} is [${rows[bad]!.join(', ')}]`;
};

const CHECKS: Readonly<Record<ValueKind, Check>> = {
  number: scalar(() => true, 'a number'),
  integer: scalar(Number.isInteger, 'an integer'),
  probability: scalar(isProbability, 'a probability in [0, 1]'),
  label: scalar(isLabel, 'a label, 0 or 1'),
  vector: vector(() => true, 'a vector of numbers'),
  'integer-vector': vector((v) => v.every(Number.isInteger), 'a vector of integers'),
  'label-vector': vector((v) => v.every(isLabel), 'a vector of labels (0 or 1)'),
  'probability-vector': vector((v) => v.every(isProbability), 'a vector of probabilities in [0, 1]'),
  distribution: vector(isDistributionVector, 'a probability distribution (entries in [0, 1] summing to 1)'),
  'one-hot': vector(isOneHot, 'a one-hot vector (a single 1, the rest 0)'),
  matrix: matrix(() => true, 'a matrix of numbers'),
  'probability-matrix': matrix((row) => row.every(isProbability), 'a matrix of probabilities'),
  'distribution-matrix': matrix(isDistributionVector, 'a matrix of probability distributions (each row in [0, 1], summing to 1)'),
  'one-hot-matrix': matrix(isOneHot, 'a matrix of one-hot rows'),
};

/** Why `value` is not of `kind`, or undefined when it is. */
export function checkKind(kind: ValueKind, value: Value): string | undefined {
  return CHECKS[kind](value);
}

export const VALUE_KINDS = Object.keys(SHAPE_OF_KIND) as ValueKind[];
