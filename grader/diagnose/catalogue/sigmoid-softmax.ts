// Classic mistakes with the sigmoid, softmax and the sigmoid's derivative (vanishing gradients).
import type { CatalogueEntry } from './entry.ts';

export const sigmoidSoftmaxMistakes: readonly CatalogueEntry[] = [
  {
    id: 'sigmoid-instead-of-softmax',
  },
  {
    id: 'threshold-direction',
    reference: '1 - expected',
  },
  {
    id: 'sigmoid-instead-of-derivative',
  },
  {
    id: 'sigmoid-max-as-half',
  },
  {
    id: 'normalised-logits',
  },
  {
    id: 'sign-of-exponent',
  },
  {
    id: 'tanh-instead-of-sigmoid',
  },
  {
    id: 'softmax-instead-of-sigmoid',
  },
  {
    id: 'exponentials-not-normalised',
  },
  {
    id: 'added-not-multiplied',
  },
  {
    id: 'sigmoid-derivative-one-factor',
  },
  {
    id: 'softmax-overflow',
  },
];
