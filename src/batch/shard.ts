import { createHash } from 'node:crypto';

export interface Shard {
  index: number; // 1-based
  count: number;
}

/** "2/8" → {index 2, count 8}; null when the text is not of that form. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/**
 * Whether a file belongs to the shard: by a hash of its output path, so the split does
 * not depend on which other files exist or on the order they were listed in, and every
 * file lands in exactly one of the N shards.
 */
export function inShard(key: string, shard: Shard): boolean {
  const h = createHash('sha1').update(key).digest();
  return h.readUInt32BE(0) % shard.count === shard.index - 1;
}
