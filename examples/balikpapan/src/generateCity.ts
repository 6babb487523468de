import {
  type AgeBandCounts,
  ageBands,
  type Budget,
  checkRecord,
  codesOf,
  type Intervention,
  type Kampung,
  type MonthlyReport,
  type PopulationSnapshot,
  type ProfileSnapshot,
  type Proposal,
  type RecordType,
  totalPopulation,
} from '@kampung-kb/model';
import { apportion, hashText, mulberry32, type Rng } from '../../banjarmasin/src/prng.js';

/** A kelurahan or desa of the official list, as `kkb init` writes it into `regions.csv`. */
export interface Village {
  readonly code: string;
  readonly name: string;
}

/** The records an operator types into the workbook, by record type, in the workbook's sheet order. */
export interface CityRecords {
  readonly kampung: Kampung[];
  readonly profiles: ProfileSnapshot[];
  readonly population: PopulationSnapshot[];
  readonly monthly: MonthlyReport[];
  readonly interventions: Intervention[];
  readonly proposals: Proposal[];
  readonly budgets: Budget[];
}

/** How much to generate. */
export interface CityOptions {
  /** The fixed seed: the same seed and villages give the same records. */
  readonly seed: number;
  /** How many kampung (one per kelurahan/desa, chosen by the seed). */
  readonly kampungCount: number;
  /** The reporting year: a population snapshot and a profile in January, twelve monthly reports. */
  readonly year: number;
}

const AGE_KEYS = codesOf(ageBands);
/** A young urban age structure (share per five-year band). */
const AGE_WEIGHTS = [8.4, 8.3, 8.1, 8.2, 8.5, 8.6, 8.2, 7.8, 7.1, 6.3, 5.4, 4.4, 3.4, 2.4, 1.6, 1.3];
const FERTILE = ['y15_19', 'y20_24', 'y25_29', 'y30_34', 'y35_39', 'y40_44', 'y45_49'] as const;
const ADOLESCENT = ['y10_14', 'y15_19', 'y20_24'] as const;
const ELDERLY = ['y60_64', 'y65_69', 'y70_74', 'y75plus'] as const;
/** Method mix of users in a city like Balikpapan: injectables and pills first. */
const METHOD_WEIGHTS = { iud: 8, mow: 4, mop: 0.6, implant: 11, injectable: 48, pill: 22, condom: 6.4 };

