import type { IndicatorDefinition } from '../../engine/indicatorDefinition.js';
import { percent, ratioIndicator } from './ratioIndicator.js';

const DHS_NEED =
  'Guide to DHS Statistics, "Need and Demand for Family Planning" (dhsprogram.com/data/Guide-to-DHS-Statistics/Need_and_Demand_for_Family_Planning.htm); github.com/DHSProgram/DHS-Indicators-Stata Chap07_FP/DHS8/FP_NEED.do (demand_tot, met_tot)';
const SDG_371 =
  'UN SDG indicator 3.7.1 metadata (unstats.un.org/sdgs/metadata; github.com/worldbank/sdg-metadata 3-7-1): NS_mod = CP_mod / (UMN + CP_any) × 100';
const FP2020 =
  'FP2020 core indicators (Track20, track20.org; FP2020 progress reports): Core Indicator 3, unmet need for modern methods = unmet need + users of traditional methods (so mCPR + mUN = CPR + unmet need)';
const PORTAL_UNMET =
  'unmet need as the Kampung KB portal counts it (IAT + TIAL among PUS): github.com/willyprmn/Kampung-KB @b1229f7, database/sql/statistik/classification/kampung.sql';

/** Users of any reported method (the seven portal methods, MAL and traditional when reported). */
const USERS = 'sum(monthly.users[*])';
/** PUS not using contraception who want to delay (IAT) or want no more children (TIAL). */
const UNMET = 'sum(monthly.nonUsers[unmet])';
const DEMAND = `${USERS} + ${UNMET}`;

const APPROX_ID =
  'Unmet need di sini adalah definisi portal: PUS bukan peserta KB yang ingin anak ditunda (IAT) atau tidak ingin anak lagi (TIAL). Itu mendekati, bukan sama dengan, unmet need survei (Bradley dkk. 2012): PUS hamil atau pascasalin yang kehamilannya tidak diinginkan atau tidak tepat waktu tidak masuk, dan tidak ada uji kesuburan. PUS menggantikan perempuan berstatus kawin 15–49.';
const APPROX_EN =
  'Unmet need here is the portal’s: PUS not using contraception who want to delay (IAT) or want no more children (TIAL). It approximates, and is not equal to, the survey unmet need (Bradley et al. 2012): pregnant or postpartum PUS with a mistimed or unwanted pregnancy are not in it, and no fecundity test is made. PUS stands in for currently married women 15–49.';
const USERS_ID =
  'Peserta = semua cara yang dilaporkan (tujuh metode portal, ditambah MAL dan cara tradisional bila dilaporkan; yang tidak dilaporkan tidak ditambahkan).';
const USERS_EN =
  'Users = every reported method (the seven portal methods, plus MAL and traditional methods when reported; methods not reported add nothing).';

/**
 * Demand for family planning from the monthly report (DHS, SDG 3.7.1, FP2020), each a share ×100 with one
 * decimal as DHS tables print it:
 *
 * - `demand-total`: (users of any method + unmet need) / PUS;
 * - `demand-satisfied-modern` (mDS, SDG 3.7.1, FP2020 core indicator 4): modern users / (users + unmet need);
 * - `demand-satisfied-any`: users of any method / (users + unmet need);
 * - `unmet-need-modern` (mUN, FP2020 core indicator 3): (unmet need + traditional users) / PUS.
 *
 * Unmet need is the portal's IAT + TIAL among PUS, an approximation of the survey definition (see each
 * definition). Null vs zero: no monthly report or no PUS snapshot in the group → `no-data`; PUS 0 →
 * `zero-denominator`; no demand at all (users + IAT + TIAL = 0) → `zero-denominator` for both demand
 * satisfied (not 0 %: nobody's demand went unsatisfied); a count of 0 is a real 0.
 *
 * @example
 * ```ts
 * DEMAND_INDICATORS.map((d) => d.id);
 * // ['demand-total', 'demand-satisfied-modern', 'demand-satisfied-any', 'unmet-need-modern']
 * ```
 */
