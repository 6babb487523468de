/**
 * Rounds to the nearest integer, ties to the even neighbour: the C `rint()` that PostgreSQL's `round()`
 * uses on `double precision`, and so what the Kampung KB portal's classification SQL applies to its
 * percentages. The tie test is on the double itself: `(23 / 40) * 100` is `57.49999999999999` in IEEE
 * doubles, so it rounds to 57 even though the exact 57.5 would round to 58.
 *
 * Non-finite input comes back unchanged.
 *
 * @example
 * ```ts
 * roundHalfEven(30.5); // 30
 * roundHalfEven(31.5); // 32
 * roundHalfEven(-2.5); // -2
 * roundHalfEven(0.49999999999999994); // 0
 * ```
 */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const floor = Math.floor(x);
  // Exact for every double: below 2^52 the difference is representable, above it x is an integer.
  const diff = x - floor;
  if (diff < 0.5) return floor + 0; // `+ 0` turns -0 into 0
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
