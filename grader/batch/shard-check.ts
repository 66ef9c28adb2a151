// Whether shard folders make one whole class: every shard 1..n of the same `--shard i/n`, each
// graded against the same course and roster (the records `grader grade --shard` writes in
// class-results.json). Anything else is refused before anything is written, but for missing
// shards when a partial merge is asked for.
import type { Problem } from '../problem.ts';
import type { PartialRecord, RunRecord } from '../report/index.ts';

export interface ShardRecord {
  /** The folder as the user named it, for messages. */
  readonly name: string;
  readonly folder: string;
  /** Its class-results.json, which problems name. */
  readonly file: string;
  readonly run?: RunRecord;
}

export interface ShardCheck {
  readonly problems: readonly Problem[];
  /** The shards missing from a partial merge. */
  readonly partial?: PartialRecord;
}

const unmarked = (shard: ShardRecord): Problem => ({
  code: 'shard-unmarked',
  severity: 'error',
  file: shard.file,
  message: `${shard.name} does not say which shard it is: it was graded without --shard i/n, or by an older grader; grade it again with --shard i/n`,
});

const otherCount = (shard: ShardRecord, count: number, first: ShardRecord, firstCount: number): Problem => ({
  code: 'shard-count-mismatch',
  severity: 'error',
  file: shard.file,
  message: `${shard.name} is one of ${count} shards, but ${first.name} is one of ${firstCount}`,
});

const otherRun = (shard: ShardRecord, what: 'course' | 'roster', first: ShardRecord): Problem => ({
  code: `shard-${what}-mismatch`,
  severity: 'error',
  file: shard.file,
  message:
    what === 'course'
      ? `${shard.name} was graded with another course than ${first.name} (its exercise files, course file, --assignment or grader differ)`
      : `${shard.name} was graded with another roster than ${first.name}`,
});

const sameIndex = (shard: ShardRecord, index: number, count: number, other: ShardRecord): Problem => ({
  code: 'shard-index-twice',
  severity: 'error',
  file: shard.file,
  message: `${shard.name} is shard ${index}/${count}, and so is ${other.name}`,
});

const missingShards = (missing: readonly number[], count: number, first: ShardRecord, partial: boolean): Problem => ({
  code: 'shard-missing',
  severity: partial ? 'warning' : 'error',
  file: first.folder,
  message:
    `missing: ${missing.map((i) => `shard ${i}/${count}`).join(', ')}, and the students graded there; ` +
    (partial ? 'the output is marked partial' : 'give every shard folder, or pass --partial to merge without them'),
});

export function checkShards(shards: readonly ShardRecord[], allowPartial: boolean): ShardCheck {
  const problems: Problem[] = [];
  const marked = shards.filter((s): s is ShardRecord & { run: RunRecord & { shard: NonNullable<RunRecord['shard']> } } => s.run?.shard !== undefined);
  for (const shard of shards) if (shard.run?.shard === undefined) problems.push(unmarked(shard));
  const [first] = marked;
  if (first === undefined) return { problems };
  const count = first.run.shard.count;
  const byIndex = new Map<number, ShardRecord>();
  for (const shard of marked) {
    const { index, count: its } = shard.run.shard;
    if (its !== count) problems.push(otherCount(shard, its, first, count));
    else if (byIndex.has(index)) problems.push(sameIndex(shard, index, count, byIndex.get(index)!));
    else byIndex.set(index, shard);
    if (shard.run.course !== first.run.course) problems.push(otherRun(shard, 'course', first));
    if (shard.run.roster !== first.run.roster) problems.push(otherRun(shard, 'roster', first));
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length === 0) return { problems };
  problems.push(missingShards(missing, count, first, allowPartial));
  return { problems, ...(allowPartial ? { partial: { shards: count, missing } } : {}) };
}
