// A seeded generator, so that a student's numbers depend only on who they are and what
// they are asked, never on order of grading or time. sha256 of the keys seeds sfc32.
import * as crypto from 'node:crypto';

/** Returns floats uniform in [0, 1). */
export type Rng = () => number;

export function createRng(...keys: readonly string[]): Rng {
  // Join with a separator that cannot occur inside keys' JSON encodings.
  const digest = sha256(JSON.stringify(keys));
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  // sfc32 (Chris Doty-Humphrey's Small Fast Counting generator).
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** crypto.hash is the one-shot form (Node 20.12 and later): the same digest, without a Hash object per call. */
const sha256: (text: string) => Buffer =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'buffer') : (text) => crypto.createHash('sha256').update(text).digest();

/** An integer uniform in [min, max]. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}
