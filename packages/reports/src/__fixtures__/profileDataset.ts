import type {
  AgeBandCounts,
  Dataset,
  Kampung,
  MonthlyReport,
  PopulationSnapshot,
  ProfileSnapshot,
} from '@kampung-kb/model';

/** Counts of the sixteen age bands in order (`y0_4` … `y75plus`). */
function bands(values: readonly number[]): AgeBandCounts {
  const codes = [
    'y0_4',
    'y5_9',
    'y10_14',
    'y15_19',
    'y20_24',
    'y25_29',
    'y30_34',
    'y35_39',
    'y40_44',
    'y45_49',
    'y50_54',
    'y55_59',
    'y60_64',
    'y65_69',
    'y70_74',
    'y75plus',
  ] as const;
  return Object.fromEntries(codes.map((c, i) => [c, values[i] ?? 0])) as AgeBandCounts;
}

/** Male counts of `p1`: 513 in all; 70–74 has 8, 75+ has 3 (a small cell). */
export const P1_MALE = [50, 48, 45, 44, 40, 42, 38, 36, 34, 30, 28, 25, 22, 20, 8, 3] as const;
/** Female counts of `p1`: 521 in all; 70–74 has 10, 75+ has 6. */
export const P1_FEMALE = [47, 46, 44, 45, 41, 43, 39, 35, 33, 31, 29, 27, 24, 21, 10, 6] as const;

function population(
  kampungId: string,
  male: AgeBandCounts,
  female: AgeBandCounts,
  pus: number,
): PopulationSnapshot {
  return {
    kampungId,
    period: '2020-01',
    male,
    female,
    families: 300,
    pus,
    familiesWithUnderFives: 80,
    familiesWithAdolescents: 90,
    familiesWithElderly: 70,
    adolescents: 150,
  };
}

function monthly(
  kampungId: string,
  period: string,
  users: MonthlyReport['users'],
  nonUsers: MonthlyReport['nonUsers'],
  poktanParticipants: MonthlyReport['poktanParticipants'] = {
    bkb: 30,
    bkr: 30,
    bkl: 25,
    uppka: 40,
    pikr: 50,
  },
): MonthlyReport {
  return { kampungId, period, users, nonUsers, poktanParticipants, jknHolders: 500 };
}

/**
 * `p1`'s months: PUS 200, MKJP users 40 (IUD 20, MOW 10, implant 10), users = 40 + injectable + pill + condom.
 *
 * | month | users | CPR | MKJP share | IAT + TIAL | unmet need |
 * | --- | ---: | ---: | ---: | ---: | ---: |
 * | 2020-01 | 100 | 50.00 | 40.00 | 30 | 15.00 |
 * | 2020-02 | 104 | 52.00 | 38.46 | 28 | 14.00 |
 * | 2020-03 | 110 | 55.00 | 36.36 | 26 | 13.00 |
 * | 2020-04 | 112 | 56.00 | 35.71 | 24 | 12.00 |
 * | 2020-05 | 116 | 58.00 | 34.48 | 3 | 1.50 |
 * | 2020-06 | 120 | 60.00 | 33.33 | 20 | 10.00 |
 *
 * May's unmet need (IAT 1 + TIAL 2 = 3) is a small cell: May's public report hides it.
 */
const P1_MONTHS: readonly [string, number, number, number][] = [
  // period, users, IAT, TIAL
  ['2020-01', 100, 20, 10],
  ['2020-02', 104, 18, 10],
  ['2020-03', 110, 16, 10],
  ['2020-04', 112, 14, 10],
  ['2020-05', 116, 1, 2],
  ['2020-06', 120, 10, 10],
];

function p1Month([period, users, iat, tial]: readonly [string, number, number, number]): MonthlyReport {
  const other = users - 40;
  const injectable = Math.floor(other / 2);
  const pill = other - injectable - 10;
  const nonUsers = 200 - users;
  const pregnant = 20;
  return monthly(
    'p1',
    period,
    { iud: 20, mow: 10, mop: 0, implant: 10, injectable, pill, condom: 10 },
    { pregnant, ias: nonUsers - pregnant - iat - tial, iat, tial },
  );
}

const FULL_PROFILE: Omit<ProfileSnapshot, 'kampungId'> = {
  period: '2020-01',
  pokja: { exists: true, decree: true, members: 12, trained: true, trainedMembers: 3 },
  fundingSources: ['apbd', 'danaDesa', 'csr'],
  poktan: ['bkb', 'bkr', 'bkl', 'uppka', 'pikr'],
  facilities: { secretariat: true, rumahDataku: false },
  mentor: true,
  regulation: { exists: true, kinds: ['villageHead'] },
  dataSources: ['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral'],
  operations: [
    'planningMeeting',
    'coordinationMeeting',
    'socialisation',
    'monitoringEvaluation',
    'reporting',
  ],
};

