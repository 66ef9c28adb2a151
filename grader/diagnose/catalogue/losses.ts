// Classic mistakes in binary and categorical cross-entropy: the logarithm, the mean, the sign, which term or class.
import type { CatalogueEntry } from './entry.ts';

export const lossMistakes: readonly CatalogueEntry[] = [
  {
    id: 'log10-instead-of-ln',
    title: 'Common logarithm instead of natural logarithm',
    feedback:
      // No worked numbers here: with the notes' ŷ = 0.8 they would be some students' expected value.
      'This is the value with log base 10. Cross-entropy uses the natural logarithm ln (log base e), as the notes and Keras do; log₁₀ gives a value ln(10) ≈ 2.3 times smaller.',
    reference: 'expected / ln(10)',
  },
  {
    id: 'log2-instead-of-ln',
    title: 'Logarithm base 2 instead of natural logarithm',
    feedback: 'This is the value with log base 2 (bits). Cross-entropy in this course uses the natural logarithm ln.',
    reference: 'expected / ln(2)',
  },
  {
    id: 'sum-instead-of-mean',
    title: 'Sum over the batch instead of the mean',
    feedback: 'You added the losses of the examples. The loss is their mean: divide the sum by the number of examples m (the 1/m in the formula).',
  },
  {
    id: 'swapped-y-and-yhat',
    title: 'y and ŷ swapped',
    feedback: 'You put the prediction ŷ where the true label y goes. The log is taken of the prediction: −[y ln ŷ + (1 − y) ln(1 − ŷ)].',
  },
  {
    id: 'missing-minus-sign',
    title: 'The minus sign of cross-entropy left out',
    feedback: 'The log of a probability is negative, so cross-entropy starts with a minus sign to make the loss positive: L = −Σ y ln ŷ.',
    reference: '-expected',
  },
  {
    id: 'wrong-class-probability',
    title: 'The probability of another class used in the loss',
    feedback: 'Categorical cross-entropy takes −ln of the probability the model gives to the true class (the 1 of the one-hot target), not of another class.',
  },
  {
    id: 'summed-every-class',
    title: 'Every class summed in categorical cross-entropy',
    feedback: 'You added −ln ŷᵢ over every class. The one-hot target keeps only the true class: the loss is −ln of the probability given to it.',
  },
  {
    id: 'bce-wrong-term',
    title: "The other class's term of binary cross-entropy",
    feedback: 'You took the log of the probability of the other class. For y = 1 the loss is −ln ŷ; for y = 0 it is −ln(1 − ŷ).',
  },
  {
    id: 'class-index-off-by-one',
    title: 'A 0-based class index read as 1-based',
    feedback: 'The class indices here start at 0: class 0 is the first entry of ŷ, class 1 the second. You read each index as if counting from 1.',
  },
  {
    id: 'log-yhat-for-every-label',
    title: '−ln ŷ for every example, also those with y = 0',
    feedback: 'You took −ln ŷ for every example. For an example with y = 0 the loss is −ln(1 − ŷ), the log of the probability the model gives to class 0: only the examples with y = 1 take −ln ŷ.',
  },
  {
    id: 'bce-per-class',
    title: 'Binary cross-entropy per class instead of categorical cross-entropy',
    feedback:
      "You applied binary cross-entropy to every class, −[yᵢ ln ŷᵢ + (1 − yᵢ) ln(1 − ŷᵢ)], and took the mean (what Keras' binary_crossentropy gives for a one-hot target). Categorical cross-entropy keeps only the true class's term: −ln of the probability the model gives to it.",
  },
];
