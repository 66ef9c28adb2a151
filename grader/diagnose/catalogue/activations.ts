// Classic mistakes with step, ReLU, Leaky ReLU and ELU, and their derivatives.
import type { CatalogueEntry } from './entry.ts';

export const activationMistakes: readonly CatalogueEntry[] = [
  {
    id: 'leaky-slope-zero',
  },
  {
    id: 'leaky-slope-one',
  },
  {
    id: 'function-instead-of-derivative',
  },
  {
    id: 'elu-without-minus-one',
  },
  {
    id: 'elu-as-relu',
  },
  {
    id: 'sign-function-instead-of-step',
  },
  {
    id: 'elu-without-alpha',
  },
  {
    id: 'notes-leaky-slope',
  },
];
