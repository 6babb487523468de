import type {
  Dataset,
  Intervention,
  Kampung,
  MonthlyReport,
  PopulationSnapshot,
  ProfileSnapshot,
  Proposal,
} from '@kampung-kb/model';
import { ageBandCounts as ages } from '@kampung-kb/model';

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
    poktanParticipants: { bkb: 20, bkr: 15, bkl: 10, uppka: 10, pikr: 12 },
    jknHolders: 100,
  };
}

function population(kampungId: string, pus: number): PopulationSnapshot {
  return {
    kampungId,
    period: '2019-01',
    male: ages(40),
    female: ages(40),
    families: 300,
    pus,
    familiesWithUnderFives: 80,
    familiesWithAdolescents: 90,
    familiesWithElderly: 70,
    adolescents: 150,
  };
}

function profile(
  kampungId: string,
  regulation: boolean,
  sources: ProfileSnapshot['fundingSources'],
): ProfileSnapshot {
  return {
    kampungId,
    period: '2019-01',
    pokja: { exists: true, decree: true, members: 10, trained: true },
    fundingSources: sources,
    poktan: ['bkb', 'bkr', 'bkl', 'uppka', 'pikr'],
    facilities: { secretariat: true, rumahDataku: true },
    mentor: true,
    regulation: { exists: regulation, kinds: regulation ? ['regentMayor'] : [] },
    dataSources: ['pk'],
    operations: ['planningMeeting'],
  };
}

/** The three kampung (see {@link programmeDataset}). */
function programmeKampung(): Kampung[] {
  return [
    {
      id: 'k1',
      name: 'Kampung KB Sungai Andai',
      regionCode: '63.71.04.1010',
      designationDate: '2016-11-10',
      mainCriteria: [],
      areaCriteria: [],
    },
    {
      id: 'k2',
      name: 'Kampung KB Alalak',
      regionCode: '63.71.04.1004',
      designationDate: '2018-06-20',
      mainCriteria: [],
      areaCriteria: [],
    },
    {
      id: 'k3',
      name: 'Kampung KB Melayu',
      regionCode: '63.71.05.1009',
      designationDate: '2019-03-01',
      mainCriteria: [],
      areaCriteria: [],
    },
  ];
}

/** The monthly reports of December 2019 and 2020 (see {@link programmeDataset}). */
function programmeMonthly(): MonthlyReport[] {
  return [
    monthly(
      'k1',
      '2019-12',
      { iud: 10, mow: 5, mop: 0, implant: 15, injectable: 30, pill: 10, condom: 10 },
      { pregnant: 20, ias: 50, iat: 30, tial: 20 },
    ),
    monthly(
      'k1',
      '2020-12',
      { iud: 12, mow: 6, mop: 0, implant: 20, injectable: 32, pill: 10, condom: 10 },
      { pregnant: 20, ias: 50, iat: 25, tial: 15 },
    ),
    monthly(
      'k2',
      '2019-12',
      { iud: 10, mow: 10, mop: 0, implant: 10, injectable: 40, pill: 20, condom: 10 },
      { pregnant: 10, ias: 40, iat: 30, tial: 20 },
    ),
    monthly(
      'k2',
      '2020-12',
      { iud: 10, mow: 10, mop: 0, implant: 10, injectable: 38, pill: 20, condom: 10 },
      { pregnant: 10, ias: 42, iat: 30, tial: 20 },
    ),
    monthly(
      'k3',
      '2019-12',
      { iud: 5, mow: 0, mop: 0, implant: 5, injectable: 20, pill: 10, condom: 10 },
      { pregnant: 10, ias: 20, iat: 10, tial: 10 },
    ),
    monthly(
      'k3',
      '2020-12',
      { iud: 1, mow: 0, mop: 0, implant: 0, injectable: 2, pill: 1, condom: 0 },
      { pregnant: 10, ias: 50, iat: 20, tial: 16 },
    ),
  ];
}

