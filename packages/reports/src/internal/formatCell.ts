import { roundDecimal } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import type { ReportCell } from '../reportDocument.js';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maxDecimals: number, minDecimals = 0): Intl.NumberFormat {
  const key = `${lang}:${maxDecimals}:${minDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Text of a number in the report language: `1.234,5` in Indonesian, `1,234.5` in English. The number is
 * rounded half away from zero on its decimal value first ({@link roundDecimal}), so the formatter never
 * rounds a binary fraction on its own.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  return numberFormat(lang, maxDecimals).format(roundDecimal(value, maxDecimals));
}

/**
 * Text of a number with exactly `decimals` decimals (`42,0` next to `44,7`), rounded half away from zero
 * on its decimal value first: how every percentage of a table column reads evenly.
 */
export function formatFixed(value: number, lang: Lang, decimals: number): string {
  return numberFormat(lang, decimals, decimals).format(roundDecimal(value, decimals));
}

/** Percentages are shown to one decimal: `43,5 %` in Indonesian, `43.5 %` in English. */
export const PERCENT_DECIMALS = 1;

/** The mark of a figure hidden by the disclosure control of a public report. */
export const HIDDEN_MARK = '×';

/** Plain text of a cell; `—` for a missing value. */
export function cellText(cell: ReportCell, lang: Lang): string {
  if (cell === null) return '—';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return formatNumber(cell, lang);
  switch (cell.kind) {
    case 'suppressed':
      return `<${cell.below}`;
    case 'hidden':
      return HIDDEN_MARK;
    case 'percent':
      return cell.value === null
        ? '—'
        : `${formatFixed(cell.value, lang, cell.decimals ?? PERCENT_DECIMALS)} %`;
    case 'level':
      return cell.label;
  }
}

/** Whether a cell holds a number-like value (right-aligned by default). */
export function isNumeric(cell: ReportCell): boolean {
  return typeof cell === 'number' || (cell !== null && typeof cell === 'object' && cell.kind !== 'level');
}
