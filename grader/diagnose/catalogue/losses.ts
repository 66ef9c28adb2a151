// Classic mistakes in binary and categorical cross-entropy: the logarithm, the mean, the sign, which term or class.
import type { CatalogueEntry } from './entry.ts';

export const lossMistakes: readonly CatalogueEntry[] = [
  {
    id: 'log10-instead-of-ln',
    reference: 'expected / ln(10)',
  },
  {
    id: 'log2-instead-of-ln',
    reference: 'expected / ln(2)',
  },
  {
    id: 'sum-instead-of-mean',
  },
  {
    id: 'swapped-y-and-yhat',
  },
  {
    id: 'missing-minus-sign',
    reference: '-expected',
  },
  {
    id: 'wrong-class-probability',
  },
  {
    id: 'summed-every-class',
  },
  {
    id: 'bce-wrong-term',
  },
  {
    id: 'class-index-off-by-one',
  },
  {
    id: 'log-yhat-for-every-label',
  },
  {
    id: 'bce-per-class',
  },
];
