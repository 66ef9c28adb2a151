export { misconceptionCatalogue, type CatalogueEntry } from './catalogue.ts';
export { resolveMisconceptions, type MisconceptionProblem, type Resolved, type ResolvedMisconception } from './resolve.ts';
export { diagnosisOf } from './either.ts';
export { permutationOf, permutedClasses, PERMUTED_CLASSES_ID } from './permutation.ts';
