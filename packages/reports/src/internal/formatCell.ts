import type { Lang } from '@kampung-kb/model';
import type { ReportCell } from '../reportDocument.js';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maxDecimals: number): Intl.NumberFormat {
  const key = `${lang}:${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      maximumFractionDigits: maxDecimals,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Text of a number in the report language: `1.234,5` in Indonesian, `1,234.5` in English. */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  return numberFormat(lang, maxDecimals).format(value);
}

/** Plain text of a cell; `—` for a missing value. */
export function cellText(cell: ReportCell, lang: Lang): string {
  if (cell === null) return '—';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return formatNumber(cell, lang);
  switch (cell.kind) {
    case 'suppressed':
      return `<${cell.below}`;
    case 'percent':
      return cell.value === null ? '—' : `${formatNumber(cell.value, lang, 1)} %`;
    case 'level':
      return cell.label;
  }
}

/** Whether a cell holds a number-like value (right-aligned by default). */
export function isNumeric(cell: ReportCell): boolean {
  return typeof cell === 'number' || (cell !== null && typeof cell === 'object' && cell.kind !== 'level');
}