/** Throws naming the record and every schema problem: the generator must only produce valid data. */
function assertValid(type: RecordType, record: unknown, what: string): void {
  const problems = checkRecord(type, record);
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.field || '(record)'}: ${p.message.en}`).join('; ');
    throw new Error(`generateCity: the ${type} record ${what} breaks its schema: ${list}`);
  }
}

/** Lower-case, dash-separated id from a kelurahan name (`Karang Joang` → `karang-joang`). */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function bands(counts: readonly number[]): AgeBandCounts {
  const out = {} as Record<(typeof AGE_KEYS)[number], number>;
  AGE_KEYS.forEach((k, i) => {
    out[k] = counts[i] as number;
  });
  return out;
}

function sum(p: Pick<PopulationSnapshot, 'male' | 'female'>, keys: readonly string[]): number {
  let n = 0;
  for (const k of keys) {
    n += (p.male as Record<string, number>)[k] ?? 0;
    n += (p.female as Record<string, number>)[k] ?? 0;
  }
  return n;
}

const pad = (n: number) => String(n).padStart(2, '0');

function population(rng: Rng, id: string, period: string): PopulationSnapshot {
  const total = rng.int(2400, 6800);
  const males = Math.round(total * rng.between(0.5, 0.515));
  const male = bands(
    apportion(
      males,
      AGE_WEIGHTS.map((w) => w * rng.between(0.93, 1.07)),
    ),
  );
  const female = bands(
    apportion(
      total - males,
      AGE_WEIGHTS.map((w) => w * rng.between(0.93, 1.07)),
    ),
  );
  const sexes = { male, female };
  const families = Math.round(total / rng.between(3.5, 3.9));
  const women15to49 = FERTILE.reduce((s, k) => s + female[k], 0);
  const pus = Math.min(Math.round(total * rng.between(0.16, 0.19)), women15to49);
  return {
    kampungId: id,
    period,
    male,
    female,
    families,
    pus,
    familiesWithUnderFives: Math.min(families, Math.round(sum(sexes, ['y0_4']) * rng.between(0.76, 0.86))),
    familiesWithAdolescents: Math.round(families * rng.between(0.36, 0.44)),
    familiesWithElderly: Math.min(families, Math.round(sum(sexes, ELDERLY) * rng.between(0.68, 0.78))),
    adolescents: sum(sexes, ADOLESCENT),
  };
}

function profile(rng: Rng, id: string, period: string, strength: number): ProfileSnapshot {
  const strong = strength >= 0.5;
  const members = rng.int(9, 25);
  const ops = (
    ['planningMeeting', 'coordinationMeeting', 'socialisation', 'monitoringEvaluation', 'reporting'] as const
  ).slice(0, strong ? 5 : rng.int(1, 3));
  const freq = {
    planningMeeting: 'annual',
    coordinationMeeting: 'quarterly',
    socialisation: 'monthly',
    monitoringEvaluation: 'quarterly',
    reporting: 'monthly',
  } as const;
  const operationFrequency: Record<string, string> = {};
  for (const op of ops) operationFrequency[op] = freq[op];
  const poktan = (['bkb', 'bkr', 'bkl', 'uppka', 'pikr'] as const).slice(0, strong ? 5 : rng.int(2, 4));
  return {
    kampungId: id,
    period,
    pokja: strong
      ? { exists: true, decree: true, members, trained: true, trainedMembers: rng.int(3, members) }
      : { exists: true, decree: rng.next() < 0.5, members, trained: false },
    fundingSources: strong ? ['apbd', 'danaDesa', 'csr', 'selfFunded'] : ['apbd'],
    poktan: [...poktan],
    facilities: { secretariat: true, rumahDataku: strong },
    mentor: true,
    regulation: strong
      ? { exists: true, kinds: ['regentMayor', 'villageHead'] }
      : { exists: true, kinds: ['villageHead'] },
    dataSources: strong ? ['pk', 'bkkbnRoutine', 'villagePotential'] : ['pk'],
    operations: [...ops],
    operationFrequency: operationFrequency as NonNullable<ProfileSnapshot['operationFrequency']>,
  };
}

function monthly(
  rng: Rng,
  p: PopulationSnapshot,
  period: string,
  cpr: number,
  mix: readonly number[],
): MonthlyReport {
  const users = Math.round(p.pus * cpr);
  const u = apportion(users, mix);
  const nonUsers = apportion(p.pus - users, [
    rng.between(0.1, 0.16),
    rng.between(0.3, 0.4),
    rng.between(0.25, 0.32),
    rng.between(0.14, 0.2),
  ]);
  const share = (target: number, lo: number, hi: number) => Math.round(target * rng.between(lo, hi));
  return {
    kampungId: p.kampungId,
    period,
    users: {
      iud: u[0] as number,
      mow: u[1] as number,
      mop: u[2] as number,
      implant: u[3] as number,
      injectable: u[4] as number,
      pill: u[5] as number,
      condom: u[6] as number,
    },
    nonUsers: {
      pregnant: nonUsers[0] as number,
      ias: nonUsers[1] as number,
      iat: nonUsers[2] as number,
      tial: nonUsers[3] as number,
    },
    poktanParticipants: {
      bkb: share(p.familiesWithUnderFives, 0.35, 0.75),
      bkr: share(p.familiesWithAdolescents, 0.2, 0.6),
      bkl: share(p.familiesWithElderly, 0.3, 0.7),
      uppka: share(p.families, 0.02, 0.06),
      pikr: share(p.adolescents, 0.05, 0.2),
    },
    jknHolders: share(totalPopulation(p), 0.78, 0.95),
  };
}

const AREA_CRITERIA = ['coastal', 'dense', 'slum', 'poor', 'riverbank', 'industrial'] as const;
const INTERVENTIONS: readonly {
  title: string;
  section: Intervention['section'];
  agencies: Intervention['agencies'];
  targetGroups: Intervention['targetGroups'];
}[] = [
  {
    title: 'Pelayanan KB gratis di balai kelurahan',
    section: 'reproduction',
    agencies: ['odp_ppkb', 'puskesmas'],
    targetGroups: ['pus'],
  },
  {
    title: 'Penyuluhan stunting untuk keluarga balita',
    section: 'education',
    agencies: ['dinas_kesehatan', 'puskesmas'],
    targetGroups: ['familiesWithUnderFives'],
  },
  {
    title: 'Pelatihan usaha olahan ikan UPPKA',
    section: 'economy',
    agencies: ['dinas_koperasi', 'dinas_kelautan'],
    targetGroups: ['pus'],
  },
  {
    title: 'Perekaman KTP-el dan KIA keliling',
    section: 'protection',
    agencies: ['dinas_dukcapil'],
    targetGroups: ['allResidents'],
  },
  {
    title: 'Kerja bakti saluran drainase',
    section: 'environment',
    agencies: ['dinas_pupr', 'pemerindah_desa'],
    targetGroups: ['allResidents'],
  },
];
const PROPOSALS: readonly {
  title: string;
  section: Proposal['section'];
  agency: Proposal['assignedAgency'];
}[] = [
  { title: 'Lampu jalan di gang menuju posyandu', section: 'environment', agency: 'dinas_pupr' },
  { title: 'Kelas BKR untuk orang tua remaja', section: 'education', agency: 'odp_ppkb' },
  { title: 'Modal usaha kelompok UPPKA', section: 'economy', agency: 'dinas_koperasi' },
];

/**
 * Synthetic records for a new city, from the kelurahan/desa of its official list: the data its Pokja
 * operators type into the workbook. Every record passes its schema and the portal's data-entry
 * invariants (users + non-users = PUS, poktan participants within their targets, JKN holders within the
 * population), so the only errors in a filled workbook are the ones the filler adds on purpose.
 *
 * @example
 * ```ts
 * const records = generateCity([{ code: '64.71.01.1001', name: 'Manggar' }], { seed: 0x6471, kampungCount: 1, year: 2020 });
 * records.monthly.length; // 12
 * ```
 */
export function generateCity(villages: readonly Village[], options: CityOptions): CityRecords {
  const { seed, kampungCount, year } = options;
  const rngFor = (label: string) => mulberry32((seed ^ hashText(label)) >>> 0);
  const kelurahan = villages.filter((v) => /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(v.code));
  if (kelurahan.length < kampungCount) {
    throw new Error(`generateCity: ${kampungCount} kampung asked, ${kelurahan.length} kelurahan/desa given`);
  }
  const chosen = rngFor('choose')
    .shuffle(kelurahan)
    .slice(0, kampungCount)
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const out: CityRecords = {
    kampung: [],
    profiles: [],
    population: [],
    monthly: [],
    interventions: [],
    proposals: [],
    budgets: [],
  };
  for (const village of chosen) {
    addKampung(out, rngFor(`kampung:${slug(village.name)}`), village, year);
  }
  assertAllValid(out);
  return out;
}

/**
 * One kampung's records, appended to `out`: the kampung, its January profile and population, twelve
 * monthly reports, 2–4 interventions, one proposal and its budgets, all drawn from its own stream `rng`
 * (in this order).
 */
function addKampung(out: CityRecords, rng: Rng, village: Village, year: number): void {
  const id = slug(village.name);
  const january = `${year}-01`;
  out.kampung.push(kampungOf(rng, id, village, year));
  const strength = rng.next();
  out.profiles.push(profile(rng, id, january, strength));
  const p = population(rng, id, january);
  out.population.push(p);
  out.monthly.push(...monthlySeries(rng, p, year, strength));
  const picks = rng.shuffle(INTERVENTIONS).slice(0, rng.int(2, 4));
  picks.forEach((t, i) => {
    out.interventions.push({
      id: `${id}-${year}-${i + 1}`,
      kampungId: id,
      title: t.title,
      date: `${year}-${pad(3 + i * 3)}-${pad(rng.int(1, 28))}`,
      section: t.section,
      agencies: [...t.agencies],
      targetGroups: [...t.targetGroups],
      place: `Kelurahan ${village.name}`,
    });
  });
  out.proposals.push(proposalOf(rng, id, year, picks.length > 0));
  out.budgets.push({ kampungId: id, year, fundingSource: 'apbd', amount: rng.int(10, 40) * 1_000_000 });
  if (strength >= 0.5) {
    out.budgets.push({ kampungId: id, year, fundingSource: 'csr', amount: rng.int(5, 20) * 1_000_000 });
  }
}

/** The kampung record: designated one to three years before `year`, in one RW of its kelurahan. */
function kampungOf(rng: Rng, id: string, village: Village, year: number): Kampung {
  const designated = `${year - rng.int(1, 3)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  const areas = rng.shuffle(AREA_CRITERIA).slice(0, rng.int(1, 2));
  return {
    id,
    name: `Kampung KB ${village.name}`,
    regionCode: village.code,
    scope: { rw: [pad(rng.int(1, 20))] },
    designationDate: designated,
    mainCriteria: rng.next() < 0.5 ? ['lowKbParticipation'] : ['lowKbParticipation', 'highPoverty'],
    areaCriteria: [...areas],
  };
}

