// One entry of the course's catalogue of classic mistakes. Its title and feedback are
// sentences of the message catalogues (`misconception.<id>.title`, `.feedback` in
// reports/messages/<lang>.yaml), so that every language has them.
import type { CATALOGUE_MISCONCEPTIONS } from '../../messages/codes/catalogue-ids.ts';

export interface CatalogueEntry {
  readonly id: (typeof CATALOGUE_MISCONCEPTIONS)[number];
  /** A formula over `expected`; absent when every exercise must give its own. */
  readonly reference?: string;
}
