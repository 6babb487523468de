import type { IndicatorDefinition } from '../../engine/indicatorDefinition.js';
import { BKKBN_PB } from './citations.js';
import { COUNT, percent, ratioIndicator } from './ratioIndicator.js';

const MKJP =
  'MKJP = IUD + implant + MOW + MOP as the Kampung KB portal counts it (github.com/willyprmn/Kampung-KB @b1229f7, database/sql/statistik/classification/kampung.sql)';
const DROPOUT =
  'BKKBN (2007): a drop-out is an acceptor who stops for more than 3 months, quoted in text-id.123dok.com/document/lzggjmvzo';

/**
 * New acceptors and drop-outs by method, from the monthly report's flows:
 *
 * - `new-acceptors-by-method.<method>`: new acceptors (peserta KB baru) of the method in the period, a
 *   count summed over months and kampung;
 * - `mkjp-share-new-acceptors`: new acceptors of MKJP (IUD, MOW, MOP, implant) per new acceptor of the
 *   portal's seven methods ×100, two decimals like `mkjp-share`;
 * - `dropout-rate-by-method.<method>`: drop-outs of the method in the period per (users of the method at
 *   the start of the period + its new acceptors in the period) ×100, two decimals.
 *
 * Null vs zero: the model says a method left out of `newAcceptors` or `dropouts` is unknown, not zero. So a
 * method no month of the group reports is `no-data` (for the drop-out rate: the drop-outs, the new
 * acceptors or the previous period's users of the method missing); a reported 0 is 0; a drop-out
 * denominator of 0 (no users at the start, no new acceptors) is `zero-denominator`. For the MKJP share,
 * methods left out are left out of both sums; no new-acceptor count at all is `no-data`, only zeros is
 * `zero-denominator`.
 *
 * @example
 * ```ts
 * ACCEPTOR_INDICATORS.map((d) => d.id);
 * // ['new-acceptors-by-method', 'mkjp-share-new-acceptors', 'dropout-rate-by-method']
 * ```
 */
export const ACCEPTOR_INDICATORS: readonly IndicatorDefinition[] = [
  ratioIndicator({
    id: 'new-acceptors-by-method',
    forEach: 'contraceptiveMethods',
    name: { id: 'Peserta KB baru: {label}', en: 'New acceptors: {label}' },
    definition: {
      id: 'Jumlah peserta KB baru {name} dalam periode (arus: dijumlah per bulan dan per kampung). Metode yang tidak dilaporkan sama sekali tidak bernilai (tidak diketahui), bukan 0.',
      en: 'New acceptors of {name} during the period (a flow: summed over months and kampung). A method never reported has no value (unknown), not 0.',
    },
    numerator: 'monthly.newAcceptors.{code}',
    ...COUNT,
    standard: { body: 'bkkbn', reference: 'Peserta KB baru (PB) per metode', citation: BKKBN_PB },
    direction: 'higherIsBetter',
    tags: ['fp', 'flow', 'new-acceptors', '{code}'],
  }),
  ratioIndicator({
    id: 'mkjp-share-new-acceptors',
    name: { id: 'Peserta KB baru MKJP', en: 'MKJP share of new acceptors' },
    definition: {
      id: 'Peserta KB baru MKJP (IUD, MOW, MOP, implan) per peserta KB baru tujuh metode portal ×100 dalam periode. Metode yang tidak dilaporkan tidak masuk pembilang maupun penyebut.',
      en: 'New acceptors of MKJP (IUD, MOW, MOP, implant) per new acceptor of the portal’s seven methods ×100 during the period. Methods not reported are in neither the numerator nor the denominator.',
    },
    numerator: 'sum(monthly.newAcceptors[mkjp])',
    denominator: 'sum(monthly.newAcceptors[portal])',
    ...percent(2),
    standard: { body: 'bkkbn', reference: 'Peserta KB baru MKJP', citation: `${BKKBN_PB}; ${MKJP}` },
    direction: 'higherIsBetter',
    tags: ['fp', 'flow', 'mkjp'],
  }),
  ratioIndicator({
    id: 'dropout-rate-by-method',
    forEach: 'contraceptiveMethods',
    name: { id: 'Angka drop-out: {label}', en: 'Drop-out rate: {label}' },
    definition: {
      id: 'Peserta KB drop-out {name} dalam periode per (peserta KB aktif {name} di awal periode + peserta KB baru {name} dalam periode) ×100. Drop-out menurut BKKBN: akseptor yang berhenti memakai kontrasepsi lebih dari 3 bulan; laporan bulanan mencatatnya pada bulan ia dinyatakan drop-out. Peserta di awal periode = nilai akhir periode sebelumnya (prev). Penyebut (semua yang bisa drop-out dari metode ini selama periode) adalah pilihan SDK, sama dengan angka drop-out semua cara; ini proporsi periode, bukan angka putus pakai 12 bulan DHS (tabel hidup dari kalender). Pindah cara tidak dapat dibedakan dari drop-out bila laporan tidak memisahkannya.',
      en: 'Drop-outs from {name} during the period per (active users of {name} at the start of the period + new acceptors of {name} during the period) ×100. A drop-out, per BKKBN, is an acceptor who stops using contraception for more than 3 months; the monthly report counts them in the month they are declared drop-outs. Users at the start = the stock at the end of the previous period (prev). The denominator (everyone who could drop out of this method during the period) is the SDK’s choice, the same as the all-method drop-out rate; it is a period proportion, not the DHS 12-month discontinuation rate (a life table from the calendar). Switching methods cannot be told from dropping out unless the report separates them.',
    },
    numerator: 'monthly.dropouts.{code}',
    denominator: 'prev(monthly.users.{code}) + monthly.newAcceptors.{code}',
    ...percent(2),
    standard: { body: 'bkkbn', reference: 'Peserta KB drop-out per metode (BKKBN 2007)', citation: DROPOUT },
    direction: 'lowerIsBetter',
    tags: ['fp', 'flow', 'dropout', '{code}'],
  }),
];
