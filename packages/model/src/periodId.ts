import { type Static, Type } from '@sinclair/typebox';
import type { Lang } from './label.js';
import { compareMonths, type IsoDate, lastDayOfMonth, type Month, parseMonth, shiftMonth } from './period.js';

/**
 * The DHIS2 period types the SDK aggregates over: month (`202001`), quarter (`2020Q1`), six-month
 * (`2020S1`, January–June) and calendar year (`2020`).
 */
export type PeriodType = 'month' | 'quarter' | 'sixMonth' | 'year';

/** The period types from the shortest to the longest. */
export const PERIOD_TYPES: readonly PeriodType[] = ['month', 'quarter', 'sixMonth', 'year'];

/** Pattern of a DHIS2 period id of one of the {@link PERIOD_TYPES}: `202001`, `2020Q1`, `2020S1` or `2020`. */
export const PERIOD_ID_PATTERN = '^[1-9][0-9]{3}((0[1-9]|1[0-2])|Q[1-4]|S[12])?$';

/**
 * A period id in DHIS2's grammar: month `yyyyMM` (`202001`), quarter `yyyyQn` (`2020Q1`), six-month
 * `yyyySn` (`2020S1` = January–June, `2020S2` = July–December) or year `yyyy` (`2020`). Read any of
 * them, or a first-slice month `2020-01`, with {@link parsePeriodId}.
 *
 * @example
 * ```ts
 * Value.Check(PeriodId, '2020Q1'); // true
 * Value.Check(PeriodId, '2020-01'); // false: parse it first
 * ```
 */
export const PeriodId = Type.String({
  $id: 'PeriodId',
  pattern: PERIOD_ID_PATTERN,
  description: 'DHIS2 period id: yyyyMM, yyyyQn, yyyySn or yyyy.',
});
/** @see {@link PeriodId} */
export type PeriodId = Static<typeof PeriodId>;

/** A period id taken apart. */
export interface ParsedPeriodId {
  /** The canonical DHIS2 id, e.g. `2020Q1`. */
  readonly id: PeriodId;
  readonly type: PeriodType;
  readonly year: number;
  /** 1-based position of the period in its year: the month (1–12), quarter (1–4), half (1–2) or 1. */
  readonly index: number;
  /** Number of the period's first month in the year (1–12). */
  readonly firstMonth: number;
  /** Number of the period's last month in the year (1–12). */
  readonly lastMonth: number;
}

const MONTHS_PER_PERIOD: Readonly<Record<PeriodType, number>> = {
  month: 1,
  quarter: 3,
  sixMonth: 6,
  year: 12,
};

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * The name of a month (1–12) in a language; `undefined` outside 1–12.
 *
 * @example
 * ```ts
 * monthName(12, 'id'); // 'Desember'
 * monthName(2, 'en');  // 'February'
 * ```
 */
export function monthName(month: number, lang: Lang): string | undefined {
  return MONTH_NAMES[lang][month - 1];
}

const ID_RE = /^([1-9][0-9]{3})(?:(0[1-9]|1[0-2])|([QqSs])([1-4]))?$/;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function build(type: PeriodType, year: number, index: number): ParsedPeriodId {
  const len = MONTHS_PER_PERIOD[type];
  const firstMonth = (index - 1) * len + 1;
  const id =
    type === 'month'
      ? `${year}${pad2(index)}`
      : type === 'quarter'
        ? `${year}Q${index}`
        : type === 'sixMonth'
          ? `${year}S${index}`
          : String(year);
  return { id, type, year, index, firstMonth, lastMonth: firstMonth + len - 1 };
}

/**
 * Reads a period id: DHIS2 month `202001`, quarter `2020Q1`, six-month `2020S1` or year `2020`, and also a
 * first-slice month `2020-01` (or `2020-1`, `2020/01`), which becomes the DHIS2 month `202001`. A lower-case
 * `q`/`s` is accepted. `undefined` when the text is none of these (`2020Q5`, `2020S3`, `202013`), or the year
 * is before 1000.
 *
 * @example
 * ```ts
 * parsePeriodId('2020-01'); // { id: '202001', type: 'month', year: 2020, index: 1, firstMonth: 1, lastMonth: 1 }
 * parsePeriodId('2020Q2');  // { id: '2020Q2', type: 'quarter', year: 2020, index: 2, firstMonth: 4, lastMonth: 6 }
 * parsePeriodId('2020Q5');  // undefined
 * ```
 */