/** Twelve monthly reports of a year, the CPR drifting between 40 % and 80 %. */
function monthlySeries(rng: Rng, p: PopulationSnapshot, year: number, strength: number): MonthlyReport[] {
  let cpr = rng.between(0.48, 0.7);
  // The kampung's own method mix: long-acting methods weigh more where the Pokja is strong.
  const mix = Object.entries(METHOD_WEIGHTS).map(
    ([method, w]) =>
      w * rng.between(0.7, 1.3) * (['iud', 'mow', 'implant'].includes(method) ? 0.7 + strength : 1),
  );
  const reports: MonthlyReport[] = [];
  for (let m = 1; m <= 12; m++) {
    cpr = Math.min(0.8, Math.max(0.4, cpr + rng.between(-0.01, 0.015)));
    reports.push(monthly(rng, p, `${year}-${pad(m)}`, cpr, mix));
  }
  return reports;
}

/** The kampung's urun rembug proposal of February: addressed in November half the time (when it had interventions). */
function proposalOf(rng: Rng, id: string, year: number, hasInterventions: boolean): Proposal {
  const proposal = rng.pick(PROPOSALS);
  const addressed = rng.next() < 0.5 && hasInterventions;
  return {
    id: `${id}-urun-${year}`,
    kampungId: id,
    raisedOn: `${year}-02-${pad(rng.int(1, 28))}`,
    title: proposal.title,
    section: proposal.section,
    status: addressed ? 'addressed' : 'assigned',
    ...(proposal.agency ? { assignedAgency: proposal.agency } : {}),
    ...(addressed ? { addressedOn: `${year}-11-${pad(rng.int(1, 28))}` } : {}),
  };
}

/** Checks every record against its schema (see {@link assertValid}). */
function assertAllValid(out: CityRecords): void {
  for (const [type, list] of [
    ['kampung', out.kampung],
    ['profile', out.profiles],
    ['population', out.population],
    ['monthly', out.monthly],
    ['intervention', out.interventions],
    ['proposal', out.proposals],
    ['budget', out.budgets],
  ] as const) {
    list.forEach((r, i) => {
      assertValid(type, r, `#${i + 1}`);
    });
  }
}
