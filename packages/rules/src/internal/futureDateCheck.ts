import { DATE_PATTERN, MONTH_PATTERN, timeZoneOfRegion, todayIn } from '@kampung-kb/model';
import { type IssueSink, type RecordRef, stringField } from './issueSink.js';
import type { ValidationContext } from './validationContext.js';

const DATE_RE = new RegExp(DATE_PATTERN);
const MONTH_RE = new RegExp(MONTH_PATTERN);

/** The time zone of a programme without a (known) city code: WIB, the capital's. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/**
 * The date future-date checks compare with when none is given: today in the programme's time zone (WIB,
 * WITA or WIT by the province of `cityCode`, see `timeZoneOfRegion`), not the machine's local date, so
 * that the same data gives the same issues on any machine.
 */
export function defaultToday(cityCode?: string, now: Date = new Date()): string {
  const zone = cityCode === undefined ? undefined : timeZoneOfRegion(cityCode);
  return todayIn(zone ?? DEFAULT_TIME_ZONE, now);
}

/** `future-date`: periods after the current month, designation and intervention dates after today. */
export function checkFutureDate(sink: IssueSink, ref: RecordRef, ctx: ValidationContext): void {
  if (!sink.isEnabled('future-date')) return;
  if (ref.type === 'profile' || ref.type === 'population' || ref.type === 'monthly') {
    const period = stringField(ref.record, 'period');
    if (period === undefined || !MONTH_RE.test(period) || period <= ctx.currentMonth) return;
    sink.report(
      ref,
      'future-date',
      'future-date',
      { field: 'period' },
      { period, currentMonth: ctx.currentMonth },
      {
        id: `Periode ${period} belum tiba (bulan berjalan ${ctx.currentMonth})`,
        en: `Period ${period} is in the future (current month ${ctx.currentMonth})`,
      },
    );
    return;
  }
  const field = ref.type === 'kampung' ? 'designationDate' : ref.type === 'intervention' ? 'date' : undefined;
  if (field === undefined) return;
  const date = stringField(ref.record, field);
  if (date === undefined || !DATE_RE.test(date) || date <= ctx.today) return;
  const what =
    field === 'designationDate'
      ? { id: 'Tanggal pencanangan', en: 'Designation date' }
      : { id: 'Tanggal intervensi', en: 'Intervention date' };
  sink.report(
    ref,
    'future-date',
    'future-date',
    { field },
    { date, today: ctx.today },
    {
      id: `${what.id} ${date} belum tiba (hari ini ${ctx.today})`,
      en: `${what.en} ${date} is in the future (today is ${ctx.today})`,
    },
  );
}
