// Classic mistakes with the sigmoid, softmax and the sigmoid's derivative (vanishing gradients).
import type { CatalogueEntry } from './entry.ts';

export const sigmoidSoftmaxMistakes: readonly CatalogueEntry[] = [
  {
    id: 'sigmoid-instead-of-softmax',
    title: 'Sigmoid of each logit instead of softmax',
    feedback:
      'These are the sigmoid values of each logit on its own; they do not sum to 1, so they are not a distribution over the classes. Softmax divides e^zᵢ by the sum of e^zⱼ over all classes.',
  },
  {
    id: 'threshold-direction',
    title: 'The decision threshold read the wrong way round',
    feedback: 'A sigmoid output ŷ is P(y = 1 | x): the class is 1 when ŷ is greater than 0.5 and 0 otherwise, not the other way round.',
    reference: '1 - expected',
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
    id: 'softmax-overflow',
    title: 'Softmax without subtracting the largest logit',
    feedback:
      'Your softmax takes e^zᵢ of the logits as they are: for large logits such as 1000, e^z overflows to Infinity, and Infinity / Infinity is NaN (for logits such as −1000 it is 0 / 0). Subtract the largest logit from every logit first: softmax(z − max z) = softmax(z), and the largest exponential is then e⁰ = 1.',
  },
];
