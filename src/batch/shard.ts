// --shard K/N: a stable 1/N of the inputs chosen by a hash of each input's path relative to its argument, so N
// machines given the same arguments split a collection with no coordination and no overlap.
import { createHash } from 'node:crypto';
import { InvalidArgumentError } from 'commander';

export interface Shard { k: number; n: number }

export function parseShard(v: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new InvalidArgumentError('must be K/N with 1 <= K <= N, e.g. 2/8');
  return { k, n };
}

/** Shard number (1..n) of a key; 48 bits of sha256 keep the split even for any n a person would use. */
export function shardOf(key: string, n: number): number {
  const h = createHash('sha256').update(key, 'utf8').digest();
  return (h.readUIntBE(0, 6) % n) + 1;
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(key, shard.n) === shard.k;
}
