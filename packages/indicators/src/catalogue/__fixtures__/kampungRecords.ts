import type { MonthlyReport, PopulationSnapshot } from '@kampung-kb/model';
import { ageBandCounts } from '@kampung-kb/model';
import type { TypedRecord } from '../../aggregation/aggregate.js';

/** Age bands with every count 0. */
export const zeroBands = ageBandCounts();

/** A kampung record. */
export function kampung(id: string, regionCode: string): TypedRecord {
  return {
    type: 'kampung',
    record: {
      id,
      name: `Kampung KB ${id}`,
      regionCode,
      designationDate: '2016-11-10',
      mainCriteria: [],
      areaCriteria: [],
    },
  };
}

/** A monthly report with the given users of the portal's seven methods (all IUD) and PUS non-users 0. */
export function monthly(kampungId: string, period: string, over: Partial<MonthlyReport> = {}): TypedRecord {
  const r: MonthlyReport = {
    kampungId,
    period,
    users: { iud: 0, mow: 0, mop: 0, implant: 0, injectable: 0, pill: 0, condom: 0 },
    nonUsers: { pregnant: 0, ias: 0, iat: 0, tial: 0 },
    poktanParticipants: { bkb: 0, bkr: 0, bkl: 0, uppka: 0, pikr: 0 },
    jknHolders: 0,
    ...over,
  };
  return { type: 'monthly', record: r };
}

/** A population snapshot (everyone 20–24) with the given PUS, and the rest as given. */
export function population(
  kampungId: string,
  period: string,
  pus: number,
  over: Partial<PopulationSnapshot> = {},
): TypedRecord {
  return {
    type: 'population',
    record: {
      kampungId,
      period,
      male: { ...zeroBands, y20_24: pus },
      female: { ...zeroBands, y20_24: pus },
      families: pus,
      pus,
      familiesWithUnderFives: 0,
      familiesWithAdolescents: 0,
      familiesWithElderly: 0,
      adolescents: 0,
      ...over,
    },
  };
}

/**
 * Kampung A (kelurahan 63.71.04.1010, Kota Banjarmasin) with every kind of record, hand-worked in
 * `defaultIndicatorCatalogue.test.ts`:
 *
 * - stocks (March 2020, the last month of 2020Q1): users IUD 12, MOW 6, MOP 1, implant 30, injectable 80,
 *   pill 35, condom 6 (portal 170, MKJP 49), MAL 4, traditional 6 (all 180, modern 174); non-users pregnant
 *   10, IAS 20, IAT 30, TIAL 30; poktan BKB 40, BKR 30, BKL 25, UPPKA 20, PIK-R 35; JKN 600;
 * - December 2019: the portal users total 130 (the stock at the start of 2020Q1);
 * - flows in 2020Q1: new acceptors 4 + 3 + 3 = 10, drop-outs 1 + 2 + 1 = 4; units distributed: pill 150
 *   cycles, injectable 40 doses, condom 1,200, IUD 2, implant 3, MOW 1 (MOP not reported);
 * - population (snapshot of January 2020, in force all year): PUS 310, families 410, families with
 *   under-fives 120, adolescents' families 150, elderly families 90, adolescents 230; males 0–14: 120,
 *   15–64: 300, 65+: 20 (440); females 0–14: 120, 15–64: 320, 65+: 30 (470); total 910;
 * - interventions in 2020Q1: economy (dinas_sosial, dinas_pupr), environment (dinas_pupr,
 *   dinas_kesehatan), economy (dinas_sosial); one in April;
 * - proposals: raised in Q1: 3; addressed in Q1: 2 (one of them raised in December 2019);
 * - budgets 2020: APBD 10,000,000, swadaya 2,500,000, Dana Desa 5,000,000 + 1,000,000; 2019: Dana Desa
 *   4,000,000.
 */
export function kampungA(): TypedRecord[] {
  const k = 'kampung-a';
  return [
    kampung(k, '63.71.04.1010'),
    ...kampungAMonthly(k),
    kampungAPopulation(k),
    ...kampungAInterventions(k),
    ...kampungAProposals(k),
    ...kampungABudgets(k),
  ];
}

/** Kampung A's monthly reports, December 2019 to March 2020. */
function kampungAMonthly(k: string): TypedRecord[] {
  const users = { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 };
  const stocks = {
    nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
    poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
    jknHolders: 600,
  };
  return [
    monthly(k, '2019-12', {
      users: { iud: 10, mow: 5, mop: 1, implant: 20, injectable: 60, pill: 30, condom: 4 },
    }),
    monthly(k, '2020-01', {
      ...stocks,
      users: { ...users, implant: 28 },
      newAcceptors: { iud: 1, injectable: 3 },
      dropouts: { pill: 1 },
      distributed: { pill: 100, injectable: 40, condom: 600 },
    }),
    monthly(k, '2020-02', {
      ...stocks,
      users: { ...users, implant: 29 },
      newAcceptors: { pill: 2, implant: 1 },
      dropouts: { injectable: 2 },
      distributed: { iud: 2, implant: 3 },
    }),
    monthly(k, '2020-03', {
      ...stocks,
      users: { ...users, mal: 4, traditional: 6 },
      newAcceptors: { condom: 2, injectable: 1 },
      dropouts: { condom: 1 },
      distributed: { mow: 1, pill: 50, condom: 600 },
    }),
  ];
}

