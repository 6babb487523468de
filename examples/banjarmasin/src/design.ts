import type {
  AgencyCode,
  AreaCriterionCode,
  DataSourceCode,
  FundingSourceCode,
  MainCriterionCode,
  OperationalMechanismCode,
  PokjaSectionCode,
  PoktanCode,
  RegulationCode,
  TargetGroupCode,
} from '@kampung-kb/model';
import type { Level } from './classify.js';

/**
 * The design of the synthetic Banjarmasin data set: which 21 kampung, what is documented about them,
 * and the figures each is built to reach at 2020-12 so that every classification level appears. The
 * generator turns this into records; the random generator only adds the detail (age structure, month-
 * to-month movement, which interventions, exact dates of synthetic events).
 */

/** Public sources of the documented facts (also listed in docs/sources.md). */
export const SOURCES = {
  dppkbpm2020:
    'https://dppkbpm.banjarmasinkota.go.id/2020/04/ (article of April 2020; full path not recorded)',
  bkkbnKalsel961: 'https://kalsel.bkkbn.go.id/?p=961',
  mc2020: 'https://mc.banjarmasinkota.go.id/2020/03/ (article of March 2020; full path not recorded)',
  mc2018: 'https://mc.banjarmasinkota.go.id/2018/06/ (article of June 2018; full path not recorded)',
  portalAlalakTengah: 'https://kampungkb.bkkbn.go.id/kampung/19490/alalak-tengah',
  portalTelagaBiru: 'https://kampungkb.bkkbn.go.id/kampung/52207/telaga-biru',
  antara2021: 'https://kalsel.antaranews.com/amp/berita/280517/ (2021 plan; full path not recorded)',
} as const;

/** Province, city and the five kecamatan of Kota Banjarmasin (Kemendagri codes; cahyadsn/wilayah db/wilayah.sql, see docs/sources.md). */
export const UPPER_REGIONS: ReadonlyArray<{ code: string; name: string }> = [
  { code: '63', name: 'Kalimantan Selatan' },
  { code: '63.71', name: 'Kota Banjarmasin' },
  { code: '63.71.01', name: 'Banjarmasin Selatan' },
  { code: '63.71.02', name: 'Banjarmasin Timur' },
  { code: '63.71.03', name: 'Banjarmasin Barat' },
  { code: '63.71.04', name: 'Banjarmasin Utara' },
  { code: '63.71.05', name: 'Banjarmasin Tengah' },
];

/** Pokja as recorded: none, formed only, formed with members, formed with members and trained. */
export type PokjaState = 'none' | 'exists' | 'members' | 'full';

/** The institutional profile a kampung is built with. */
export interface ProfileDesign {
  pokja: PokjaState;
  funding: FundingSourceCode[];
  poktan: PoktanCode[];
  secretariat: boolean;
  rumahDataku: boolean;
  mentor: boolean;
  /** Banjarmasin has no Perwali/SK Walikota on record (§7), so only SK Camat / SK Lurah appear. */
  regulation: RegulationCode[];
  data: DataSourceCode[];
  ops: OperationalMechanismCode[];
}

/** Figures a kampung reaches in its 2020-12 report (integer percentages before banding). */
export interface OutputDesign {
  /** Users of the 7 portal methods / PUS. */
  cpr: number;
  /** IUD + MOW + MOP + implant / users. */
  mkjp: number;
  /** (IAT + TIAL) / PUS. */
  unmet: number;
  /** Participants / target for each poktan present (absent poktan have 0 participants). */
  poktan: Partial<Record<PoktanCode, number>>;
}

