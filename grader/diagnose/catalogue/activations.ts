// Classic mistakes with step, ReLU, Leaky ReLU and ELU, and their derivatives.
import type { CatalogueEntry } from './entry.ts';

export const activationMistakes: readonly CatalogueEntry[] = [
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
  {
    id: 'elu-without-alpha',
    title: "ELU's α left out",
    feedback: 'For x ≤ 0, ELU is α(e^x − 1). You computed e^x − 1, which is ELU with α = 1: multiply it by the α the question gives.',
  },
  {
    id: 'notes-leaky-slope',
    title: "The notes' slope 0.01 where the question gives another",
    feedback: "You used Leaky ReLU's usual slope, 0.01 as in the notes. This question gives its own slope for negative inputs: multiply x by that one.",
  },
];
