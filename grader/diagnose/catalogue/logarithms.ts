// Classic mistakes with the logarithm tables of the notes: which base.
import type { CatalogueEntry } from './entry.ts';

export const logarithmMistakes: readonly CatalogueEntry[] = [
  {
    id: 'natural-instead-of-common-log',
    reference: 'expected * ln(10)',
  },
  {
    id: 'common-instead-of-natural-log',
    reference: 'expected / ln(10)',
  },
  {
    id: 'log2-instead-of-log10',
    reference: 'expected * ln(10) / ln(2)',
  },
];
