import {
  ageBandCounts as ages,
  type Dataset,
  type Intervention,
  type Issue,
  type Kampung,
  type MonthlyReport,
  type PopulationSnapshot,
  type ProfileSnapshot,
} from '@kampung-kb/model';

function monthly(
  kampungId: string,
  period: string,
  users: MonthlyReport['users'],
  nonUsers: MonthlyReport['nonUsers'],
  poktanParticipants: MonthlyReport['poktanParticipants'],
): MonthlyReport {
  return { kampungId, period, users, nonUsers, poktanParticipants, jknHolders: 800 };
}

function population(kampungId: string, pus: number, families: number): PopulationSnapshot {
  return {
    kampungId,
    period: '2020-01',
    male: ages(40),
    female: ages(40),
    families,
    pus,
    familiesWithUnderFives: 80,
    familiesWithAdolescents: 90,
    familiesWithElderly: 70,
    adolescents: 150,
  };
}

/** A profile with everything in place: every input and process sub-indicator scores high. */
function fullProfile(kampungId: string): ProfileSnapshot {
  return {
    kampungId,
    period: '2020-01',
    pokja: { exists: true, decree: true, members: 12, trained: true },
    fundingSources: ['apbn', 'apbd', 'danaDesa', 'csr'],
    poktan: ['bkb', 'bkr', 'bkl', 'uppka', 'pikr'],
    facilities: { secretariat: true, rumahDataku: true },
    mentor: true,
    regulation: { exists: true, kinds: ['regentMayor'] },
    dataSources: ['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral'],
    operations: [
      'planningMeeting',
      'coordinationMeeting',
      'socialisation',
      'monitoringEvaluation',
      'reporting',
    ],
  };
}

/** The three kampung of {@link reportDataset}. */
function reportKampung(): Kampung[] {
  return [
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
      name: `Kampung <Uji> & "Co" 'Baru'`,
      regionCode: '63.71.05.1009',
      designationDate: '2019-03-01',
      mainCriteria: [],
      areaCriteria: ['dense'],
    },
    {
      id: 'k3',
      name: 'Kampung KB Alalak',
      regionCode: '63.71.04.1004',
      designationDate: '2018-06-20',
      mainCriteria: [],
      areaCriteria: ['riverbank'],
    },
  ];
}

/** The monthly reports of {@link reportDataset}: `k1` in November and December 2020, `k2` and `k3` in December. */
function reportMonthly(): MonthlyReport[] {
  return [
    monthly(
      'k1',
      '2020-11',
      { iud: 10, mow: 2, mop: 0, implant: 20, injectable: 32, pill: 12, condom: 8 },
      { pregnant: 40, ias: 36, iat: 25, tial: 15 },
      { bkb: 30, bkr: 20, bkl: 3, uppka: 20, pikr: 30 },
    ),
    monthly(
      'k1',
      '2020-12',
      { iud: 10, mow: 2, mop: 0, implant: 20, injectable: 35, pill: 12, condom: 8 },
      { pregnant: 40, ias: 33, iat: 25, tial: 15 },
      { bkb: 30, bkr: 20, bkl: 3, uppka: 20, pikr: 30 },
    ),
    monthly(
      'k2',
      '2020-12',
      { iud: 20, mow: 3, mop: 1, implant: 20, injectable: 30, pill: 10, condom: 3 },
      { pregnant: 5, ias: 4, iat: 2, tial: 2 },
      { bkb: 30, bkr: 20, bkl: 10, uppka: 20, pikr: 30 },
    ),
    monthly(
      'k3',
      '2020-12',
      { iud: 5, mow: 5, mop: 0, implant: 10, injectable: 25, pill: 10, condom: 5 },
      { pregnant: 10, ias: 20, iat: 12, tial: 8 },
      { bkb: 10, bkr: 10, bkl: 10, uppka: 10, pikr: 10 },
    ),
  ];
}

