import { type Static, Type } from '@sinclair/typebox';
import { Count, MAX_COUNT } from './count.js';
import { methodCounts, productCounts } from './internal/methodCounts.js';
import { KampungId } from './kampung.js';
import { Month } from './period.js';

export { DISTRIBUTED_PRODUCTS, type DistributedProduct } from './internal/methodCounts.js';

/**
 * The monthly family-planning report of a kampung (KKBPK: Kependudukan, Keluarga Berencana dan
 * Pembangunan Keluarga; the portal's `new_kkbpk_kampung` with its child tables): active contraceptive
 * users by method, PUS not using contraception by reason, participants of each poktan, and JKN/BPJS
 * (national health insurance) holders.
 *
 * The portal's invariant: users of the seven methods plus non-users of the four reasons equal the PUS
 * of the population snapshot in force. `mal` and `traditional` are optional extras from the PK21 form;
 * when given they count as users too.
 *
 * Three optional flows complete the stock of users (each method inside them is optional too; a method left
 * out is unknown, not zero):
 * - `newAcceptors`: peserta KB baru, people who started a method this month;
 * - `dropouts`: peserta KB drop-out, users who stopped a method this month (BKKBN counts an acceptor who
 *   stops for more than three months);
 * - `distributed`: contraceptive units distributed or provided this month, the input of Couple-Years of
 *   Protection (CYP = Σ units × factor per method): pill cycles, condom pieces, injectable doses, IUDs and
 *   implants inserted, sterilisations (MOW, MOP) performed. When the register says which product was used,
 *   optional "of which" counts say so ({@link DISTRIBUTED_PRODUCTS}): `iudCopper` and `iudHormonal` (LNG-IUS)
 *   of `iud`; `implantThreeYear`, `implantFourYear`, `implantFiveYear` of `implant`; `injectableOneMonth`,
 *   `injectableTwoMonth`, `injectableThreeMonth` of `injectable`; `pillCombined` and `pillProgestinOnly` of
 *   `pill`. They are parts of the method's count, not additions to it (`iud: 10, iudHormonal: 2` is ten IUDs,
 *   two of them LNG-IUS); units of a method not broken down keep the CYP indicator's default product. A
 *   `[*]` group over `monthly.distributed` therefore counts broken-down units twice: sum the method fields.
 *
 * @example
 * ```ts
 * const r: MonthlyReport = {
 *   kampungId: 'sungai-andai', period: '2020-12',
 *   users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
 *   nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
 *   poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
 *   jknHolders: 1200,
 * };
 * ```
 */
export const MonthlyReport = Type.Object(
  {
    kampungId: KampungId,
    period: Month,
    users: Type.Object(
      {
        iud: Count,
        mow: Count,
        mop: Count,
        implant: Count,
        injectable: Count,
        pill: Count,
        condom: Count,
        mal: Type.Optional(Count),
        traditional: Type.Optional(Count),
      },
      {
        additionalProperties: false,
        description: 'Active contraceptive users (peserta KB aktif) by method.',
      },
    ),
    nonUsers: Type.Object(
      { pregnant: Count, ias: Count, iat: Count, tial: Count },
      { additionalProperties: false, description: 'PUS not using contraception, by reason.' },
    ),
    poktanParticipants: Type.Object(
      { bkb: Count, bkr: Count, bkl: Count, uppka: Count, pikr: Count },
      { additionalProperties: false, description: 'Families or people taking part in each poktan.' },
    ),
    jknHolders: Type.Integer({
      minimum: 0,
      maximum: MAX_COUNT,
      description: 'Residents holding JKN/BPJS health insurance.',
    }),
    newAcceptors: Type.Optional(
      methodCounts(
        'New acceptors (peserta KB baru) this month',
        'New contraceptive acceptors (peserta KB baru) this month, by method.',
      ),
    ),
    dropouts: Type.Optional(
      methodCounts(
        'Drop-outs (peserta KB drop-out) this month',
        'Users who dropped out (peserta KB drop-out) this month, by method.',
      ),
    ),
    distributed: Type.Optional(
      Type.Object(
        {
          iud: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_COUNT, description: 'IUDs inserted.' })),
          mow: Type.Optional(
            Type.Integer({
              minimum: 0,
              maximum: MAX_COUNT,
              description: 'Female sterilisations (MOW) performed.',
            }),
          ),
          mop: Type.Optional(
            Type.Integer({
              minimum: 0,
              maximum: MAX_COUNT,
              description: 'Male sterilisations (MOP) performed.',
            }),
          ),
          implant: Type.Optional(
            Type.Integer({ minimum: 0, maximum: MAX_COUNT, description: 'Implants inserted.' }),
          ),
          injectable: Type.Optional(
            Type.Integer({
              minimum: 0,
              maximum: MAX_COUNT,
              description: 'Injectable doses given or distributed.',
            }),
          ),
          pill: Type.Optional(
            Type.Integer({
              minimum: 0,
              maximum: MAX_COUNT,
              description: 'Pill cycles (strips) distributed.',
            }),
          ),
          condom: Type.Optional(
            Type.Integer({ minimum: 0, maximum: MAX_COUNT, description: 'Condoms (pieces) distributed.' }),
          ),
          ...productCounts(MAX_COUNT),
        },
        {
          additionalProperties: false,
          description: 'Contraceptive units distributed or provided this month, by method (for CYP).',
        },
      ),
    ),
  },
  { $id: 'MonthlyReport', additionalProperties: false, description: 'Monthly KKBPK report of a kampung.' },
);
/** @see {@link MonthlyReport} */
export type MonthlyReport = Static<typeof MonthlyReport>;
