/**
 * The month after a `YYYY-MM` month.
 *
 * @example
 * ```ts
 * nextMonth('2020-12'); // '2021-01'
 * ```
 */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
