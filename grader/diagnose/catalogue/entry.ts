// One entry of the course's catalogue of classic mistakes.

export interface CatalogueEntry {
  readonly id: string;
  readonly title: string;
  readonly feedback: string;
  /** A formula over `expected`; absent when every exercise must give its own. */
  readonly reference?: string;
}
