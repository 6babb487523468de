import type {
  AgeBandCounts,
  Dataset,
  Intervention,
  Kampung,
  MonthlyReport,
  PopulationSnapshot,
  ProfileSnapshot,
  Region,
} from '@kampung-kb/model';

/** 50 people in each of the 16 age bands: 800 per sex, 1600 in all. */
export function bands(perBand = 50): AgeBandCounts {
  return {
    y0_4: perBand,
    y5_9: perBand,
    y10_14: perBand,
    y15_19: perBand,
    y20_24: perBand,
    y25_29: perBand,
    y30_34: perBand,
    y35_39: perBand,
    y40_44: perBand,
    y45_49: perBand,
    y50_54: perBand,
    y55_59: perBand,
    y60_64: perBand,
    y65_69: perBand,
    y70_74: perBand,
    y75plus: perBand,
  };
}

export function kampung(overrides: Partial<Kampung> = {}): Kampung {
  return {
    id: 'sungai-andai',
    name: 'Kampung KB Sungai Biuku',
    regionCode: '63.71.04.1010',
    designationDate: '2016-11-10',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank'],
    ...overrides,
  };
}

/** PUS 260; total population 1600; targets BKB 120, BKR 150, BKL 90, UPPKA 410, PIK-R 230. */
export function population(overrides: Partial<PopulationSnapshot> = {}): PopulationSnapshot {
  return {
    kampungId: 'sungai-andai',
    period: '2020-01',
    male: bands(),
    female: bands(),
    families: 410,
    pus: 260,
    familiesWithUnderFives: 120,
    familiesWithAdolescents: 150,
    familiesWithElderly: 90,
    adolescents: 230,
    ...overrides,
  };
}

/** Users 170 + non-users 90 = 260 = PUS of {@link population}; all poktan within target; JKN 1200 ≤ 1600. */
export function monthly(overrides: Partial<MonthlyReport> = {}): MonthlyReport {
  return {
    kampungId: 'sungai-andai',
    period: '2020-03',
    users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
    nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
    poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
    jknHolders: 1200,
    ...overrides,
  };
}

export function profile(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    kampungId: 'sungai-andai',
    period: '2020-01',
    pokja: { exists: true, decree: true, members: 17, trained: true },
    fundingSources: ['apbd'],
    poktan: ['bkb', 'bkr', 'bkl'],
    facilities: { secretariat: true, rumahDataku: true },
    mentor: true,
    regulation: { exists: true, kinds: ['villageHead'] },
    dataSources: ['pk'],
    operations: ['planningMeeting'],
    ...overrides,
  };
}

export function intervention(overrides: Partial<Intervention> = {}): Intervention {
  return {
    id: 'sa-2020-03',
    kampungId: 'sungai-andai',
    title: 'Pelayanan akta kelahiran gratis',
    date: '2020-03-14',
    section: 'protection',
    agencies: ['dinas_dukcapil'],
    targetGroups: ['familiesWithUnderFives'],
    ...overrides,
  };
}

/** Kota Banjarmasin, Banjarmasin Utara and Sungai Andai. */
export function regions(): Region[] {
  return [
    { code: '63.71', name: 'Kota Banjarmasin' },
    { code: '63.71.04', name: 'Banjarmasin Utara' },
    { code: '63.71.04.1010', name: 'Sungai Andai' },
  ];
}

/** A data set that passes every rule (today ≥ 2020-03). */
export function cleanDataset(): Dataset {
  return {
    regions: regions(),
    kampung: [kampung()],
    profiles: [profile()],
    population: [population()],
    monthly: [monthly()],
    interventions: [intervention()],
    proposals: [],
    budgets: [],
    sources: new WeakMap(),
  };
}
