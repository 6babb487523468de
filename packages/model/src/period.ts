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
  return monthOfIndex(monthIndex(month) + delta);
}

function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * A `YYYY-MM` month as a count of months since year 0 (`year × 12 + month − 1`), or `-1` when the text is no
 * such month (what {@link MONTH_PATTERN} accepts, month 01–12). It reads the text a character at a time, with no
 * regular expression or substring, so hot loops (one call per record) can use it; months that differ by `n`
 * have indices that differ by `n`. {@link monthOfIndex} is its inverse.
 *
 * @example
 * ```ts
 * monthIndex('2020-01'); // 24240
 * monthIndex('2020-12') - monthIndex('2019-12'); // 12
 * monthIndex('2020-13'); // -1
 * ```
 */
export function monthIndex(month: string): number {
  if (month.length !== 7 || month.charCodeAt(4) !== 45) return -1;
  const y0 = digitAt(month, 0);
  const y1 = digitAt(month, 1);
  const y2 = digitAt(month, 2);
  const y3 = digitAt(month, 3);
  const m0 = digitAt(month, 5);
  const m1 = digitAt(month, 6);
  if ((y0 | y1 | y2 | y3 | m0 | m1) < 0) return -1;
  const m = m0 * 10 + m1;
  if (m < 1 || m > 12) return -1;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 12 + m - 1;
}

/**
 * The `YYYY-MM` month of a {@link monthIndex} (months since year 0).
 *
 * @example
 * ```ts
 * monthOfIndex(24240); // '2020-01'
 * monthOfIndex(monthIndex('2020-03') - 12); // '2019-03'
 * ```
 */
export function monthOfIndex(index: number): Month {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/**
 * Every month from `from` to `to`, both included, in order; empty when `to` is before `from` or either is no
 * `YYYY-MM` month.
 *
 * @example
 * ```ts
 * monthRange('2019-11', '2020-02'); // ['2019-11', '2019-12', '2020-01', '2020-02']
 * monthRange('2020-02', '2020-01'); // []
 * ```
 */
export function monthRange(from: Month, to: Month): Month[] {
  const a = monthIndex(from);
  const b = monthIndex(to);
  if (a < 0 || b < 0) return [];
  const out: Month[] = [];
  for (let i = a; i <= b; i++) out.push(monthOfIndex(i));
  return out;
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
