// Splitting a class into n shards by a stable hash of the student id, so that every
// machine of an array job picks its students without talking to the others.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as people count them: `--shard 2/4`. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `expected --shard i/n such as 1/4, got "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `the shard index must be between 1 and ${count || 'n'}, got "${text}"`;
  return { index, count };
}

export function shardOf(studentId: string, count: number): number {
  return (createHash('sha256').update(studentId).digest().readUInt32BE(0) % count) + 1;
}

export function inShard(studentId: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(studentId, shard.count) === shard.index;
}
