/**
 * Indonesia's three time zones: WIB (UTC+7, `Asia/Jakarta`), WITA (UTC+8, `Asia/Makassar`) and WIT
 * (UTC+9, `Asia/Jayapura`).
 *
 * @example
 * ```ts
 * const tz: IndonesianTimeZone = 'Asia/Makassar';
 * ```
 */
export type IndonesianTimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

/** Kemendagri province codes by time zone (Permendagri 58/2021 numbering; Papua's new provinces 93–96). */
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);
const WIB = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '61',
  '62',
]);

/**
 * The time zone of a region from the province part of its Kemendagri code (`63.71` → Kalimantan Selatan
 * → `Asia/Makassar`): Sumatra, Java, Kalimantan Barat and Tengah are WIB; Bali, Nusa Tenggara, Kalimantan
 * Selatan, Timur and Utara, and Sulawesi are WITA; Maluku and Papua are WIT. `undefined` for a code that
 * names no known province.
 *
 * @example
 * ```ts
 * timeZoneOfRegion('63.71');         // 'Asia/Makassar'
 * timeZoneOfRegion('31.71.01.1001'); // 'Asia/Jakarta'
 * timeZoneOfRegion('91.71');         // 'Asia/Jayapura'
 * ```
 */
export function timeZoneOfRegion(code: string): IndonesianTimeZone | undefined {
  const province = /^([1-9][0-9])(?:$|\.|[0-9])/.exec(code)?.[1];
  if (province === undefined) return undefined;
  if (WIB.has(province)) return 'Asia/Jakarta';
  if (WITA.has(province)) return 'Asia/Makassar';
  if (WIT.has(province)) return 'Asia/Jayapura';
  return undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (`YYYY-MM-DD`) in a time zone at an instant (default: now), from `Intl`; independent of
 * the machine's own time zone.
 *
 * @throws RangeError when `timeZone` is not an IANA time zone the runtime knows.
 *
 * @example
 * ```ts
 * todayIn('Asia/Jayapura', new Date('2020-12-31T16:00:00Z')); // '2021-01-01'
 * todayIn('Asia/Jakarta', new Date('2020-12-31T16:00:00Z'));  // '2020-12-31'
 * ```
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