/** The interventions with outputs and spend of `k1` and `k2`: `i1`–`i3`. */
function interventionsK1K2(): Intervention[] {
  return [
    {
      id: 'i1',
      kampungId: 'k1',
      title: 'Jalan lingkungan dan bedah rumah',
      date: '2019-05-10',
      section: 'environment',
      agencies: ['dinas_pupr'],
      targetGroups: ['allResidents'],
      outputs: { roadMetres: 120.5, housesRenovated: 3 },
      spend: 150_000_000,
      fundingSource: 'apbd',
    },
    {
      id: 'i2',
      kampungId: 'k1',
      title: 'Jamban sehat dan penyuluhan sanitasi',
      date: '2020-03-14',
      section: 'environment',
      agencies: ['dinas_pupr', 'dinas_kesehatan'],
      targetGroups: ['allResidents'],
      outputs: { toilets: 12, participants: 40 },
      spend: 80_000_000,
      fundingSource: 'apbd',
    },
    {
      id: 'i3',
      kampungId: 'k2',
      title: 'Pelatihan olahan ikan',
      date: '2020-06-01',
      section: 'economy',
      agencies: ['swasta'],
      partner: 'PT Sungai Jaya',
      targetGroups: ['allResidents'],
      outputs: { trainings: 2, participants: 25 },
      spend: 20_000_000,
      fundingSource: 'csr',
    },
  ];
}

/** The interventions `i1`–`i7` (see {@link programmeDataset}), in this order. */
function programmeInterventions(): Intervention[] {
  return [
    ...interventionsK1K2(),
    {
      id: 'i4',
      kampungId: 'k3',
      title: 'Jalan titian dan bedah rumah',
      date: '2020-08-20',
      section: 'environment',
      agencies: ['dinas_pupr'],
      targetGroups: ['allResidents'],
      outputs: { roadMetres: 80.25, housesRenovated: 8 },
      spend: 200_000_000,
      fundingSource: 'apbd',
    },
    {
      id: 'i5',
      kampungId: 'k3',
      title: 'Bank sampah warga',
      date: '2020-11-05',
      section: 'environment',
      agencies: ['kmkb'],
      targetGroups: ['allResidents'],
      outputs: { wasteBanks: 1, participants: 3 },
      spend: 5_000_000,
      fundingSource: 'selfFunded',
    },
    {
      id: 'i6',
      kampungId: 'k1',
      title: 'Bedah rumah tahap 2',
      date: '2021-01-10',
      section: 'environment',
      agencies: ['dinas_pupr'],
      targetGroups: ['allResidents'],
      outputs: { housesRenovated: 50 },
      spend: 900_000_000,
      fundingSource: 'apbn',
    },
    {
      id: 'i7',
      kampungId: 'k2',
      title: 'Posyandu balita',
      date: '2020-09-09',
      section: 'reproduction',
      agencies: ['dinas_kesehatan'],
      targetGroups: ['familiesWithUnderFives'],
    },
  ];
}

/** `k1`'s proposals of 2020: `p1`, `p2` addressed, `p3` in progress. */
function k1Proposals(): Proposal[] {
  return [
    {
      id: 'p1',
      kampungId: 'k1',
      raisedOn: '2020-01-20',
      title: 'Perbaikan titian RT 04',
      section: 'environment',
      assignedAgency: 'dinas_pupr',
      status: 'addressed',
      addressedOn: '2020-05-11',
    },
    {
      id: 'p2',
      kampungId: 'k1',
      raisedOn: '2020-03-01',
      title: 'Posyandu lansia',
      section: 'affection',
      assignedAgency: 'dinas_kesehatan',
      status: 'addressed',
      addressedOn: '2020-04-01',
    },
    {
      id: 'p3',
      kampungId: 'k1',
      raisedOn: '2020-06-15',
      title: 'Lampu jalan gang',
      section: 'environment',
      assignedAgency: 'dinas_pupr',
      status: 'inProgress',
    },
  ];
}

/** `k2`'s proposals: `p4` raised, `p5` addressed. */
function k2Proposals(): Proposal[] {
  return [
    {
      id: 'p4',
      kampungId: 'k2',
      raisedOn: '2020-11-10',
      title: 'Pelatihan menjahit',
      section: 'economy',
      status: 'raised',
    },
    {
      id: 'p5',
      kampungId: 'k2',
      raisedOn: '2019-08-01',
      title: 'Drainase RT 02',
      section: 'environment',
      assignedAgency: 'dinas_pupr',
      status: 'addressed',
      addressedOn: '2020-01-15',
    },
  ];
}

/** `k3`'s proposals: `p6` rejected, `p7` addressed after the year. */
function k3Proposals(): Proposal[] {
  return [
    {
      id: 'p6',
      kampungId: 'k3',
      raisedOn: '2020-02-02',
      title: 'Bantuan sembako',
      section: 'protection',
      assignedAgency: 'dinas_sosial',
      status: 'rejected',
    },
    {
      id: 'p7',
      kampungId: 'k3',
      raisedOn: '2020-10-01',
      title: 'Pengerasan jalan',
      section: 'environment',
      assignedAgency: 'dinas_pupr',
      status: 'addressed',
      addressedOn: '2021-01-20',
    },
  ];
}

