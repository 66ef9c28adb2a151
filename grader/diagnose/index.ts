export { misconceptionCatalogue, type CatalogueEntry } from './catalogue.ts';
export { resolveMisconceptions, type MisconceptionProblem, type Resolved, type ResolvedMisconception } from './resolve.ts';