export interface KampungDesign {
  id: string;
  kelurahan: string;
  code: string;
  designationDate: string;
  /** Which facts come from a source (with the source) and which are synthetic. */
  documented?: { facts: string; sources: string[] };
  scope?: { rw?: string[]; rt?: string[] };
  theme?: string;
  model?: { regency: boolean; province: boolean };
  mainCriteria: MainCriterionCode[];
  areaCriteria: AreaCriterionCode[];
  /** Approximate population (the generator varies it by up to ±5 %). */
  population: number;
  /** Month of the first profile snapshot (default 2020-01). */
  profileFrom?: string;
  /** Profile in force at 2020-12. */
  profile: ProfileDesign;
  /** What was different in the 2020-01 snapshot; when set, a 2020-07 snapshot shows the progress. */
  profileJan?: Partial<ProfileDesign>;
  /** A 2020-07 population update (a few kampung). */
  populationUpdate?: boolean;
  output: OutputDesign;
  /** Number of interventions 2017–2020 and distinct agencies among them (without odp_ppkb/perwakilan_bkkbn). */
  interventions: { count: number; agencies: number; mustInclude?: string[] };
  /**
   * A deliberate edge to hit exactly: a banding edge (CPR exactly 30 %, MKJP share exactly 20 %), or a CPR
   * lying exactly halfway between two whole percentages (`cprHalf`), where rounding half to even (the
   * portal) and half away from zero differ, so the end-to-end checks see a rounding tie.
   */
  edge?: 'cpr30' | 'mkjp20' | 'cprHalf';
  /** The level this design is built to have at 2020-12; the generator checks it. */
  level: Level;
}

const ALL_POKTAN: PoktanCode[] = ['bkb', 'bkr', 'bkl', 'uppka', 'pikr'];
const ALL_OPS: OperationalMechanismCode[] = [
  'planningMeeting',
  'coordinationMeeting',
  'socialisation',
  'monitoringEvaluation',
  'reporting',
];

