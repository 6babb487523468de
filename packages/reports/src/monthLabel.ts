import { type Lang, monthName } from '@kampung-kb/model';

/**
 * A month written out in the report language.
 *
 * @example
 * ```ts
 * monthLabel('2020-12', 'id'); // 'Desember 2020'
 * monthLabel('2020-12', 'en'); // 'December 2020'
 * ```
 */
export function monthLabel(month: string, lang: Lang): string {
  const [y, m] = month.split('-');
  const name = monthName(Number(m), lang);
  return name === undefined ? month : `${name} ${y}`;
}

/**
 * A calendar date written out in the report language.
 *
 * @example
 * ```ts
 * dateLabel('2020-03-14', 'id'); // '14 Maret 2020'
 * ```
 */
export function dateLabel(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-');
  const name = monthName(Number(m), lang);
  return name === undefined ? date : `${Number(d)} ${name} ${y}`;
}
