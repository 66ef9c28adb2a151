// Classic mistakes with probabilities: the complement, percentages, odds, counting the favourable outcomes.
import type { CatalogueEntry } from './entry.ts';

export const probabilityMistakes: readonly CatalogueEntry[] = [
  {
    id: 'forgot-complement',
    reference: '1 - expected',
  },
  {
    id: 'percent-instead-of-probability',
    reference: '100 * expected',
  },
  {
    id: 'odds-instead-of-probability',
  },
  {
    id: 'at-most-as-less-than',
  },
];
