// What a class summary records of the run that graded it: `grader merge` checks shards by it,
// and a partial merge says there what it left out.

/** The run that graded the students, so that `grader merge` can tell whether shards belong together. */
export interface RunRecord {
  /** The course's fingerprint (courseFingerprint of the spec files, the assignment graded and the grader; not the templates). */
  readonly course: string;
  /** The roster's fingerprint (rosterFingerprint). */
  readonly roster: string;
  /** Set on the output of `grader grade --shard i/n`. */
  readonly shard?: { readonly index: number; readonly count: number };
}

/** What a partial merge left out. */
export interface PartialRecord {
  /** The n of `--shard i/n`. */
  readonly shards: number;
  /** The shard indices (1-based) that were not merged. */
  readonly missing: readonly number[];
}
