import {
  type AgeBandCounts,
  type AgencyCode,
  ageBandCounts,
  type Intervention,
  type Kampung,
  type MonthlyReport,
  type PopulationSnapshot,
  type ProfileSnapshot,
  type Proposal,
} from '@kampung-kb/model';

/** Test builders: small, explicit records with overridable parts. */

const NO_AGES: AgeBandCounts = ageBandCounts();

export function kampung(id: string, name = `Kampung KB ${id}`): Kampung {
  return {
    id,
    name,
    regionCode: '63.71.04.1010',
    designationDate: '2016-11-10',
    mainCriteria: [],
    areaCriteria: ['riverbank'],
  };
}

type Counts = Pick<
  PopulationSnapshot,
  | 'families'
  | 'pus'
  | 'familiesWithUnderFives'
  | 'familiesWithAdolescents'
  | 'familiesWithElderly'
  | 'adolescents'
>;

export function population(
  counts: Partial<Counts> = {},
  period = '2020-01',
  kampungId = 'k1',
): PopulationSnapshot {
  return {
    kampungId,
    period,
    male: NO_AGES,
    female: NO_AGES,
    families: 400,
    pus: 200,
    familiesWithUnderFives: 100,
    familiesWithAdolescents: 100,
    familiesWithElderly: 100,
    adolescents: 100,
    ...counts,
  };
}

export interface MonthlyParts {
  users?: Partial<MonthlyReport['users']>;
  nonUsers?: Partial<MonthlyReport['nonUsers']>;
  poktan?: Partial<MonthlyReport['poktanParticipants']>;
}

export function monthly(parts: MonthlyParts = {}, period = '2020-12', kampungId = 'k1'): MonthlyReport {
  return {
    kampungId,
    period,
    users: { iud: 0, mow: 0, mop: 0, implant: 0, injectable: 0, pill: 0, condom: 0, ...parts.users },
    nonUsers: { pregnant: 0, ias: 0, iat: 0, tial: 0, ...parts.nonUsers },
    poktanParticipants: { bkb: 0, bkr: 0, bkl: 0, uppka: 0, pikr: 0, ...parts.poktan },
    jknHolders: 0,
  };
}

/** A profile with nothing in place (every input and process sub-indicator scores 1). */
export function profile(
  overrides: Partial<ProfileSnapshot> = {},
  period = '2020-01',
  kampungId = 'k1',
): ProfileSnapshot {
  return {
    kampungId,
    period,
    pokja: { exists: false, decree: false, members: null, trained: false },
    fundingSources: [],
    poktan: [],
    facilities: { secretariat: false, rumahDataku: false },
    mentor: false,
    regulation: { exists: false, kinds: [] },
    dataSources: [],
    operations: [],
    ...overrides,
  };
}

let counter = 0;
export function intervention(date: string, agencies: AgencyCode[], kampungId = 'k1'): Intervention {
  counter += 1;
  return {
    id: `i-${counter}`,
    kampungId,
    title: 'Penyuluhan',
    date,
    section: 'protection',
    agencies,
    targetGroups: [],
  };
}

/** A community proposal (urun rembug) of kampung k1, in the environment section. */
export function proposal(
  id: string,
  raisedOn: string,
  status: Proposal['status'],
  addressedOn?: string,
): Proposal {
  return {
    id,
    kampungId: 'k1',
    raisedOn,
    title: 'Titian kayu',
    section: 'environment',
    status,
    ...(addressedOn === undefined ? {} : { addressedOn }),
  };
}
