import { type Static, Type } from '@sinclair/typebox';

/** Pattern of a month period, `YYYY-MM`. */
export const MONTH_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';

/**
 * A reporting month in ISO 8601 year-month form, `2020-12`. The DHIS2 id of the same month is
 * `202012` ({@link monthToDhis2}).
 */
export const Month = Type.String({
  $id: 'Month',
  pattern: MONTH_PATTERN,
  description: 'Reporting month, YYYY-MM.',
});
/** @see {@link Month} */
export type Month = Static<typeof Month>;

/** Pattern of a calendar date, `YYYY-MM-DD`. */
export const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = Type.String({
  $id: 'IsoDate',
  pattern: DATE_PATTERN,
  description: 'Calendar date, YYYY-MM-DD.',
});
/** @see {@link IsoDate} */
export type IsoDate = Static<typeof IsoDate>;

const MONTH_RE = new RegExp(MONTH_PATTERN);
const DHIS2_MONTH_RE = /^([0-9]{4})(0[1-9]|1[0-2])$/;

/**
 * Reads a month written `2020-12`, `2020-1`, `202012` (DHIS2) or `2020/12`; `undefined` if it is none.
 *
 * @example
 * ```ts
 * parseMonth('202012'); // '2020-12'
 * parseMonth('2020-13'); // undefined
 * ```
 */
export function parseMonth(input: string): Month | undefined {
  const s = input.trim();
  if (MONTH_RE.test(s)) return s;
  const d = DHIS2_MONTH_RE.exec(s);
  if (d) return `${d[1]}-${d[2]}`;
  const loose = /^([0-9]{4})[-/]([0-9]{1,2})$/.exec(s);
  if (loose) {
    const m = Number(loose[2]);
    if (m >= 1 && m <= 12) return `${loose[1]}-${String(m).padStart(2, '0')}`;
  }
  return undefined;
}

/** Whether a `YYYY-MM-DD` string is a real calendar date (not 2021-02-30). */
export function isValidDate(date: string): boolean {
  if (!new RegExp(DATE_PATTERN).test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The DHIS2 period id of a month: `2020-12` → `202012`. */
export function monthToDhis2(month: Month): string {
  return month.replace('-', '');
}

/** The month a date falls in: `2020-12-05` → `2020-12`. */
export function monthOfDate(date: IsoDate): Month {
  return date.slice(0, 7);
}

/**
 * The month `delta` months after a `YYYY-MM` month (negative for earlier ones): the one month arithmetic
 * of the SDK (last month, the same month a year earlier, a 12-month window).
 *
 * @example
 * ```ts
 * shiftMonth('2020-01', -1); // '2019-12'
 * shiftMonth('2020-03', -12); // '2019-03'
 * ```
 */
export function shiftMonth(month: Month, delta: number): Month {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const total = y * 12 + (m - 1) + delta;
  const yy = Math.floor(total / 12);
  const mm = (total % 12) + 1;
  return `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
}

/** Compares two months (or dates) as strings sort: negative, zero or positive. */
export function compareMonths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The last day of a month, `2020-02` → `2020-02-29`. */
export function lastDayOfMonth(month: Month): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, '0')}`;
}