export const DEMAND_INDICATORS: readonly IndicatorDefinition[] = [
  ratioIndicator({
    id: 'demand-total',
    name: { id: 'Total kebutuhan KB', en: 'Total demand for family planning' },
    definition: {
      id: `(Peserta KB aktif semua cara + unmet need IAT + TIAL) per PUS ×100: kebutuhan KB yang terpenuhi dan yang tidak. ${USERS_ID} ${APPROX_ID}`,
      en: `(Active users of any method + unmet need IAT + TIAL) per PUS ×100: demand for family planning, met and unmet. ${USERS_EN} ${APPROX_EN}`,
    },
    numerator: DEMAND,
    denominator: 'population.pus',
    ...percent(1),
    standard: {
      body: 'dhs',
      reference: 'DHS total demand for family planning',
      citation: `${DHS_NEED}; ${PORTAL_UNMET}`,
    },
    tags: ['fp', 'demand'],
  }),
  ratioIndicator({
    id: 'demand-satisfied-modern',
    name: {
      id: 'Kebutuhan KB terpenuhi dengan cara modern (mDS)',
      en: 'Demand satisfied by modern methods (mDS)',
    },
    definition: {
      id: `Peserta KB aktif cara modern (IUD, MOW, MOP, implan, suntik, pil, kondom, MAL) per (peserta semua cara + unmet need IAT + TIAL) ×100 (SDG 3.7.1). ${USERS_ID} ${APPROX_ID}`,
      en: `Active users of modern methods (IUD, MOW, MOP, implant, injectable, pill, condom, MAL) per (users of any method + unmet need IAT + TIAL) ×100 (SDG 3.7.1). ${USERS_EN} ${APPROX_EN}`,
    },
    numerator: 'sum(monthly.users[modern])',
    denominator: DEMAND,
    ...percent(1),
    standard: {
      body: 'sdg',
      reference: 'SDG 3.7.1; FP2020 core indicator 4 (mDS), married women (PUS)',
      citation: `${SDG_371}; ${DHS_NEED}; ${PORTAL_UNMET}`,
    },
    direction: 'higherIsBetter',
    tags: ['fp', 'demand', 'sdg-3.7.1'],
  }),
  ratioIndicator({
    id: 'demand-satisfied-any',
    name: { id: 'Kebutuhan KB terpenuhi (semua cara)', en: 'Demand satisfied (any method)' },
    definition: {
      id: `Peserta KB aktif semua cara per (peserta semua cara + unmet need IAT + TIAL) ×100. ${USERS_ID} ${APPROX_ID}`,
      en: `Active users of any method per (users of any method + unmet need IAT + TIAL) ×100. ${USERS_EN} ${APPROX_EN}`,
    },
    numerator: USERS,
    denominator: DEMAND,
    ...percent(1),
    standard: {
      body: 'dhs',
      reference: 'DHS demand satisfied (met_tot / demand_tot)',
      citation: `${DHS_NEED}; ${PORTAL_UNMET}`,
    },
    direction: 'higherIsBetter',
    tags: ['fp', 'demand'],
  }),
  ratioIndicator({
    id: 'unmet-need-modern',
    name: { id: 'Unmet need cara modern (mUN)', en: 'Unmet need for modern methods (mUN)' },
    definition: {
      id: `(Unmet need IAT + TIAL + peserta cara tradisional) per PUS ×100 (FP2020): pengguna cara tradisional juga belum terpenuhi kebutuhannya akan cara modern, jadi mCPR + mUN = CPR semua cara + unmet need. Cara tradisional yang tidak dilaporkan (formulir portal tidak memuatnya) tidak ditambahkan; nilainya lalu sama dengan unmet need portal. ${APPROX_ID}`,
      en: `(Unmet need IAT + TIAL + users of traditional methods) per PUS ×100 (FP2020): users of traditional methods also have an unmet need for modern methods, so mCPR + mUN = CPR (any method) + unmet need. Traditional use not reported (the portal form has no such field) adds nothing; the value then equals the portal unmet need. ${APPROX_EN}`,
    },
    numerator: `${UNMET} + ${USERS} - sum(monthly.users[modern])`,
    denominator: 'population.pus',
    ...percent(1),
    standard: {
      body: 'fp2030',
      reference: 'FP2020 core indicator 3 (mUN), married women (PUS)',
      citation: `${FP2020}; ${PORTAL_UNMET}`,
    },
    direction: 'lowerIsBetter',
    tags: ['fp', 'demand', 'unmet-need'],
  }),
];