/** The 21 kampung, in order of designation. */
export const KAMPUNG_DESIGNS: readonly KampungDesign[] = [
  {
    id: 'sungai-andai',
    kelurahan: 'Sungai Andai',
    code: '63.71.04.1010',
    designationDate: '2016-11-10',
    documented: {
      facts:
        'First Kampung KB–Kampung Baiman, 2016, RT 02 & 04; thematic "Sungai Biuku" (about 40 KK), a rambutan village; has a Rumah DataKu',
      sources: [SOURCES.dppkbpm2020, SOURCES.bkkbnKalsel961, SOURCES.mc2020],
    },
    scope: { rt: ['02', '04'] },
    theme: 'Sungai Biuku (kampung rambutan)',
    model: { regency: true, province: false },
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank'],
    population: 1650,
    profile: {
      pokja: 'full',
      funding: ['apbn', 'apbd', 'csr', 'selfFunded'],
      poktan: ALL_POKTAN,
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['subdistrict', 'villageHead'],
      data: ['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral'],
      ops: ALL_OPS,
    },
    output: { cpr: 66, mkjp: 31, unmet: 5, poktan: { bkb: 62, bkr: 41, bkl: 52, uppka: 9, pikr: 16 } },
    interventions: { count: 8, agencies: 7, mustInclude: ['sa-rambutan', 'oth-rumahdataku'] },
    level: 'berkelanjutan',
  },
  {
    id: 'kelayan-barat',
    kelurahan: 'Kelayan Barat',
    code: '63.71.01.1004',
    designationDate: '2017-03-22',
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['slum', 'dense', 'poor'],
    population: 11800,
    populationUpdate: true,
    profile: {
      pokja: 'full',
      funding: ['apbn', 'apbd', 'csr', 'selfFunded'],
      poktan: ALL_POKTAN,
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral'],
      ops: ALL_OPS,
    },
    output: { cpr: 44, mkjp: 14, unmet: 15, poktan: { bkb: 30, bkr: 15, bkl: 25, uppka: 4, pikr: 6 } },
    interventions: { count: 8, agencies: 8 },
    level: 'berkembang',
  },
  {
    id: 'pengambangan',
    kelurahan: 'Pengambangan',
    code: '63.71.02.1007',
    designationDate: '2017-05-17',
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['riverbank', 'slum'],
    population: 7300,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'csr', 'selfFunded'],
      poktan: ['bkb', 'bkr', 'bkl', 'uppka'],
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine', 'sectoral'],
      ops: ['planningMeeting', 'coordinationMeeting', 'socialisation', 'reporting'],
    },
    output: { cpr: 58, mkjp: 26, unmet: 8, poktan: { bkb: 48, bkr: 30, bkl: 40, uppka: 6 } },
    interventions: { count: 7, agencies: 5 },
    level: 'berkelanjutan',
  },
  {
    id: 'pelambuan',
    kelurahan: 'Pelambuan',
    code: '63.71.03.1003',
    designationDate: '2017-08-09',
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['industrial', 'dense', 'riverbank'],
    population: 13900,
    populationUpdate: true,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'csr', 'selfFunded'],
      poktan: ALL_POKTAN,
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk'],
      ops: ['planningMeeting', 'reporting'],
    },
    output: { cpr: 57, mkjp: 24, unmet: 7, poktan: { bkb: 45, bkr: 25, bkl: 30, uppka: 6, pikr: 8 } },
    interventions: { count: 5, agencies: 3 },
    level: 'mandiri',
  },
  {
    id: 'kelayan-luar',
    kelurahan: 'Kelayan Luar',
    code: '63.71.05.1012',
    designationDate: '2017-10-25',
    scope: { rw: ['001', '002'] },
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['dense', 'slum'],
    population: 4200,
    profile: {
      pokja: 'full',
      funding: ['apbn', 'apbd'],
      poktan: ALL_POKTAN,
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: [],
      data: ['pk', 'bkkbnRoutine'],
      ops: ALL_OPS,
    },
    output: { cpr: 55, mkjp: 24, unmet: 9, poktan: { bkb: 40, bkr: 28, bkl: 35, uppka: 7, pikr: 10 } },
    interventions: { count: 7, agencies: 6 },
    level: 'berkelanjutan',
  },
  {
    id: 'alalak-tengah',
    kelurahan: 'Alalak Tengah',
    code: '63.71.04.1001',
    designationDate: '2018-02-21',
    documented: {
      facts:
        'Listed on the national Kampung KB portal (designation date not documented: 2018-02-21 is synthetic)',
      sources: [SOURCES.portalAlalakTengah],
    },
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank', 'dense'],
    population: 9400,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'selfFunded'],
      poktan: ['bkb', 'bkr', 'bkl', 'uppka'],
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine', 'sectoral'],
      ops: ['planningMeeting', 'coordinationMeeting', 'socialisation', 'reporting'],
    },
    output: { cpr: 48, mkjp: 21, unmet: 12, poktan: { bkb: 28, bkr: 18, bkl: 22, uppka: 3 } },
    interventions: { count: 5, agencies: 4 },
    level: 'berkembang',
  },
  {
    id: 'alalak-selatan',
    kelurahan: 'Alalak Selatan',
    code: '63.71.04.1003',
    designationDate: '2018-06-05',
    documented: {
      facts:
        'Designated June 2018 at the Dermaga Pasar Terapung (floating-market pier), RT 01–02 RW 001 (day of month synthetic)',
      sources: [SOURCES.mc2018],
    },
    scope: { rw: ['001'], rt: ['01', '02'] },
    theme: 'Dermaga Pasar Terapung',
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['riverbank', 'tourism'],
    population: 1580,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'csr', 'selfFunded'],
      poktan: ['bkb', 'bkr', 'bkl', 'pikr'],
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine', 'villagePotential'],
      ops: ['planningMeeting', 'coordinationMeeting', 'socialisation', 'reporting'],
    },
    profileJan: { rumahDataku: false, regulation: [] },
    output: { cpr: 62, mkjp: 22, unmet: 6, poktan: { bkb: 55, bkr: 35, bkl: 42, pikr: 14 } },
    // 165 users of 264 PUS: CPR 62.5 % exactly, 62 for the portal (half to even), 62.50 to two decimals.
    edge: 'cprHalf',
    interventions: { count: 7, agencies: 6, mustInclude: ['as-pasar'] },
    level: 'berkelanjutan',
  },
  {
    id: 'basirih-selatan',
    kelurahan: 'Basirih Selatan',
    code: '63.71.01.1012',
    designationDate: '2018-06-26',
    documented: {
      facts: 'Designated 26 June 2018 as the 8th Kampung KB of the city',
      sources: [SOURCES.mc2018],
    },
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['riverbank', 'poor'],
    population: 6800,
    profile: {
      pokja: 'exists',
      funding: ['apbd'],
      poktan: ['bkb', 'bkl'],
      secretariat: true,
      rumahDataku: false,
      mentor: true,
      regulation: [],
      data: ['pk', 'bkkbnRoutine', 'sectoral'],
      ops: ['planningMeeting', 'coordinationMeeting', 'socialisation', 'reporting'],
    },
    profileJan: { poktan: ['bkb'] },
    output: { cpr: 63, mkjp: 27, unmet: 9, poktan: { bkb: 38, bkl: 36 } },
    interventions: { count: 6, agencies: 5 },
    level: 'mandiri',
  },
  {
    id: 'kuin-utara',
    kelurahan: 'Kuin Utara',
    code: '63.71.04.1009',
    designationDate: '2018-08-15',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank', 'tourism'],
    population: 8600,
    populationUpdate: true,
    profile: {
      pokja: 'full',
      funding: ['apbn', 'apbd', 'communityDonation', 'csr', 'selfFunded'],
      poktan: ALL_POKTAN,
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['subdistrict', 'villageHead'],
      data: ['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral', 'other'],
      ops: ALL_OPS,
    },
    output: { cpr: 53, mkjp: 28, unmet: 11, poktan: { bkb: 35, bkr: 22, bkl: 28, uppka: 5, pikr: 9 } },
    interventions: { count: 6, agencies: 5 },
    level: 'berkelanjutan',
  },
  {
    id: 'mantuil',
    kelurahan: 'Mantuil',
    code: '63.71.01.1001',
    designationDate: '2018-09-19',
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['industrial', 'riverbank', 'poor'],
    population: 5900,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'csr'],
      poktan: ['bkb', 'bkr', 'bkl'],
      secretariat: true,
      rumahDataku: false,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine'],
      ops: ['planningMeeting', 'socialisation', 'reporting'],
    },
    output: { cpr: 51, mkjp: 17, unmet: 13, poktan: { bkb: 33, bkr: 16, bkl: 24 } },
    interventions: { count: 6, agencies: 5 },
    level: 'berkembang',
  },
  {
    id: 'teluk-tiram',
    kelurahan: 'Teluk Tiram',
    code: '63.71.03.1006',
    designationDate: '2018-10-24',
    scope: { rw: ['002', '003'] },
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['dense', 'riverbank'],
    population: 10200,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'selfFunded'],
      poktan: ['bkb', 'bkr', 'bkl'],
      secretariat: true,
      rumahDataku: false,
      mentor: true,
      regulation: [],
      data: ['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral'],
      ops: ALL_OPS,
    },
    output: { cpr: 56, mkjp: 23, unmet: 6, poktan: { bkb: 35, bkr: 20, bkl: 28 } },
    interventions: { count: 8, agencies: 7 },
    level: 'mandiri',
  },
  {
    id: 'sungai-lulut',
    kelurahan: 'Sungai Lulut',
    code: '63.71.02.1005',
    designationDate: '2019-02-13',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank', 'poor'],
    population: 6100,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'selfFunded'],
      poktan: ALL_POKTAN,
      secretariat: true,
      rumahDataku: false,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine'],
      ops: ['planningMeeting', 'socialisation', 'reporting'],
    },
    output: { cpr: 60, mkjp: 19, unmet: 4, poktan: { bkb: 50, bkr: 33, bkl: 45, uppka: 8, pikr: 20 } },
    interventions: { count: 5, agencies: 4 },
    level: 'berkelanjutan',
  },
  {
    id: 'basirih',
    kelurahan: 'Basirih',
    code: '63.71.03.1009',
    designationDate: '2019-03-20',
    scope: { rw: ['004', '005', '006'] },
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['riverbank', 'slum', 'poor'],
    population: 12600,
    profile: {
      pokja: 'exists',
      funding: ['apbd'],
      poktan: ['bkb'],
      secretariat: false,
      rumahDataku: false,
      mentor: true,
      regulation: [],
      data: ['pk'],
      ops: ['reporting'],
    },
    output: { cpr: 42, mkjp: 15, unmet: 16, poktan: { bkb: 18 } },
    interventions: { count: 3, agencies: 2 },
    level: 'dasar',
  },
  {
    id: 'kelayan-timur',
    kelurahan: 'Kelayan Timur',
    code: '63.71.01.1008',
    designationDate: '2019-04-17',
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['slum', 'dense'],
    population: 8200,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'csr', 'selfFunded'],
      poktan: ['bkb', 'bkr', 'bkl', 'uppka'],
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine', 'villagePotential', 'sectoral'],
      ops: ['planningMeeting', 'coordinationMeeting', 'socialisation', 'reporting'],
    },
    profileJan: { data: ['pk', 'bkkbnRoutine'], ops: ['planningMeeting', 'reporting'] },
    output: { cpr: 45, mkjp: 20, unmet: 10, poktan: { bkb: 26, bkr: 14, bkl: 20, uppka: 3 } },
    interventions: { count: 6, agencies: 6 },
    edge: 'mkjp20',
    level: 'berkembang',
  },
  {
    id: 'banua-anyar',
    kelurahan: 'Banua Anyar',
    code: '63.71.02.1006',
    designationDate: '2019-06-26',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank', 'tourism'],
    population: 4900,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'communityDonation', 'csr', 'selfFunded'],
      poktan: ['bkb', 'bkr', 'bkl', 'uppka'],
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine'],
      ops: ['planningMeeting', 'socialisation'],
    },
    output: { cpr: 68, mkjp: 33, unmet: 3, poktan: { bkb: 42, bkr: 24, bkl: 33, uppka: 5 } },
    interventions: { count: 4, agencies: 3 },
    level: 'mandiri',
  },
  {
    id: 'murung-raya',
    kelurahan: 'Murung Raya',
    code: '63.71.01.1007',
    designationDate: '2019-07-24',
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['dense', 'poor'],
    population: 9800,
    profile: {
      pokja: 'exists',
      funding: ['apbd'],
      poktan: ['bkb', 'bkl'],
      secretariat: true,
      rumahDataku: false,
      mentor: true,
      regulation: [],
      data: ['pk', 'bkkbnRoutine'],
      ops: ['planningMeeting', 'socialisation', 'reporting'],
    },
    output: { cpr: 30, mkjp: 18, unmet: 17, poktan: { bkb: 20, bkl: 15 } },
    interventions: { count: 5, agencies: 4 },
    edge: 'cpr30',
    level: 'dasar',
  },
  {
    id: 'pemurus-dalam',
    kelurahan: 'Pemurus Dalam',
    code: '63.71.01.1010',
    designationDate: '2019-08-21',
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['slum', 'poor'],
    population: 7600,
    profile: {
      pokja: 'members',
      funding: ['apbd'],
      poktan: ['bkb', 'bkr'],
      secretariat: true,
      rumahDataku: false,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine'],
      ops: ['planningMeeting', 'socialisation', 'reporting'],
    },
    profileJan: { pokja: 'exists' },
    output: { cpr: 59, mkjp: 29, unmet: 8, poktan: { bkb: 40, bkr: 22 } },
    interventions: { count: 5, agencies: 4 },
    level: 'mandiri',
  },
  {
    id: 'kuin-selatan',
    kelurahan: 'Kuin Selatan',
    code: '63.71.03.1007',
    designationDate: '2019-10-16',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank', 'dense'],
    population: 6900,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'selfFunded'],
      poktan: ALL_POKTAN,
      secretariat: true,
      rumahDataku: false,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk', 'bkkbnRoutine', 'villagePotential'],
      ops: ALL_OPS,
    },
    output: { cpr: 38, mkjp: 25, unmet: 14, poktan: { bkb: 22, bkr: 12, bkl: 18, uppka: 2, pikr: 4 } },
    interventions: { count: 4, agencies: 3 },
    level: 'berkembang',
  },
  {
    id: 'seberang-mesjid',
    kelurahan: 'Seberang Mesjid',
    code: '63.71.05.1007',
    designationDate: '2019-11-20',
    mainCriteria: ['lowKbParticipation', 'highPoverty'],
    areaCriteria: ['dense', 'slum'],
    population: 3100,
    profile: {
      pokja: 'full',
      funding: ['apbd', 'selfFunded'],
      poktan: ['bkb', 'bkr', 'bkl'],
      secretariat: true,
      rumahDataku: true,
      mentor: true,
      regulation: ['villageHead'],
      data: ['pk'],
      ops: ['planningMeeting', 'reporting'],
    },
    profileJan: { rumahDataku: false },
    output: { cpr: 46, mkjp: 21, unmet: 12, poktan: { bkb: 24, bkr: 14, bkl: 19 } },
    interventions: { count: 3, agencies: 2 },
    level: 'dasar',
  },
  {
    id: 'antasan-besar',
    kelurahan: 'Antasan Besar',
    code: '63.71.05.1005',
    designationDate: '2020-02-19',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['dense', 'riverbank'],
    population: 5400,
    profile: {
      pokja: 'members',
      funding: ['apbd'],
      poktan: ['bkb', 'bkr'],
      secretariat: true,
      rumahDataku: false,
      mentor: true,
      regulation: [],
      data: ['pk', 'bkkbnRoutine'],
      ops: ['planningMeeting'],
    },
    output: { cpr: 61, mkjp: 26, unmet: 7, poktan: { bkb: 30, bkr: 18 } },
    interventions: { count: 4, agencies: 3 },
    level: 'dasar',
  },
  {
    id: 'sungai-jingah',
    kelurahan: 'Sungai Jingah',
    code: '63.71.04.1004',
    designationDate: '2020-06-17',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank', 'tourism'],
    population: 2900,
    profileFrom: '2020-06',
    profile: {
      pokja: 'exists',
      funding: [],
      poktan: ['bkb'],
      secretariat: false,
      rumahDataku: false,
      mentor: true,
      regulation: [],
      data: ['pk'],
      ops: ['socialisation'],
    },
    output: { cpr: 40, mkjp: 12, unmet: 14, poktan: { bkb: 15 } },
    interventions: { count: 3, agencies: 1 },
    level: 'dasar',
  },
];