/** The three kampung of {@link profileDataset}. */
function profileKampung(): Kampung[] {
  return [
    {
      id: 'p1',
      name: 'Kampung KB Sungai Andai',
      regionCode: '63.71.04.1010',
      scope: { rt: ['02', '04'] },
      designationDate: '2020-03-15',
      mainCriteria: ['lowKbParticipation'],
      areaCriteria: ['riverbank'],
      branding: 'Kampung Baiman',
      theme: 'Kampung rambutan',
      model: { regency: true, province: false },
    },
    {
      id: 'p2',
      name: 'Kampung KB Melayu',
      regionCode: '63.71.05.1009',
      designationDate: '2019-08-01',
      mainCriteria: [],
      areaCriteria: ['dense'],
    },
    {
      id: 'p3',
      name: 'Kampung KB Alalak',
      regionCode: '63.71.04.1004',
      designationDate: '2018-06-20',
      mainCriteria: [],
      areaCriteria: ['riverbank'],
    },
  ];
}

/** The monthly reports of {@link profileDataset}: `p1` January–June, `p2` January–May, `p3` June 2020. */
function profileMonthly(): MonthlyReport[] {
  return [
    ...P1_MONTHS.map(p1Month),
    ...['2020-01', '2020-02', '2020-03', '2020-04', '2020-05'].map((period) =>
      monthly(
        'p2',
        period,
        { iud: 10, mow: 5, mop: 0, implant: 10, injectable: 15, pill: 10, condom: 5 },
        { pregnant: 10, ias: 15, iat: 15, tial: 5 },
      ),
    ),
    monthly(
      'p3',
      '2020-06',
      { iud: 1, mow: 0, mop: 0, implant: 2, injectable: 30, pill: 20, condom: 7 },
      { pregnant: 10, ias: 15, iat: 10, tial: 5 },
      { bkb: 40, bkr: 45, bkl: 35, uppka: 150, pikr: 75 },
    ),
  ];
}

/**
 * Three kampung of Banjarmasin for the profile and classification tests, report month June 2020:
 * - `p1` Kampung KB Sungai Andai (Banjarmasin Utara), designated 15 March 2020, reports January to June
 *   (see `P1_MONTHS` above), a population snapshot whose pyramid has a small cell (men 75+: 3), a profile of
 *   January 2020 (Pokja of 12, 3 of them trained), two interventions (one after June) and one proposal;
 * - `p2` Kampung KB Melayu (Banjarmasin Tengah), no profile, reports January to May only: no report in June;
 * - `p3` Kampung KB Alalak (Banjarmasin Utara), full profile, June: PUS 100, 60 users (CPR 60 %), MKJP users
 *   IUD 1 + implant 2 = 3 (5 %, a small cell), IAT 10 + TIAL 5 = 15 (unmet need 15 %).
 */
export function profileDataset(): Dataset {
  return {
    regions: [
      { code: '63', name: 'Kalimantan Selatan' },
      { code: '63.71', name: 'Kota Banjarmasin' },
      { code: '63.71.04', name: 'Banjarmasin Utara' },
      { code: '63.71.04.1010', name: 'Sungai Andai' },
      { code: '63.71.04.1004', name: 'Alalak Utara' },
      { code: '63.71.05', name: 'Banjarmasin Tengah' },
      { code: '63.71.05.1009', name: 'Melayu' },
    ],
    kampung: profileKampung(),
    profiles: [
      { kampungId: 'p1', ...FULL_PROFILE },
      { kampungId: 'p3', ...FULL_PROFILE, pokja: { exists: true, decree: true, members: 9, trained: true } },
    ],
    population: [
      population('p1', bands(P1_MALE), bands(P1_FEMALE), 200),
      population('p2', bands(Array(16).fill(20)), bands(Array(16).fill(20)), 100),
      population('p3', bands(Array(16).fill(30)), bands(Array(16).fill(30)), 100),
    ],
    monthly: profileMonthly(),
    interventions: [
      {
        id: 'i1',
        kampungId: 'p1',
        title: 'Jamban sehat',
        date: '2020-04-02',
        section: 'environment',
        agencies: ['dinas_pupr'],
        targetGroups: ['allResidents'],
      },
      {
        id: 'i2',
        kampungId: 'p1',
        title: 'Bedah rumah',
        date: '2020-07-10',
        section: 'environment',
        agencies: ['dinas_pupr'],
        targetGroups: ['allResidents'],
      },
    ],
    proposals: [
      {
        id: 'u1',
        kampungId: 'p1',
        raisedOn: '2020-02-11',
        title: 'Titian baru',
        section: 'environment',
        status: 'raised',
      },
    ],
    budgets: [],
  };
}
