import { timeZoneOfRegion, todayIn } from '@kampung-kb/model';

/**
 * The date the future-date check compares with: `--today` when given, else today in the programme's time
 * zone (WIB, WITA or WIT by the province of its city code; WIB without a programme), never the machine's.
 */
export function programmeToday(given: string | undefined, cityCode: string | undefined, now?: Date): string {
  if (given !== undefined) return given;
  const zone = (cityCode === undefined ? undefined : timeZoneOfRegion(cityCode)) ?? 'Asia/Jakarta';
  return todayIn(zone, now);
}
