import type { IndicatorResult } from './indicatorResult.js';

/** The CSV columns, in order. */
const COLUMNS = [
  'indicatorId',
  'version',
  'level',
  'orgUnit',
  'period',
  'numerator',
  'denominator',
  'value',
  'nullReason',
  'kampung',
  'anyMissing',
  'targetRegionCode',
  'targetValue',
  'achievement',
  'onTrack',
  'previousPeriod',
  'previousValue',
  'previousChange',
  'previousChangePercent',
  'lastYearPeriod',
  'lastYearValue',
  'lastYearChange',
  'lastYearChangePercent',
] as const;

function cell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Indicator results as CSV (RFC 4180: comma-separated, CRLF line ends, quoted when needed), one row per
 * result with a header. Numbers are written as JavaScript prints them (`43.33`, a dot as the decimal
 * separator); `null` is an empty cell, so a missing value is never confused with 0; booleans are
 * `true`/`false`. Target and trend columns are empty when the result has none.
 *
 * @example
 * ```ts
 * indicatorResultsToCsv(rows).split('\r\n')[0];
 * // 'indicatorId,version,level,orgUnit,period,numerator,denominator,value,nullReason,kampung,anyMissing,…'
 * ```
 */
export function indicatorResultsToCsv(results: Iterable<IndicatorResult>): string {
  const lines: string[] = [COLUMNS.join(',')];
  for (const r of results) {
    const row = [
      r.indicatorId,
      r.version,
      r.level,
      r.orgUnit,
      r.period,
      r.numerator,
      r.denominator,
      r.value,
      r.nullReason,
      r.kampung,
      r.anyMissing,
      r.target?.regionCode,
      r.target?.value,
      r.target?.achievement,
      r.target?.onTrack,
      r.previousPeriod?.period,
      r.previousPeriod?.value,
      r.previousPeriod?.change.absolute,
      r.previousPeriod?.change.relative,
      r.samePeriodLastYear?.period,
      r.samePeriodLastYear?.value,
      r.samePeriodLastYear?.change.absolute,
      r.samePeriodLastYear?.change.relative,
    ];
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
