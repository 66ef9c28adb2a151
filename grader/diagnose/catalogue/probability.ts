// Classic mistakes with probabilities: the complement, percentages, odds, counting the favourable outcomes.
import type { CatalogueEntry } from './entry.ts';

export const probabilityMistakes: readonly CatalogueEntry[] = [
  {
    id: 'forgot-complement',
    title: 'The complement forgotten',
    feedback: 'You gave the probability of the event itself. The question asks for the probability that it does not happen: P(not A) = 1 − P(A).',
    reference: '1 - expected',
  },
  {
    id: 'percent-instead-of-probability',
    title: 'A percentage where a probability was asked',
    feedback: 'You gave a percentage. A probability is a number between 0 and 1: write 0.25, not 25.',
    reference: '100 * expected',
  },
  {
    id: 'odds-instead-of-probability',
    title: 'Odds instead of a probability',
    feedback:
      'You divided the favourable outcomes by the unfavourable ones: those are odds. A probability divides by all possible outcomes: P(A) = favourable / possible.',
  },
  {
    id: 'at-most-as-less-than',
    title: '“At most k” read as “less than k”',
    feedback: 'You counted the outcomes below k, k − 1 of them. “At most k” includes k itself: the favourable outcomes are 1 to k, so P(X ≤ k) = k / n.',
  },
];
