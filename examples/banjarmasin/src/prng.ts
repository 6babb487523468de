/**
 * A small deterministic pseudo-random generator (mulberry32) and helpers. The same seed always gives
 * the same sequence on every platform, so the generated files are byte-identical run after run. The
 * Banjarmasin generator, the Balikpapan example and the family example's synthetic register all use it.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * mulberry32: a 32-bit state generator, good enough for synthetic data.
 *
 * @example
 * ```ts
 * mulberry32(1).int(1, 6); // the same die roll on every run
 * ```
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
  return rng;
}

/**
 * FNV-1a hash of a text, to derive one independent stream per kampung (or purpose) from the fixed seed.
 *
 * @example
 * ```ts
 * mulberry32(hashText('monthly:karang-joang'));
 * ```
 */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Splits an integer total into parts proportional to weights (largest remainder; ties to the earlier
 * part), so the parts always add up to the total exactly.
 *
 * @example
 * ```ts
 * apportion(10, [1, 1, 1]); // [4, 3, 3]
 * ```
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (total < 0 || !Number.isInteger(total)) throw new Error(`apportion: bad total ${total}`);
  if (sum <= 0) throw new Error('apportion: weights must add up to more than 0');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((p, q) => q.r - p.r || p.i - q.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts;
}