/** The interventions of {@link reportDataset} (`i3`, January 2021, after the report month). */
function reportInterventions(): Intervention[] {
  return [
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
    {
      id: 'i3',
      kampungId: 'k1',
      title: 'Pelatihan kader',
      date: '2021-01-08',
      section: 'education',
      agencies: ['odp_ppkb'],
      targetGroups: ['allResidents'],
    },
    {
      id: 'i4',
      kampungId: 'k1',
      title: 'Posyandu remaja',
      date: '2020-12-19',
      section: 'reproduction',
      agencies: ['puskesmas', 'dinas_kesehatan'],
      partner: 'PT <Sehat> & Co',
      targetGroups: ['adolescents'],
    },
    {
      id: 'i5',
      kampungId: 'k2',
      title: 'Bedah rumah',
      date: '2020-12-10',
      section: 'environment',
      agencies: ['dinas_pupr'],
      targetGroups: ['allResidents'],
    },
  ];
}

/**
 * Three kampung in two kecamatan of Banjarmasin, worked by hand (December 2020):
 *
 * | kampung | PUS | users | CPR | MKJP users | MKJP share | IAT+TIAL | unmet need |
 * | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
 * | `k1` Kampung KB Sungai Andai | 200 | 87 | 43.5 % | 32 | 36.78 % | 40 | 20 % |
 * | `k2` Kampung <Uji> & "Co" 'Baru' | 100 | 87 | 87 % | 44 | 50.57 % | 4 | 4 % |
 * | `k3` Kampung KB Alalak | 110 | 60 | 54.5454… % | 20 | 33.33 % | 20 | 18.18 % |
 * | city (pooled) | 410 | 234 | 57.07 % | 96 | 41.03 % | 64 | 15.61 % |
 *
 * - `k1` in November: 84 users → CPR 42 %. It has a full profile; `k2` and `k3` have none.
 * - `k3`'s CPR is 6/11: 54.55 to two decimals but 54.5 (not 54.6) to one: no double rounding.
 * - `k2`'s name tests escaping in HTML and Markdown.
 * - `k1` BKL participants 3 and MOW users 2 are small cells (below 5) for public reports.
 */
export function reportDataset(): Dataset {
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
    kampung: reportKampung(),
    profiles: [fullProfile('k1')],
    population: [population('k1', 200, 300), population('k2', 100, 150), population('k3', 110, 160)],
    monthly: reportMonthly(),
    interventions: reportInterventions(),
    proposals: [],
    budgets: [],
    sources: new WeakMap(),
  };
}

function issue(ruleId: string, location: Issue['location'], id: string, en: string): Issue {
  return { ruleId, code: ruleId, severity: 'warning', location, values: {}, message: { id, en } };
}

/**
 * Validation issues of {@link reportDataset}: k1's December report and one of its December interventions
 * (period = the intervention's date), k1's kampung record (no period), and issues that k1's December
 * report must leave out (another month, another kampung, a proposal without a period).
 */
export function reportIssues(): Issue[] {
  return [
    issue(
      'kkbpk-balance',
      { recordType: 'monthly', kampungId: 'k1', period: '2020-12' },
      'Peserta KB + bukan peserta (201) ≠ PUS (200)',
      'Users + non-users (201) ≠ PUS (200)',
    ),
    issue(
      'intervention-agency',
      { recordType: 'intervention', kampungId: 'k1', period: '2020-12-19', recordId: 'i4' },
      'Mitra tanpa instansi <CSR> & "swasta"',
      'Partner without a <CSR> & "private" agency',
    ),
    issue(
      'kampung-nik',
      { recordType: 'kampung', kampungId: 'k1' },
      'Nama kontak memuat NIK 6371041234567890',
      'Contact name contains NIK 6371041234567890',
    ),
    issue(
      'kkbpk-jump',
      { recordType: 'monthly', kampungId: 'k1', period: '2020-11' },
      'Lonjakan November',
      'November jump',
    ),
    issue(
      'kkbpk-balance',
      { recordType: 'monthly', kampungId: 'k2', period: '2020-12' },
      'Masalah kampung lain',
      'Another kampung’s issue',
    ),
    issue(
      'proposal-status',
      { recordType: 'proposal', kampungId: 'k1', recordId: 'p1' },
      'Usulan tanpa status',
      'Proposal without a status',
    ),
  ];
}
