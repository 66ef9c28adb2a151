// Classic mistakes with the logarithm tables of the notes: which base.
import type { CatalogueEntry } from './entry.ts';

export const logarithmMistakes: readonly CatalogueEntry[] = [
  {
    id: 'natural-instead-of-common-log',
    title: 'Natural logarithm where the common logarithm was asked',
    feedback: 'You gave ln(x). The common logarithm is log base 10: log₁₀(x) = ln(x) / ln(10).',
    reference: 'expected * ln(10)',
  },
  {
    id: 'common-instead-of-natural-log',
    title: 'Common logarithm where the natural logarithm was asked',
    feedback: 'You gave log₁₀(x). The natural logarithm is log base e: ln(x) = log₁₀(x) · ln(10).',
    reference: 'expected / ln(10)',
  },
  {
    id: 'log2-instead-of-log10',
    title: 'Logarithm base 2 where the common logarithm was asked',
    feedback: 'This is log₂(x). The common logarithm is log base 10: log₁₀(x) = ln(x) / ln(10).',
    reference: 'expected * ln(10) / ln(2)',
  },
];
