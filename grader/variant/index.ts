export { createRng, randomInt, type Rng } from './rng.ts';
export { drawParam, type DrawnParamSpec } from './draw.ts';
export { drawVariant, type VariantKey, type VariantProblem, type VariantResult, type VariantValues } from './variant.ts';
export { drawRandomCases, type CaseSeed } from './cases.ts';
