/**
 * mulberry32: the small deterministic PRNG of the root benchmarks (bench/e2e, bench/reports), so that the same
 * seed always generates the same data.
 *
 * @example
 * const rand = rng(42);
 * rand(); // a number in [0, 1), the same on every run
 */
export function rng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
