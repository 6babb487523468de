import { roundDecimal } from '@kampung-kb/indicators';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number as a spreadsheet reads it whatever its locale: decimal point, no grouping, no exponent
 * (`1234.5`, `43.0`). With `decimals`, exactly that many (rounded half away from zero on the decimal value,
 * as the reports do); without, the number as it is, up to 10 decimals. `-0` is `0`.
 */
export function machineNumber(value: number, decimals?: number): string {
  const key = decimals === undefined ? 'free' : String(decimals);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      useGrouping: false,
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 10,
    });
    formatters.set(key, f);
  }
  const text = f.format(decimals === undefined ? value : roundDecimal(value, decimals));
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