/** The proposals `p1`–`p8` (see {@link programmeDataset}); `p8`, January 2021, comes last. */
function programmeProposals(): Proposal[] {
  return [
    ...k1Proposals(),
    ...k2Proposals(),
    ...k3Proposals(),
    {
      id: 'p8',
      kampungId: 'k1',
      raisedOn: '2021-01-05',
      title: 'Taman bermain',
      section: 'socioCultural',
      status: 'raised',
    },
  ];
}

/**
 * Three kampung in two kecamatan for the programme templates, worked by hand for December 2020 (report
 * order: Banjarmasin Tengah before Banjarmasin Utara, then by name: `k3` Melayu, `k2` Alalak, `k1`
 * Sungai Andai).
 *
 * Interventions up to 2020-12 (`i6`, January 2021, is left out):
 *
 * | id | kampung | date | agencies | outputs | spend (source) |
 * | --- | --- | --- | --- | --- | --- |
 * | i1 | k1 | 2019-05-10 | PUPR | road 120.5 m, houses 3 | 150 000 000 (APBD) |
 * | i2 | k1 | 2020-03-14 | PUPR + Kesehatan (joint) | toilets 12, participants 40 | 80 000 000 (APBD) |
 * | i3 | k2 | 2020-06-01 | Swasta, partner PT Sungai Jaya | trainings 2, participants 25 | 20 000 000 (CSR) |
 * | i7 | k2 | 2020-09-09 | Kesehatan | — | — |
 * | i4 | k3 | 2020-08-20 | PUPR | road 80.25 m, houses 8 | 200 000 000 (APBD) |
 * | i5 | k3 | 2020-11-05 | KMKB | waste banks 1, participants 3 | 5 000 000 (swadaya) |
 *
 * Proposals up to 2020-12 (`p8`, January 2021, is left out), as they stood on 2020-12-31:
 *
 * | id | kampung | raised | agency | status | days |
 * | --- | --- | --- | --- | --- | --- |
 * | p1 | k1 | 2020-01-20 | PUPR | addressed 2020-05-11 | 112 to follow-up |
 * | p2 | k1 | 2020-03-01 | Kesehatan | addressed 2020-04-01 | 31 to follow-up |
 * | p3 | k1 | 2020-06-15 | PUPR | in progress | open 199 |
 * | p4 | k2 | 2020-11-10 | — | raised | open 51 |
 * | p5 | k2 | 2019-08-01 | PUPR | addressed 2020-01-15 | 167 to follow-up |
 * | p6 | k3 | 2020-02-02 | Sosial | rejected | — |
 * | p7 | k3 | 2020-10-01 | PUPR | addressed 2021-01-20 (later) | open 91 |
 *
 * Monthly reports of December 2019 and 2020 (PUS = users + non-users):
 *
 * | kampung | 2019-12 users / PUS | CPR | 2020-12 users / PUS | CPR | MKJP 2019 → 2020 | unmet 2019 → 2020 |
 * | --- | --- | --- | --- | --- | --- | --- |
 * | k1 | 80 / 200 | 40 % | 90 / 200 | 45 % | 37.5 → 42.22 % | 25 → 20 % |
 * | k2 | 100 / 200 | 50 % | 98 / 200 | 49 % | 30 → 30.61 % | 25 → 25 % |
 * | k3 | 50 / 100 | 50 % | 4 / 100 | 4 % | 20 → 25 % | 20 → 36 % |
 *
 * `k3`'s 4 users in December 2020 are a small cell: its public monthly report hides CPR and MKJP share.
 * Profiles: `k1` with a regulation and three funding sources, `k2` without a regulation, `k3` none.
 */
export function programmeDataset(): Dataset {
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
    kampung: programmeKampung(),
    profiles: [profile('k1', true, ['apbd', 'csr', 'selfFunded']), profile('k2', false, ['apbd'])],
    population: [population('k1', 200), population('k2', 200), population('k3', 100)],
    monthly: programmeMonthly(),
    interventions: programmeInterventions(),
    proposals: programmeProposals(),
    budgets: [],
    sources: new WeakMap(),
  };
}
