// A misconception named in a result: one of the catalogue's (its sentences are codes of their
// own), one the exercise defines (its text is the course's, given per language), the right
// values in the wrong order, or several that give the same value ("either … or …").
import { CATALOGUE_MISCONCEPTIONS } from './catalogue-ids.ts';

type CatalogueId = (typeof CATALOGUE_MISCONCEPTIONS)[number];
type CatalogueCodes = { readonly [K in `misconception.${CatalogueId}.${'title' | 'feedback'}`]: {} };

const catalogueCodes = Object.fromEntries(
  CATALOGUE_MISCONCEPTIONS.flatMap((id) => [
    [`misconception.${id}.title`, {}],
    [`misconception.${id}.feedback`, {}],
  ]),
) as CatalogueCodes;

export const misconceptionCodes = {
  ...catalogueCodes,
  /** Text the course wrote (an exercise's own misconception), in the reader's language. */
  'course-text': { text: 'course' },
  'misconception.classes-in-wrong-order.title': {},
  'misconception.classes-in-wrong-order.feedback': {},
  'misconception.classes-in-wrong-order.feedback-order': { order: 'value' },
  'misconception.either.title': { count: 'count' },
  'misconception.either.feedback': { count: 'count' },
} as const;