/** An intervention template: what kind of activity, by whom, for whom. */
export interface InterventionTemplate {
  key: string;
  title: string;
  section: PokjaSectionCode;
  agencies: AgencyCode[];
  targetGroups: TargetGroupCode[];
  /** A CSR partner is named (one of {@link CSR_PARTNERS}). */
  csr?: boolean;
  /** Held at the kelurahan hall (sets `place`). */
  atHall?: boolean;
  description?: string;
  /** Only for the kampung that names it in `mustInclude`. */
  only?: boolean;
  /** Only where the kampung has this poktan or facility (e.g. forming a PIK-R needs a PIK-R). */
  requires?: PoktanCode | 'rumahDataku';
}

/** Fictional company names for CSR activities (marked as such in the data). */
export const CSR_PARTNERS: readonly string[] = [
  'PT Bumi Banjar Sejahtera (fiktif)',
  'PT Sungai Martapura Makmur (fiktif)',
  'CV Intan Borneo Mandiri (fiktif)',
  'PT Kayuh Baimbai Nusantara (fiktif)',
];

/** Interventions across the 8 Pokja sections by the agencies active in Banjarmasin's programme. */
export const INTERVENTION_TEMPLATES: readonly InterventionTemplate[] = [
  {
    key: 'rel-sakinah',
    title: 'Bimbingan keluarga sakinah dan KB dalam perspektif agama',
    section: 'religion',
    agencies: ['kanwil_kemenag', 'odp_ppkb'],
    targetGroups: ['pus'],
    atHall: true,
  },
  {
    key: 'rel-catin',
    title: 'Bimbingan perkawinan dan kesehatan reproduksi bagi calon pengantin',
    section: 'religion',
    agencies: ['kanwil_kemenag', 'puskesmas'],
    targetGroups: ['adolescents'],
  },
  {
    key: 'edu-1000hpk',
    title: 'Penyuluhan 1000 Hari Pertama Kehidupan dan pola asuh balita',
    section: 'education',
    agencies: ['dinas_kesehatan', 'odp_ppkb'],
    targetGroups: ['familiesWithUnderFives'],
  },
  {
    key: 'edu-pikr',
    requires: 'pikr',
    title: 'Pembentukan dan pembinaan PIK Remaja',
    section: 'education',
    agencies: ['odp_ppkb', 'perwakilan_bkkbn'],
    targetGroups: ['adolescents'],
  },
  {
    key: 'edu-genre',
    title: 'Sosialisasi Generasi Berencana (GenRe) di sekolah',
    section: 'education',
    agencies: ['dinas_pendidikan', 'odp_ppkb'],
    targetGroups: ['adolescents'],
  },
  {
    key: 'edu-paketc',
    title: 'Kelas kesetaraan Paket C bagi warga putus sekolah',
    section: 'education',
    agencies: ['dinas_pendidikan'],
    targetGroups: ['adolescents', 'other'],
    atHall: true,
  },
  {
    key: 'rep-mkjp',
    title: 'Pelayanan KB gratis pemasangan IUD dan implan',
    section: 'reproduction',
    agencies: ['puskesmas', 'odp_ppkb'],
    targetGroups: ['pus'],
  },
  {
    key: 'rep-tni',
    title: 'Bakti Sosial TNI KB Kesehatan: pelayanan MOW dan MOP',
    section: 'reproduction',
    agencies: ['tni_polri', 'rumah_sakit', 'odp_ppkb'],
    targetGroups: ['pus'],
  },
  {
    key: 'rep-posyandu',
    title: 'Posyandu balita dan imunisasi dasar lengkap',
    section: 'reproduction',
    agencies: ['puskesmas'],
    targetGroups: ['underFives', 'familiesWithUnderFives'],
  },
  {
    key: 'rep-iva',
    title: 'Pemeriksaan IVA dan papsmear bagi PUS',
    section: 'reproduction',
    agencies: ['dinas_kesehatan', 'puskesmas'],
    targetGroups: ['pus'],
  },
  {
    key: 'rep-mobile',
    title: 'Pelayanan KB keliling dengan mobil unit pelayanan',
    section: 'reproduction',
    agencies: ['perwakilan_bkkbn', 'odp_ppkb'],
    targetGroups: ['pus'],
  },
  {
    key: 'rep-pmt',
    title: 'Pemberian makanan tambahan bagi balita gizi kurang',
    section: 'reproduction',
    agencies: ['dinas_kesehatan', 'puskesmas'],
    targetGroups: ['underFives'],
  },
  {
    key: 'eco-olahan',
    requires: 'uppka',
    title: 'Pelatihan pengolahan pangan lokal bagi kelompok UPPKA',
    section: 'economy',
    agencies: ['dinas_perindustrian', 'dinas_koperasi'],
    targetGroups: ['pus'],
    atHall: true,
  },
  {
    key: 'eco-csr-modal',
    requires: 'uppka',
    title: 'Bantuan modal usaha dan pendampingan kelompok UPPKA',
    section: 'economy',
    agencies: ['swasta'],
    targetGroups: ['pus'],
    csr: true,
  },
  {
    key: 'eco-sasirangan',
    title: 'Pelatihan menjahit dan membuat kain sasirangan bagi ibu rumah tangga',
    section: 'economy',
    agencies: ['dinas_ketenagakerjaan', 'dinas_perindustrian'],
    targetGroups: ['pus'],
    atHall: true,
  },
  {
    key: 'eco-pkh',
    title: 'Penyaluran bantuan sosial PKH dan BPNT bagi keluarga prasejahtera',
    section: 'economy',
    agencies: ['dinas_sosial'],
    targetGroups: ['other'],
  },
  {
    key: 'eco-pekarangan',
    title: 'Pekarangan pangan lestari (kebun gizi keluarga)',
    section: 'economy',
    agencies: ['dinas_ketahanan_pangan', 'dinas_pertanian'],
    targetGroups: ['familiesWithUnderFives'],
  },
  {
    key: 'eco-keramba',
    title: 'Budidaya ikan dalam keramba bagi keluarga tepi sungai',
    section: 'economy',
    agencies: ['dinas_kelautan'],
    targetGroups: ['pus'],
  },
  {
    key: 'pro-dukcapil',
    title: 'Pelayanan jemput bola akta kelahiran, KIA dan KTP-el gratis',
    section: 'protection',
    agencies: ['dinas_dukcapil'],
    targetGroups: ['allResidents', 'underFives'],
    atHall: true,
  },
  {
    key: 'pro-kdrt',
    title: 'Penyuluhan pencegahan kekerasan dalam rumah tangga dan perlindungan anak',
    section: 'protection',
    agencies: ['dinas_pppa', 'tni_polri'],
    targetGroups: ['allResidents'],
  },
  {
    key: 'pro-jkn',
    title: 'Pendaftaran peserta JKN-KIS Penerima Bantuan Iuran',
    section: 'protection',
    agencies: ['dinas_sosial', 'dinas_kesehatan'],
    targetGroups: ['allResidents'],
    atHall: true,
  },
  {
    key: 'pro-narkoba',
    title: 'Penyuluhan bahaya narkoba dan kenakalan remaja',
    section: 'protection',
    agencies: ['tni_polri'],
    targetGroups: ['adolescents'],
  },
  {
    key: 'aff-bkr',
    requires: 'bkr',
    title: 'Kelas parenting Bina Keluarga Remaja: komunikasi orang tua dan anak',
    section: 'affection',
    agencies: ['dinas_pppa', 'odp_ppkb'],
    targetGroups: ['familiesWithAdolescents'],
  },
  {
    key: 'aff-lansia',
    title: 'Pembinaan lansia tangguh dan posbindu lansia',
    section: 'affection',
    agencies: ['puskesmas', 'odp_ppkb'],
    targetGroups: ['elderly', 'familiesWithElderly'],
  },
  {
    key: 'aff-kra',
    title: 'Pembentukan Kampung Ramah Anak',
    section: 'affection',
    agencies: ['dinas_pppa', 'pemerindah_desa'],
    targetGroups: ['familiesWithUnderFives', 'familiesWithAdolescents'],
  },
  {
    key: 'soc-lomba',
    title: 'Lomba Kampung Baiman: Barasih wan Nyaman',
    section: 'socioCultural',
    agencies: ['pemerintah_daerah', 'dinas_klh'],
    targetGroups: ['allResidents'],
  },
  {
    key: 'soc-budaya',
    title: 'Pentas seni budaya Banjar dan kampanye KKBPK',
    section: 'socioCultural',
    agencies: ['dinas_pariwisata', 'dinas_kominfo'],
    targetGroups: ['allResidents'],
  },
  {
    key: 'soc-karangtaruna',
    title: 'Pembinaan karang taruna dan olahraga remaja',
    section: 'socioCultural',
    agencies: ['dinas_olagraga'],
    targetGroups: ['adolescents'],
  },
  {
    key: 'env-rtlh',
    title: 'Program 100-0-100: bedah rumah tidak layak huni',
    section: 'environment',
    agencies: ['dinas_pupr'],
    targetGroups: ['other'],
    description: 'Target 100-0-100: 100 % akses air minum, 0 % kawasan kumuh, 100 % akses sanitasi.',
  },
  {
    key: 'env-sanitasi',
    title: 'Program 100-0-100: jamban sehat dan septic tank komunal',
    section: 'environment',
    agencies: ['dinas_pupr', 'dinas_kesehatan'],
    targetGroups: ['allResidents'],
    description: 'Target 100-0-100: 100 % akses air minum, 0 % kawasan kumuh, 100 % akses sanitasi.',
  },
  {
    key: 'env-titian',
    title: 'Perbaikan titian ulin dan jalan lingkungan',
    section: 'environment',
    agencies: ['dinas_pupr', 'pemerindah_desa'],
    targetGroups: ['allResidents'],
  },
  {
    key: 'env-sungai',
    title: 'Kerja bakti membersihkan sungai dan pembentukan bank sampah',
    section: 'environment',
    agencies: ['dinas_klh', 'kmkb'],
    targetGroups: ['allResidents'],
  },
  {
    key: 'env-air',
    title: 'Sambungan air bersih bagi keluarga prasejahtera',
    section: 'environment',
    agencies: ['bumn_bumd'],
    targetGroups: ['allResidents'],
  },
  {
    key: 'env-hijau',
    title: 'Penanaman pohon dan taman tepi sungai',
    section: 'environment',
    agencies: ['swasta', 'dinas_klh'],
    targetGroups: ['allResidents'],
    csr: true,
  },
  {
    key: 'oth-rumahdataku',
    requires: 'rumahDataku',
    title: 'Pembentukan Rumah DataKu dan pelatihan pengelola data',
    section: 'other',
    agencies: ['odp_ppkb', 'perwakilan_bkkbn'],
    targetGroups: ['other'],
    atHall: true,
  },
  {
    key: 'sa-rambutan',
    title: 'Pelatihan olahan rambutan Sungai Biuku bagi kelompok UPPKA',
    section: 'economy',
    agencies: ['dinas_pertanian', 'dinas_koperasi'],
    targetGroups: ['pus'],
    description: 'Kampung tematik Sungai Biuku (sekitar 40 KK), sentra rambutan.',
    only: true,
  },
  {
    key: 'as-pasar',
    title: 'Penataan dermaga dan kebersihan kawasan Pasar Terapung',
    section: 'environment',
    agencies: ['dinas_pariwisata', 'dinas_pupr'],
    targetGroups: ['allResidents'],
    only: true,
  },
];