/** Kampung A's population snapshot of January 2020. */
function kampungAPopulation(k: string): TypedRecord {
  const working = (n: number) => ({
    y15_19: n,
    y20_24: n,
    y25_29: n,
    y30_34: n,
    y35_39: n,
    y40_44: n,
    y45_49: n,
    y50_54: n,
    y55_59: n,
    y60_64: n,
  });
  return {
    type: 'population',
    record: {
      kampungId: k,
      period: '2020-01',
      male: { y0_4: 50, y5_9: 40, y10_14: 30, ...working(30), y65_69: 10, y70_74: 5, y75plus: 5 },
      female: { y0_4: 45, y5_9: 40, y10_14: 35, ...working(32), y65_69: 12, y70_74: 8, y75plus: 10 },
      families: 410,
      pus: 310,
      familiesWithUnderFives: 120,
      familiesWithAdolescents: 150,
      familiesWithElderly: 90,
      adolescents: 230,
    },
  };
}

/** Kampung A's interventions: three in 2020Q1, one in April. */
function kampungAInterventions(k: string): TypedRecord[] {
  return [
    ['i1', '2020-01-10', 'economy', ['dinas_sosial', 'dinas_pupr']],
    ['i2', '2020-02-03', 'environment', ['dinas_pupr', 'dinas_kesehatan']],
    ['i3', '2020-03-31', 'economy', ['dinas_sosial']],
    ['i4', '2020-04-01', 'economy', ['bps']],
  ].map(
    ([id, date, section, agencies]): TypedRecord => ({
      type: 'intervention',
      record: {
        id: id as string,
        kampungId: k,
        title: `Kegiatan ${id as string}`,
        date: date as string,
        section: section as 'economy',
        agencies: agencies as 'dinas_sosial'[],
        targetGroups: [],
      },
    }),
  );
}

/** Kampung A's proposals: raised in Q1 3, addressed in Q1 2 (one raised in December 2019). */
function kampungAProposals(k: string): TypedRecord[] {
  return [
    {
      type: 'proposal',
      record: {
        id: 'p1',
        kampungId: k,
        raisedOn: '2020-01-20',
        title: 'Titian RT 04',
        section: 'environment',
        status: 'addressed',
        addressedOn: '2020-03-02',
      },
    },
    {
      type: 'proposal',
      record: {
        id: 'p2',
        kampungId: k,
        raisedOn: '2020-02-01',
        title: 'Pelatihan',
        section: 'economy',
        status: 'assigned',
        assignedAgency: 'dinas_koperasi',
      },
    },
    {
      type: 'proposal',
      record: {
        id: 'p3',
        kampungId: k,
        raisedOn: '2019-12-30',
        title: 'Lampu jalan',
        section: 'environment',
        status: 'addressed',
        addressedOn: '2020-02-15',
      },
    },
    {
      type: 'proposal',
      record: {
        id: 'p4',
        kampungId: k,
        raisedOn: '2020-03-10',
        title: 'Posyandu remaja',
        section: 'reproduction',
        status: 'raised',
      },
    },
  ];
}

/** Kampung A's budget lines of 2019 and 2020. */
function kampungABudgets(k: string): TypedRecord[] {
  return [
    { type: 'budget', record: { kampungId: k, year: 2020, fundingSource: 'apbd', amount: 10_000_000 } },
    { type: 'budget', record: { kampungId: k, year: 2020, fundingSource: 'selfFunded', amount: 2_500_000 } },
    { type: 'budget', record: { kampungId: k, year: 2020, fundingSource: 'danaDesa', amount: 5_000_000 } },
    { type: 'budget', record: { kampungId: k, year: 2020, fundingSource: 'danaDesa', amount: 1_000_000 } },
    { type: 'budget', record: { kampungId: k, year: 2019, fundingSource: 'danaDesa', amount: 4_000_000 } },
  ];
}

/** The monthly report of a month and the population snapshot in force, for the portal calculators. */
export function kampungRecordsOf(
  records: readonly TypedRecord[],
  month: string,
): { monthly: MonthlyReport | null; population: PopulationSnapshot | null } {
  let monthlyReport: MonthlyReport | null = null;
  let snapshot: PopulationSnapshot | null = null;
  for (const r of records) {
    if (r.type === 'monthly' && r.record.period === month) monthlyReport = r.record;
    if (r.type === 'population' && r.record.period <= month) snapshot = r.record;
  }
  return { monthly: monthlyReport, population: snapshot };
}
