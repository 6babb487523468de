import { roundRatio } from '@kampung-kb/indicators';

/** Decimals of the mean and median days to follow-up. */
export const DAY_DECIMALS = 1;

/** Calendar days from one ISO date to another (UTC dates: no time zone can shift them). */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The mean of whole day counts, rounded once to {@link DAY_DECIMALS} half away from zero; `null` when empty. */
export function meanDays(days: readonly number[]): number | null {
  if (days.length === 0) return null;
  return roundRatio(
    days.reduce((a, b) => a + b, 0),
    days.length,
    DAY_DECIMALS,
  );
}

/** The median of whole day counts (the mean of the two middle ones when even, rounded the same way). */
export function medianDays(days: readonly number[]): number | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return roundRatio((sorted[mid - 1] as number) + (sorted[mid] as number), 2, DAY_DECIMALS);
}
