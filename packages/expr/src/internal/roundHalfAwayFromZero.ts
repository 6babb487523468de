/** Moves the decimal point of `x` by `digits` places through its decimal text, so no binary error creeps in. */
function shift(x: number, digits: number): number {
  const [mantissa, exponent] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + digits}`);
}

/**
 * Rounds `x` to `digits` decimal places (negative digits round to tens, hundreds …), halves away from zero,
 * on the decimal value as written: 1.005 → 1.01, -2.5 → -3. Never uses `toFixed`.
 */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const magnitude = shift(Math.round(shift(Math.abs(x), digits)), -digits);
  return magnitude === 0 ? 0 : x < 0 ? -magnitude : magnitude;
}
