import { ageBandCounts as ages, type Dataset, type MonthlyReport } from '@kampung-kb/model';

function monthly(
  kampungId: string,
  period: string,
  users: MonthlyReport['users'],
  nonUsers: MonthlyReport['nonUsers'],
): MonthlyReport {
  return {
    kampungId,
    period,
    users,
    nonUsers,
    poktanParticipants: { bkb: 30, bkr: 20, bkl: 3, uppka: 20, pikr: 30 },
    jknHolders: 800,
  };
}

/**
 * Two kampung in two kecamatan, worked by hand:
 * - `k1` Sungai Andai: PUS 200; December users 10+2+0+20+50+20+8 = 110 → CPR 55 %, MKJP 32/110 = 29.09 %.
 * - `k2` "Kampung <Uji> & Co": PUS 100; December users 87 → CPR 87 %; its name tests HTML escaping.
 */
export function reportDataset(): Dataset {
  return {
    regions: [
      { code: '63', name: 'Kalimantan Selatan' },
      { code: '63.71', name: 'Kota Banjarmasin' },
      { code: '63.71.04', name: 'Banjarmasin Utara' },
      { code: '63.71.04.1010', name: 'Sungai Andai' },
      { code: '63.71.05', name: 'Banjarmasin Tengah' },
      { code: '63.71.05.1009', name: 'Melayu' },
    ],
    kampung: [
      {
        id: 'k1',
        name: 'Kampung KB Sungai Andai',
        regionCode: '63.71.04.1010',
        designationDate: '2016-11-10',
        mainCriteria: [],
        areaCriteria: ['riverbank'],
      },
      {
        id: 'k2',
        name: 'Kampung <Uji> & "Co"',
        regionCode: '63.71.05.1009',
        designationDate: '2019-03-01',
        mainCriteria: [],
        areaCriteria: ['dense'],
      },
    ],
    profiles: [],
    population: [
      {
        kampungId: 'k1',
        period: '2020-01',
        male: ages(40),
        female: ages(40),
        families: 300,
        pus: 200,
        familiesWithUnderFives: 80,
        familiesWithAdolescents: 90,
        familiesWithElderly: 70,
        adolescents: 150,
      },
      {
        kampungId: 'k2',
        period: '2020-01',
        male: ages(20),
        female: ages(20),
        families: 150,
        pus: 100,
        familiesWithUnderFives: 40,
        familiesWithAdolescents: 40,
        familiesWithElderly: 30,
        adolescents: 80,
      },
    ],
    monthly: [
      monthly(
        'k1',
        '2020-11',
        { iud: 10, mow: 2, mop: 0, implant: 20, injectable: 48, pill: 20, condom: 8 },
        { pregnant: 30, ias: 32, iat: 20, tial: 10 },
      ),
      monthly(
        'k1',
        '2020-12',
        { iud: 10, mow: 2, mop: 0, implant: 20, injectable: 50, pill: 20, condom: 8 },
        { pregnant: 30, ias: 30, iat: 20, tial: 10 },
      ),
      monthly(
        'k2',
        '2020-12',
        { iud: 20, mow: 3, mop: 1, implant: 20, injectable: 30, pill: 10, condom: 3 },
        { pregnant: 5, ias: 4, iat: 2, tial: 2 },
      ),
    ],
    interventions: [
      {
        id: 'i1',
        kampungId: 'k1',
        title: 'Akta kelahiran gratis',
        date: '2020-12-05',
        section: 'protection',
        agencies: ['dinas_dukcapil'],
        targetGroups: ['familiesWithUnderFives'],
      },
      {
        id: 'i2',
        kampungId: 'k1',
        title: 'Jamban sehat',
        date: '2020-11-20',
        section: 'environment',
        agencies: ['dinas_pupr'],
        targetGroups: ['allResidents'],
      },
    ],
    proposals: [],
    budgets: [],
    sources: new WeakMap(),
  };
}
