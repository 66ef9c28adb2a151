// The course's catalogue of classic mistakes, one file per part of the course. Exercises refer
// to an entry by name (`- use: log10-instead-of-ln`); an entry's `reference` is a formula over
// `expected` (the correct value) where the mistake is the same in every exercise, and the
// exercise gives its own formula over its parameters where it is not (`sigmoid.each(z)`).
import { activationMistakes } from './catalogue/activations.ts';
import type { CatalogueEntry } from './catalogue/entry.ts';
import { logarithmMistakes } from './catalogue/logarithms.ts';
import { lossMistakes } from './catalogue/losses.ts';
import { probabilityMistakes } from './catalogue/probability.ts';
import { sigmoidSoftmaxMistakes } from './catalogue/sigmoid-softmax.ts';

export type { CatalogueEntry } from './catalogue/entry.ts';

const entries: readonly CatalogueEntry[] = [...probabilityMistakes, ...sigmoidSoftmaxMistakes, ...activationMistakes, ...lossMistakes, ...logarithmMistakes];

export const misconceptionCatalogue: ReadonlyMap<string, CatalogueEntry> = new Map(entries.map((e) => [e.id, e]));
