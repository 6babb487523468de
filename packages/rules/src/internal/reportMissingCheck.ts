import { DATE_PATTERN, monthIndex, monthOfIndex } from '@kampung-kb/model';
import type { IssueSink, RecordRef } from './issueSink.js';
import { FIRST, type MonthSlots, NO_ROW } from './monthSlots.js';

const DATE_RE = new RegExp(DATE_PATTERN);
/** At most this many months are named in a message (the values hold them all). */
const MAX_NAMED_RANGES = 12;

/** `2020-03..2020-05, 2020-08` style runs of month numbers, for the message. */
function ranges(months: readonly number[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < months.length) {
    let j = i;
    while (j + 1 < months.length && (months[j + 1] as number) === (months[j] as number) + 1) j++;
    const a = monthOfIndex(months[i] as number);
    out.push(j === i ? a : `${a}–${monthOfIndex(months[j] as number)}`);
    i = j + 1;
  }
  return out;
}

/**
 * `report-missing`: the months from the kampung's designation (or `firstMonth`, the first month of the data,
 * if later) to `lastMonth` (the latest month of the data) with no monthly report, as one warning naming
 * them. `slots` are the kampung's months with a report (`undefined`: none at all).
 */
export function reportMissingMonths(
  sink: IssueSink,
  ref: RecordRef,
  designationDate: string,
  slots: MonthSlots | undefined,
  firstMonth: number,
  lastMonth: number,
): void {
  if (!DATE_RE.test(designationDate)) return;
  const kampungId = String((ref.record as { id: unknown }).id);
  const from = Math.max(monthIndex(designationDate.slice(0, 7)), firstMonth);
  const missing: number[] = [];
  for (let m = from; m <= lastMonth; m++) {
    if (!slots || slots.get(m, FIRST) === NO_ROW) missing.push(m);
  }
  if (missing.length === 0) return;
  const runs = ranges(missing);
  const named =
    runs.length > MAX_NAMED_RANGES ? `${runs.slice(0, MAX_NAMED_RANGES).join(', ')}, …` : runs.join(', ');
  const count = missing.length;
  const total = lastMonth - from + 1;
  const span = total === 1 ? monthOfIndex(from) : `${monthOfIndex(from)}–${monthOfIndex(lastMonth)}`;
  sink.report(
    ref,
    'report-missing',
    'report-missing',
    {},
    {
      kampungId,
      months: missing.map(monthOfIndex).join(', '),
      count,
      from: monthOfIndex(from),
      to: monthOfIndex(lastMonth),
    },
    {
      id: `Kampung ${kampungId}: tidak ada laporan bulanan untuk ${named} (${count} dari ${total} bulan yang diharapkan, ${span})`,
      en: `Kampung ${kampungId}: no monthly report for ${named} (${count} of ${total} month${total === 1 ? '' : 's'} expected, ${span})`,
    },
  );
}