export function parsePeriodId(input: string): ParsedPeriodId | undefined {
  const s = input.trim();
  const m = ID_RE.exec(s);
  if (m) {
    const year = Number(m[1]);
    if (m[2] !== undefined) return build('month', year, Number(m[2]));
    if (m[3] !== undefined) {
      const index = Number(m[4]);
      if (m[3] === 'Q' || m[3] === 'q') return build('quarter', year, index);
      return index <= 2 ? build('sixMonth', year, index) : undefined;
    }
    return build('year', year, 1);
  }
  const month = parseMonth(s);
  if (month === undefined || month.startsWith('0')) return undefined;
  return build('month', Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

/**
 * The type of a period id, or `undefined` when it is not one.
 *
 * @example
 * ```ts
 * periodType('2020S2'); // 'sixMonth'
 * periodType('2020-03'); // 'month'
 * ```
 */
export function periodType(id: string): PeriodType | undefined {
  return parsePeriodId(id)?.type;
}

/**
 * How many periods of a type make a year: 12, 4, 2 or 1.
 *
 * @example
 * ```ts
 * periodsInYear('quarter'); // 4
 * ```
 */
export function periodsInYear(type: PeriodType): number {
  return 12 / MONTHS_PER_PERIOD[type];
}

/**
 * The number (1–12) of a period's last month in its year, that is how many months of the year have passed
 * when the period ends: `202005` → 5, `2020Q2` → 6, `2020S2` → 12, `2020` → 12. Pro-rating a yearly target
 * to a period multiplies by `monthIndexInYear(id) / 12`. `undefined` for an invalid id.
 *
 * @example
 * ```ts
 * monthIndexInYear('2020Q3'); // 9
 * ```
 */
export function monthIndexInYear(id: string): number | undefined {
  return parsePeriodId(id)?.lastMonth;
}

/**
 * The months of a period, as `YYYY-MM`, in order; empty for an invalid id.
 *
 * @example
 * ```ts
 * monthsOf('2020Q1'); // ['2020-01', '2020-02', '2020-03']
 * monthsOf('202012'); // ['2020-12']
 * ```
 */
export function monthsOf(id: string): Month[] {
  const p = parsePeriodId(id);
  if (!p) return [];
  const out: Month[] = [];
  for (let m = p.firstMonth; m <= p.lastMonth; m++) out.push(`${p.year}-${pad2(m)}`);
  return out;
}

/**
 * The period of a type containing a month (`2020-05`, also `202005`) or a date (`2020-05-17`); `undefined`
 * when the input is neither.
 *
 * @example
 * ```ts
 * periodContaining('2020-05', 'quarter'); // '2020Q2'
 * periodContaining('2020-07-01', 'sixMonth'); // '2020S2'
 * periodContaining('2020-05', 'month'); // '202005'
 * ```
 */
export function periodContaining(monthOrDate: string, type: PeriodType): PeriodId | undefined {
  const s = monthOrDate.trim();
  const month = parseMonth(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s) ? s.slice(0, 7) : s);
  if (month === undefined || month.startsWith('0')) return undefined;
  const m = Number(month.slice(5, 7));
  const index = Math.floor((m - 1) / MONTHS_PER_PERIOD[type]) + 1;
  return build(type, Number(month.slice(0, 4)), index).id;
}

/**
 * The period of the same type just before: `2020Q1` → `2019Q4`, `202001` → `201912`. `undefined` for an
 * invalid id or before year 1000.
 *
 * @example
 * ```ts
 * previousPeriod('2020Q1'); // '2019Q4'
 * previousPeriod('2020S2'); // '2020S1'
 * ```
 */
export function previousPeriod(id: string): PeriodId | undefined {
  const p = parsePeriodId(id);
  return p && shiftedPeriod(p, -MONTHS_PER_PERIOD[p.type]);
}

/**
 * The period of the same type just after: `2019Q4` → `2020Q1`, `201912` → `202001`. `undefined` for an
 * invalid id or after year 9999.
 *
 * @example
 * ```ts
 * nextPeriod('201912'); // '202001'
 * ```
 */
export function nextPeriod(id: string): PeriodId | undefined {
  const p = parsePeriodId(id);
  return p && shiftedPeriod(p, MONTHS_PER_PERIOD[p.type]);
}

/**
 * The same period one year earlier: `2020Q1` → `2019Q1`, `202002` → `201902`, `2020` → `2019`.
 *
 * @example
 * ```ts
 * samePeriodLastYear('2020S2'); // '2019S2'
 * ```
 */
export function samePeriodLastYear(id: string): PeriodId | undefined {
  const p = parsePeriodId(id);
  return p && shiftedPeriod(p, -12);
}

/** The first month of a period, `YYYY-MM`. */
function firstMonthOf(p: ParsedPeriodId): Month {
  return `${p.year}-${pad2(p.firstMonth)}`;
}

/**
 * The period of the same type containing the period's first month shifted by `months` (through
 * {@link shiftMonth}, the one month arithmetic); `undefined` outside the years 1000–9999.
 */
function shiftedPeriod(p: ParsedPeriodId, months: number): PeriodId | undefined {
  return periodContaining(shiftMonth(firstMonthOf(p), months), p.type);
}

/**
 * Every period of a type in a year, in order.
 *
 * @example
 * ```ts
 * periodsOfYear(2020, 'sixMonth'); // ['2020S1', '2020S2']
 * ```
 */
export function periodsOfYear(year: number, type: PeriodType): PeriodId[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return [];
  const out: PeriodId[] = [];
  for (let i = 1; i <= periodsInYear(type); i++) out.push(build(type, year, i).id);
  return out;
}

/**
 * The first day of a period, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * periodStart('2020Q2'); // '2020-04-01'
 * ```
 */
export function periodStart(id: string): IsoDate | undefined {
  const p = parsePeriodId(id);
  return p ? `${p.year}-${pad2(p.firstMonth)}-01` : undefined;
}

/**
 * The last day of a period, `YYYY-MM-DD` (leap years included).
 *
 * @example
 * ```ts
 * periodEnd('202002'); // '2020-02-29'
 * periodEnd('2020S1'); // '2020-06-30'
 * ```
 */
export function periodEnd(id: string): IsoDate | undefined {
  const p = parsePeriodId(id);
  return p ? lastDayOfMonth(`${p.year}-${pad2(p.lastMonth)}`) : undefined;
}

/**
 * Orders period ids by start, then by end (so a period sorts before a longer one starting with it:
 * `202001` < `2020Q1` < `2020S1` < `2020` < `202002`). Invalid ids sort after valid ones, by their text.
 *
 * @example
 * ```ts
 * ['2020Q2', '2020', '201912'].sort(comparePeriods); // ['201912', '2020', '2020Q2']
 * ```
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriodId(a);
  const pb = parsePeriodId(b);
  if (!pa || !pb) {
    if (pa) return -1;
    if (pb) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return compareMonths(firstMonthOf(pa), firstMonthOf(pb)) || pa.lastMonth - pb.lastMonth;
}

/**
 * A period written out: `Januari 2020` / `January 2020`, `Triwulan I 2020` / `Q1 2020`,
 * `Semester I 2020` / `H1 2020`, `Tahun 2020` / `2020`. An invalid id comes back as given.
 *
 * @example
 * ```ts
 * periodLabel('2020Q1', 'id'); // 'Triwulan I 2020'
 * periodLabel('2020S2', 'en'); // 'H2 2020'
 * periodLabel('2020-01', 'id'); // 'Januari 2020'
 * ```
 */
export function periodLabel(id: string, lang: Lang): string {
  const p = parsePeriodId(id);
  if (!p) return id;
  switch (p.type) {
    case 'month':
      return `${MONTH_NAMES[lang][p.index - 1] ?? ''} ${p.year}`;
    case 'quarter':
      return lang === 'id' ? `Triwulan ${ROMAN[p.index - 1] ?? ''} ${p.year}` : `Q${p.index} ${p.year}`;
    case 'sixMonth':
      return lang === 'id' ? `Semester ${ROMAN[p.index - 1] ?? ''} ${p.year}` : `H${p.index} ${p.year}`;
    default:
      return lang === 'id' ? `Tahun ${p.year}` : String(p.year);
  }
}
