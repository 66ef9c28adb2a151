// The course's catalogue of classic mistakes. Exercises refer to an entry by name
// (`- use: log10-instead-of-ln`); an entry's `reference` is a formula over `expected`
// (the correct value) where the mistake is the same in every exercise, and the exercise
// gives its own formula over its parameters where it is not (`sigmoid.each(z)`).

export interface CatalogueEntry {
  readonly id: string;
  readonly title: string;
  readonly feedback: string;
  /** A formula over `expected`; absent when every exercise must give its own. */
  readonly reference?: string;
}

const entries: readonly CatalogueEntry[] = [
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
    id: 'sigmoid-instead-of-softmax',
    title: 'Sigmoid of each logit instead of softmax',
    feedback:
      'These are the sigmoid values of each logit on its own; they do not sum to 1, so they are not a distribution over the classes. Softmax divides e^zᵢ by the sum of e^zⱼ over all classes.',
  },
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
    id: 'probability-instead-of-percent',
    title: 'A probability where a percentage was asked',
    feedback: 'You gave a probability between 0 and 1, but the question asks for a percentage: multiply by 100.',
    reference: 'expected / 100',
  },
  {
    id: 'threshold-direction',
    title: 'The decision threshold read the wrong way round',
    feedback: 'A sigmoid output ŷ is P(y = 1 | x): the class is 1 when ŷ is greater than 0.5 and 0 otherwise, not the other way round.',
    reference: '1 - expected',
  },
  {
    id: 'leaky-slope-zero',
    title: "Leaky ReLU's slope taken as 0",
    feedback: 'With a slope of 0 for negative inputs this is plain ReLU. Leaky ReLU keeps a small slope (0.01 in the notes) so that negative inputs still pass a gradient.',
  },
  {
    id: 'leaky-slope-one',
    title: "Leaky ReLU's slope taken as 1",
    feedback: 'With a slope of 1 for negative inputs the function is the identity. Leaky ReLU multiplies negative inputs by a small slope (0.01 in the notes).',
  },
  {
    id: 'relu-derivative-at-zero',
    title: "A convention for ReLU′(0) the exercise does not accept",
    feedback: 'ReLU has no derivative at 0; libraries pick a value by convention. Check which value this exercise asks for at x = 0.',
  },
  {
    id: 'missing-minus-sign',
    title: 'The minus sign of cross-entropy left out',
    feedback: 'The log of a probability is negative, so cross-entropy starts with a minus sign to make the loss positive: L = −Σ y ln ŷ.',
    reference: '-expected',
  },
  {
    id: 'sigmoid-instead-of-derivative',
    title: 'σ(x) given instead of σ′(x)',
    feedback: "You computed the sigmoid itself. Its derivative is σ′(x) = σ(x)(1 − σ(x)), at most 0.25.",
  },
  {
    id: 'sigmoid-max-as-half',
    title: "σ(0) = 0.5 used as the largest slope instead of σ′(0) = 0.25",
    feedback: "0.5 is the sigmoid's value at 0, not its slope. Its derivative σ(x)(1 − σ(x)) is at most 0.25, so n layers shrink a gradient by at most 0.25ⁿ.",
  },
  {
    id: 'normalised-logits',
    title: 'Logits divided by their sum, without the exponential',
    feedback: 'Softmax exponentiates first: e^zᵢ / Σⱼ e^zⱼ. Dividing the logits by their sum does not give probabilities (a negative logit would give a negative value).',
  },
  {
    id: 'wrong-class-probability',
    title: 'The probability of another class used in the loss',
    feedback: 'Categorical cross-entropy takes −ln of the probability the model gives to the true class (the 1 of the one-hot target), not of another class.',
  },
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
    id: 'odds-instead-of-probability',
    title: 'Odds instead of a probability',
    feedback:
      'You divided the favourable outcomes by the unfavourable ones: those are odds. A probability divides by all possible outcomes: P(A) = favourable / possible.',
  },
  {
    id: 'sign-of-exponent',
    title: 'e^(+x) instead of e^(−x) in the sigmoid',
    feedback: 'You used e^(+x) in the denominator, which gives σ(−x). The sigmoid is σ(x) = 1 / (1 + e^(−x)): large x gives values near 1.',
  },
  {
    id: 'tanh-instead-of-sigmoid',
    title: 'tanh instead of the sigmoid',
    feedback: 'This is tanh(x), which ranges over (−1, 1). The sigmoid σ(x) = 1 / (1 + e^(−x)) ranges over (0, 1), so it can be read as a probability.',
  },
  {
    id: 'softmax-instead-of-sigmoid',
    title: 'Softmax where the sigmoid of each logit was asked',
    feedback: 'You normalised the outputs as softmax does. The question applies the sigmoid to each logit on its own, and those values need not sum to 1.',
  },
  {
    id: 'exponentials-not-normalised',
    title: "Softmax's exponentials without the division by their sum",
    feedback: 'These are e^zᵢ. Softmax divides each by their sum, Σⱼ e^zⱼ, so that the probabilities sum to 1.',
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
    id: 'log2-instead-of-log10',
    title: 'Logarithm base 2 where the common logarithm was asked',
    feedback: 'This is log₂(x). The common logarithm is log base 10: log₁₀(x) = ln(x) / ln(10).',
    reference: 'expected * ln(10) / ln(2)',
  },
  {
    id: 'added-not-multiplied',
    title: "Layers' derivatives added instead of multiplied",
    feedback: "The chain rule multiplies the layers' derivatives, so n sigmoid layers shrink a gradient by at most 0.25ⁿ, not 0.25 · n.",
  },
  {
    id: 'sigmoid-derivative-one-factor',
    title: "One factor of the sigmoid's derivative left out",
    feedback: "The sigmoid's derivative has two factors: σ′(x) = σ(x)(1 − σ(x)). You gave only one of them.",
  },
  {
    id: 'function-instead-of-derivative',
    title: 'The function given instead of its derivative',
    feedback: 'This is the activation itself. Its derivative is its slope at x: for example, ReLU′(x) is 1 for x > 0 and 0 for x < 0.',
  },
  {
    id: 'elu-without-minus-one',
    title: "ELU's −1 left out",
    feedback: 'For x ≤ 0, ELU is α(e^x − 1), which starts at 0 and tends to −α. Without the −1 it would jump to α at x = 0.',
  },
  {
    id: 'elu-as-relu',
    title: 'ReLU where ELU was asked',
    feedback: 'ReLU is 0 (with slope 0) for negative inputs. ELU is α(e^x − 1) there, a smooth curve towards −α, so negative inputs still pass a gradient α e^x.',
  },
  {
    id: 'sign-function-instead-of-step',
    title: 'The sign function instead of the step function',
    feedback: 'The step function outputs 1 for x ≥ 0 and 0 otherwise, not −1: its two outputs are the two classes 0 and 1.',
  },
];

export const misconceptionCatalogue: ReadonlyMap<string, CatalogueEntry> = new Map(entries.map((e) => [e.id, e]));
