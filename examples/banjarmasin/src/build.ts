import {
  type AgeBandCounts,
  ageBands,
  checkRecord,
  codesOf,
  type Intervention,
  type Kampung,
  type MonthlyReport,
  POKTAN_TARGETS,
  type PoktanCode,
  type PopulationSnapshot,
  type ProfileSnapshot,
  type RecordType,
  type Region,
  totalPopulation,
} from '@kampung-kb/model';
import { type Classification, classify, isHalfPercent, LEVEL_NAMES, pgPercent } from './classify.js';
import {
  CSR_PARTNERS,
  INTERVENTION_TEMPLATES,
  type InterventionTemplate,
  type KampungDesign,
  type PokjaState,
  type ProfileDesign,
} from './design.js';
import { outputsOf } from './outputs.js';
import { apportion, hashText, mulberry32, type Rng } from './prng.js';

/**
 * Turns kampung designs into records: population snapshots, profile snapshots, monthly reports and
 * interventions, each checked against the model's schema and the programme's data-entry invariants.
 * Every kampung draws from its own random stream (the fixed seed mixed with a label), so changing one
 * kampung never shifts the figures of another.
 */

/** The fixed seed of the whole data set ("63.71" and 2020). Change it and every figure changes. */
export const SEED = 0x6371_2020;

/** The months of 2020, the reporting year of the data set. */
export const MONTHS_2020: readonly string[] = Array.from(
  { length: 12 },
  (_, i) => `2020-${String(i + 1).padStart(2, '0')}`,
);

/** The month the expected levels are computed for. */
export const CLASSIFICATION_PERIOD = '2020-12';

/** A random stream for one purpose, derived from {@link SEED}. */
export function rngFor(label: string): Rng {
  return mulberry32((SEED ^ hashText(label)) >>> 0);
}

/** Aborts generation with a clear message. */
export function fail(message: string): never {
  throw new Error(`generate: ${message}`);
}

/** Checks a record against its schema; aborts naming the record and every problem. */
export function assertValid(type: RecordType, record: unknown, what: string): void {
  const problems = checkRecord(type, record);
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.field || '(record)'}: ${p.message.en}`).join('; ');
    fail(`the generated ${type} record ${what} breaks its schema: ${list}`);
  }
}

const AGE_KEYS = codesOf(ageBands);

/** A young urban age structure (share per five-year band), roughly that of Kota Banjarmasin. */
const AGE_WEIGHTS = [8.6, 8.4, 8.2, 8.3, 8.6, 8.4, 8.0, 7.6, 7.0, 6.3, 5.4, 4.4, 3.4, 2.4, 1.6, 1.4];

function bands(counts: readonly number[]): AgeBandCounts {
  const out = {} as Record<(typeof AGE_KEYS)[number], number>;
  AGE_KEYS.forEach((k, i) => {
    out[k] = counts[i] as number;
  });
  return out;
}

function sumBands(p: Pick<PopulationSnapshot, 'male' | 'female'>, keys: readonly string[]): number {
  let n = 0;
  for (const k of keys) {
    n += (p.male as Record<string, number>)[k] ?? 0;
    n += (p.female as Record<string, number>)[k] ?? 0;
  }
  return n;
}

const ADOLESCENT_BANDS = ['y10_14', 'y15_19', 'y20_24'];
const ELDERLY_BANDS = ['y60_64', 'y65_69', 'y70_74', 'y75plus'];
const FERTILE_BANDS = ['y15_19', 'y20_24', 'y25_29', 'y30_34', 'y35_39', 'y40_44', 'y45_49'];

/** The population snapshot of 2020-01. */
export function buildPopulation(rng: Rng, d: KampungDesign): PopulationSnapshot {
  const total = Math.round(d.population * rng.between(0.95, 1.05));
  const males = Math.round(total * rng.between(0.497, 0.508));
  const wm = AGE_WEIGHTS.map((w) => w * rng.between(0.93, 1.07));
  const wf = AGE_WEIGHTS.map((w, i) => w * rng.between(0.93, 1.07) * (i >= 12 ? 1.12 : 1));
  const male = bands(apportion(males, wm));
  const female = bands(apportion(total - males, wf));
  const sexes = { male, female };
  const families = Math.round(total / rng.between(3.45, 3.85));
  let pus = Math.round(total * rng.between(0.155, 0.19));
  if (d.edge === 'cpr30') pus = Math.round(pus / 10) * 10;
  const adolescents = sumBands(sexes, ADOLESCENT_BANDS);
  const underFives = sumBands(sexes, ['y0_4']);
  const elderly = sumBands(sexes, ELDERLY_BANDS);
  const snapshot: PopulationSnapshot = {
    kampungId: d.id,
    period: '2020-01',
    male,
    female,
    families,
    pus,
    familiesWithUnderFives: Math.round(underFives * rng.between(0.76, 0.86)),
    familiesWithAdolescents: Math.round(Math.min(families * rng.between(0.36, 0.44), adolescents * 0.7)),
    familiesWithElderly: Math.round(elderly * rng.between(0.68, 0.78)),
    adolescents,
  };
  const women15to49 = FERTILE_BANDS.reduce((s, k) => s + (female as Record<string, number>)[k]!, 0);
  if (pus > women15to49) fail(`${d.id}: PUS ${pus} exceeds the women aged 15–49 (${women15to49})`);
  return snapshot;
}

/** A 2020-07 update: births and in-migration since January, a few more families and PUS. */
export function updatePopulation(rng: Rng, base: PopulationSnapshot): PopulationSnapshot {
  const growth = Math.max(8, Math.round(totalPopulation(base) * rng.between(0.004, 0.008)));
  const births = Math.round(growth * 0.45);
  const birthsMale = Math.round(births * rng.between(0.48, 0.54));
  const movers = apportion(growth - births, [0, 0, 0, 2, 4, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0]);
  const male = { ...base.male };
  const female = { ...base.female };
  male.y0_4 += birthsMale;
  female.y0_4 += births - birthsMale;
  AGE_KEYS.forEach((k, i) => {
    const m = movers[i] as number;
    const toMale = Math.floor(m / 2);
    male[k] += toMale;
    female[k] += m - toMale;
  });
  const sexes = { male, female };
  return {
    ...base,
    period: '2020-07',
    male,
    female,
    families: base.families + Math.round(growth / 3.2),
    pus: base.pus + Math.max(1, Math.round(growth * 0.3)),
    familiesWithUnderFives: base.familiesWithUnderFives + Math.round(births * 0.8),
    adolescents: sumBands(sexes, ADOLESCENT_BANDS),
  };
}

const FREQUENCY = {
  planningMeeting: 'annual',
  coordinationMeeting: 'quarterly',
  socialisation: 'monthly',
  monitoringEvaluation: 'quarterly',
  reporting: 'monthly',
} as const;

function pokjaOf(state: PokjaState, members: number, trainedMembers: number): ProfileSnapshot['pokja'] {
  switch (state) {
    case 'none':
      return { exists: false, decree: false, members: null, trained: false };
    case 'exists':
      return { exists: true, decree: true, members: null, trained: false };
    case 'members':
      return { exists: true, decree: true, members, trained: false };
    case 'full':
      return { exists: true, decree: true, members, trained: true, trainedMembers };
  }
}

/** A profile snapshot from its design. */
export function buildProfile(
  kampungId: string,
  period: string,
  d: ProfileDesign,
  members: number,
  trainedMembers: number,
): ProfileSnapshot {
  const p: ProfileSnapshot = {
    kampungId,
    period,
    pokja: pokjaOf(d.pokja, members, trainedMembers),
    fundingSources: [...d.funding],
    poktan: [...d.poktan],
    facilities: { secretariat: d.secretariat, rumahDataku: d.rumahDataku },
    mentor: d.mentor,
    regulation: { exists: d.regulation.length > 0, kinds: [...d.regulation] },
    dataSources: [...d.data],
    operations: [...d.ops],
  };
  if (d.ops.length > 0) {
    const freq: Record<string, string> = {};
    for (const op of d.ops) freq[op] = FREQUENCY[op];
    p.operationFrequency = freq as NonNullable<ProfileSnapshot['operationFrequency']>;
  }
  return p;
}

/**
 * The count nearest `den × pct / 100` whose share of `den` is exactly a half percent (`x.5 %`, also in
 * binary: `(n / den) × 100` is that half as a double, so the portal's floating-point rounding sees the tie).
 */
function halfPercentCount(id: string, den: number, pct: number): number {
  const target = (den * pct) / 100;
  for (let step = 0; step <= den / 50; step++) {
    for (const n of [Math.round(target) + step, Math.round(target) - step]) {
      if (n > 0 && isHalfPercent(n, den) && ((n / den) * 100) % 1 === 0.5) return n;
    }
  }
  return fail(`${id}: no count near ${pct} % of ${den} is a half percent`);
}

/** round(den × pct / 100), moved off an exact half percent so every rounding mode agrees. */
function countFor(den: number, pct: number): number {
  let n = Math.round((den * pct) / 100);
  if (isHalfPercent(n, den)) n += n > 0 ? -1 : 1;
  return n;
}

type Users = MonthlyReport['users'];
type NonUsers = MonthlyReport['nonUsers'];
type Participants = MonthlyReport['poktanParticipants'];

const USER_KEYS = ['iud', 'mow', 'mop', 'implant', 'injectable', 'pill', 'condom'] as const;
const NON_USER_KEYS = ['pregnant', 'ias', 'iat', 'tial'] as const;
const POKTAN_KEYS: readonly PoktanCode[] = ['bkb', 'bkr', 'bkl', 'uppka', 'pikr'];

interface FpState {
  users: Users;
  nonUsers: NonUsers;
}

/** The 2020-12 contraceptive state built to the design's CPR, MKJP share and unmet need. */
function decemberState(rng: Rng, d: KampungDesign, pus: number): FpState {
  let users = d.edge === 'cprHalf' ? halfPercentCount(d.id, pus, d.output.cpr) : countFor(pus, d.output.cpr);
  if (d.edge === 'mkjp20') users -= users % 5;
  const mkjp = d.edge === 'mkjp20' ? users / 5 : countFor(users, d.output.mkjp);
  const [iud, implant, mow, mop] = apportion(mkjp, [
    0.38 * rng.between(0.85, 1.15),
    0.47 * rng.between(0.85, 1.15),
    0.12 * rng.between(0.8, 1.2),
    0.03 * rng.between(0.6, 1.4),
  ]) as [number, number, number, number];
  const [injectable, pill, condom] = apportion(users - mkjp, [
    0.62 * rng.between(0.9, 1.1),
    0.3 * rng.between(0.85, 1.15),
    0.08 * rng.between(0.7, 1.3),
  ]) as [number, number, number];
  const unmet = countFor(pus, d.output.unmet);
  const iat = Math.round(unmet * rng.between(0.5, 0.6));
  const pregnant = Math.round(pus * rng.between(0.035, 0.055));
  const ias = pus - users - unmet - pregnant;
  if (ias < 0)
    fail(`${d.id}: the design leaves no room for IAS (CPR ${d.output.cpr}, unmet ${d.output.unmet})`);
  return {
    users: { iud, mow, mop, implant, injectable, pill, condom },
    nonUsers: { pregnant, ias, iat, tial: unmet - iat },
  };
}

/**
 * The 2020-01 state: the year's new acceptors (1–3.5 % of PUS, mostly injectable and implant) were still
 * non-users wanting to delay (IAT) or stop (TIAL) childbearing; PUS differs when the population was
 * updated in July.
 */
function januaryState(rng: Rng, id: string, dec: FpState, pusDec: number, pusJan: number): FpState {
  const gain = Math.round(pusDec * rng.between(0.012, 0.035));
  const weights = [0.12, 0.01, 0, 0.22, 0.45, 0.15, 0.05];
  const taken = apportion(gain, weights);
  const users = { ...dec.users };
  USER_KEYS.forEach((k, i) => {
    users[k] -= taken[i] as number;
  });
  const [toIat, toTial, toIas] = apportion(gain, [0.4, 0.35, 0.25]) as [number, number, number];
  const nonUsers = {
    pregnant: dec.nonUsers.pregnant,
    ias: dec.nonUsers.ias + toIas - (pusDec - pusJan),
    iat: dec.nonUsers.iat + toIat,
    tial: dec.nonUsers.tial + toTial,
  };
  for (const [k, v] of [...Object.entries(users), ...Object.entries(nonUsers)]) {
    if (v < 0) fail(`${id}: the January ${k} count would be negative`);
  }
  return { users, nonUsers };
}

const lerp = (a: number, b: number, t: number): number => Math.round(a + (b - a) * t);

export interface BuildOptions {
  /** Months to report (default the 12 months of 2020). */
  months?: readonly string[];
  /** Skip the level check (the invalid/ base data has no designed level). */
  checkLevel?: boolean;
}

/** Everything built for one kampung. */
export interface BuiltKampung {
  design: KampungDesign;
  kampung: Kampung;
  profiles: ProfileSnapshot[];
  population: PopulationSnapshot[];
  monthly: MonthlyReport[];
  interventions: Intervention[];
  classification: Classification;
}

function inForce<T extends { period: string }>(records: readonly T[], period: string): T | undefined {
  let found: T | undefined;
  for (const r of records) if (r.period <= period && (!found || r.period > found.period)) found = r;
  return found;
}

function participantsTarget(pop: PopulationSnapshot, code: PoktanCode): number {
  return pop[POKTAN_TARGETS[code]];
}

function buildMonthly(
  rng: Rng,
  d: KampungDesign,
  months: readonly string[],
  population: readonly PopulationSnapshot[],
  profiles: readonly ProfileSnapshot[],
): MonthlyReport[] {
  const last = months.length - 1;
  const popOf = (m: string): PopulationSnapshot =>
    inForce(population, m) ?? fail(`${d.id}: no population for ${m}`);
  const popFirst = popOf(months[0] as string);
  const popLast = popOf(months[last] as string);
  const dec = decemberState(rng, d, popLast.pus);
  const jan = januaryState(rng, d.id, dec, popLast.pus, popFirst.pus);

  // Poktan participants: grow towards the design; a poktan formed mid-year starts in its month.
  const firstProfilePoktan = new Set(profiles[0]?.poktan ?? []);
  const lastProfilePoktan = new Set(profiles[profiles.length - 1]?.poktan ?? []);
  const decParticipants = {} as Record<PoktanCode, number>;
  const startIndex = {} as Record<PoktanCode, number>;
  const startValue = {} as Record<PoktanCode, number>;
  for (const code of POKTAN_KEYS) {
    const pct = d.output.poktan[code];
    const present = lastProfilePoktan.has(code);
    if (present !== (pct !== undefined))
      fail(`${d.id}: poktan ${code} must have a participation figure exactly when the profile lists it`);
    decParticipants[code] = present ? countFor(participantsTarget(popLast, code), pct ?? 0) : 0;
    const formedLater = present && !firstProfilePoktan.has(code) && profiles.length > 1;
    const from = formedLater ? months.indexOf(profiles[profiles.length - 1]!.period) : 0;
    startIndex[code] = Math.max(0, from);
    startValue[code] = Math.round(
      decParticipants[code] * (formedLater ? rng.between(0.45, 0.6) : rng.between(0.72, 0.9)),
    );
  }
  const jknFrom = rng.between(0.6, 0.8);
  const jknTo = jknFrom + rng.between(0.01, 0.05);

  return months.map((period, i) => {
    const t = last === 0 ? 1 : i / last;
    const pop = popOf(period);
    const users = {} as Users;
    for (const k of USER_KEYS) users[k] = lerp(jan.users[k], dec.users[k], t);
    const nonUsers = {} as NonUsers;
    for (const k of NON_USER_KEYS) nonUsers[k] = lerp(jan.nonUsers[k], dec.nonUsers[k], t);
    if (i > 0 && i < last) {
      const wobble = rng.int(-2, 2);
      if (nonUsers.pregnant + wobble >= 0) {
        nonUsers.pregnant += wobble;
        nonUsers.ias -= wobble;
      }
    }
    const sum =
      USER_KEYS.reduce((s, k) => s + users[k], 0) + NON_USER_KEYS.reduce((s, k) => s + nonUsers[k], 0);
    nonUsers.ias += pop.pus - sum;
    const participants = {} as Participants;
    for (const code of POKTAN_KEYS) {
      const from = startIndex[code];
      const span = last - from;
      const value =
        i < from ? 0 : lerp(startValue[code], decParticipants[code], span === 0 ? 1 : (i - from) / span);
      participants[code] = Math.min(value, participantsTarget(pop, code));
    }
    const report: MonthlyReport = {
      kampungId: d.id,
      period,
      users,
      nonUsers,
      poktanParticipants: participants,
      jknHolders: Math.round(totalPopulation(pop) * (jknFrom + (jknTo - jknFrom) * t)),
    };
    checkInvariants(report, pop);
    return report;
  });
}

/** The portal's data-entry invariants (its `app/Http/Requests/Admin/Kkbpk/CreateRequest.php`, see docs/sources.md); aborts when a generated report breaks one. */
function checkInvariants(r: MonthlyReport, pop: PopulationSnapshot): void {
  const where = `${r.kampungId} ${r.period}`;
  const users = USER_KEYS.reduce((s, k) => s + r.users[k], 0);
  const nonUsers = NON_USER_KEYS.reduce((s, k) => s + r.nonUsers[k], 0);
  if (users + nonUsers !== pop.pus) fail(`${where}: users ${users} + non-users ${nonUsers} ≠ PUS ${pop.pus}`);
  for (const code of POKTAN_KEYS) {
    if (r.poktanParticipants[code] > participantsTarget(pop, code))
      fail(`${where}: ${code} participants exceed their target`);
  }
  if (r.jknHolders > totalPopulation(pop)) fail(`${where}: JKN holders exceed the population`);
  for (const v of [
    ...Object.values(r.users),
    ...Object.values(r.nonUsers),
    ...Object.values(r.poktanParticipants),
  ]) {
    if (v === undefined || v < 0 || !Number.isInteger(v))
      fail(`${where}: a count is not a non-negative integer`);
  }
}

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The programme's own offices (the city's KB office and BKKBN's provincial office): not cross-sector. */
export const OWN: ReadonlySet<string> = new Set(['odp_ppkb', 'perwakilan_bkkbn']);

const FEATURED = new Set([
  'pro-dukcapil',
  'env-rtlh',
  'env-sanitasi',
  'eco-csr-modal',
  'env-hijau',
  'eco-pkh',
  'pro-jkn',
]);

function crossSector(templates: readonly InterventionTemplate[]): Set<string> {
  const s = new Set<string>();
  for (const t of templates) for (const a of t.agencies) if (!OWN.has(a)) s.add(a);
  return s;
}

function buildInterventions(rng: Rng, d: KampungDesign, lastDate: string): Intervention[] {
  const { count, agencies } = d.interventions;
  // Free birth certificates, KIA and KTP by Dukcapil were part of the city's package (§7): every kampung
  // with three or more partner agencies has had such a service day.
  const mustInclude = [...(d.interventions.mustInclude ?? []), ...(agencies >= 3 ? ['pro-dukcapil'] : [])];
  const profile = d.profile;
  const fits = (t: InterventionTemplate): boolean =>
    t.requires === undefined ||
    (t.requires === 'rumahDataku' ? profile.rumahDataku : profile.poktan.includes(t.requires));
  const must = mustInclude.map(
    (k) => INTERVENTION_TEMPLATES.find((t) => t.key === k) ?? fail(`${d.id}: unknown template ${k}`),
  );
  const eligible = INTERVENTION_TEMPLATES.filter((t) => !t.only && !mustInclude.includes(t.key) && fits(t));
  // The programme's signature services (free civil registration, PUPR 100-0-100, CSR, social
  // assistance) are drawn twice as often.
  const pool = [...eligible, ...eligible.filter((t) => FEATURED.has(t.key))];
  let chosen: InterventionTemplate[] | undefined;
  for (let attempt = 0; attempt < 20_000 && !chosen; attempt++) {
    const pick = [...must];
    for (const t of rng.shuffle(pool)) {
      if (pick.length === count) break;
      if (pick.includes(t)) continue;
      if (crossSector([...pick, t]).size <= agencies) pick.push(t);
    }
    if (pick.length === count && crossSector(pick).size === agencies) chosen = pick;
  }
  if (!chosen) fail(`${d.id}: cannot find ${count} interventions by exactly ${agencies} agencies`);

  const start = d.designationDate > '2017-01-01' ? d.designationDate : '2017-01-01';
  const span = daysBetween(start, lastDate);
  const days = new Set<number>();
  while (days.size < count) days.add(rng.int(1, span));
  const dates = [...days].sort((a, b) => a - b).map((n) => addDays(start, n));
  const ordered = rng.shuffle(chosen);
  return ordered.map((t, i) => {
    const r: Intervention = {
      id: `${d.id}-${String(i + 1).padStart(2, '0')}`,
      kampungId: d.id,
      title: t.title,
      date: dates[i] as string,
      section: t.section,
      agencies: [...t.agencies],
      targetGroups: [...t.targetGroups],
    };
    if (t.csr) r.partner = rng.pick(CSR_PARTNERS);
    if (t.atHall) r.place = `Aula Kantor Kelurahan ${d.kelurahan}`;
    if (t.description) r.description = t.description;
    // Key order as the schema lists the fields.
    return {
      id: r.id,
      kampungId: r.kampungId,
      title: r.title,
      date: r.date,
      section: r.section,
      agencies: r.agencies,
      ...(r.partner === undefined ? {} : { partner: r.partner }),
      targetGroups: r.targetGroups,
      ...(r.place === undefined ? {} : { place: r.place }),
      ...(r.description === undefined ? {} : { description: r.description }),
      // Outputs, spend and funding source from their own stream: the rest of the data set is unchanged.
      ...outputsOf(rngFor(`outputs ${r.id}`), t),
    };
  });
}

/** The last day events are dated on in a data set ending with `lastMonth` (the 15th, the reporting day). */
export function lastDayOf(lastMonth: string): string {
  return `${lastMonth}-15`;
}

/** The kampung record of a design. */
function kampungRecord(d: KampungDesign): Kampung {
  return {
    id: d.id,
    name: `Kampung KB ${d.kelurahan}`,
    regionCode: d.code,
    ...(d.scope ? { scope: d.scope } : {}),
    designationDate: d.designationDate,
    mainCriteria: [...d.mainCriteria],
    areaCriteria: [...d.areaCriteria],
    branding: 'Kampung Baiman',
    ...(d.theme ? { theme: d.theme } : {}),
    ...(d.model ? { model: d.model } : {}),
  };
}

/** Builds, checks and classifies one kampung. */
export function buildKampung(d: KampungDesign, options: BuildOptions = {}): BuiltKampung {
  const months = options.months ?? MONTHS_2020;
  const lastMonth = months[months.length - 1] as string;
  const rng = rngFor(`kampung:${d.id}`);

  const base = buildPopulation(rng, d);
  const population = d.populationUpdate ? [base, updatePopulation(rng, base)] : [base];

  const members = rng.int(12, 28);
  const trainedMembers = rng.int(4, Math.min(members, 12));
  const firstPeriod = d.profileFrom ?? (months[0] as string);
  const profiles = d.profileJan
    ? [
        buildProfile(d.id, firstPeriod, { ...d.profile, ...d.profileJan }, members, trainedMembers),
        buildProfile(d.id, '2020-07', d.profile, members, trainedMembers),
      ]
    : [buildProfile(d.id, firstPeriod, d.profile, members, trainedMembers)];

  const monthly = buildMonthly(rng, d, months, population, profiles);
  const lastDay = lastDayOf(lastMonth);
  const interventions = buildInterventions(rng, d, lastDay);
  const kampung = kampungRecord(d);

  assertValid('kampung', kampung, d.id);
  for (const p of profiles) assertValid('profile', p, `${d.id} ${p.period}`);
  for (const p of population) assertValid('population', p, `${d.id} ${p.period}`);
  for (const m of monthly) assertValid('monthly', m, `${d.id} ${m.period}`);
  for (const i of interventions) assertValid('intervention', i, i.id);

  const profile = inForce(profiles, lastMonth) ?? fail(`${d.id}: no profile in force at ${lastMonth}`);
  const pop = inForce(population, lastMonth) ?? fail(`${d.id}: no population in force at ${lastMonth}`);
  const report = monthly[monthly.length - 1] as MonthlyReport;
  const classification = classify(profile, pop, report, interventions);

  // Every ratio of the classified month is away from an exact half, so half-up and half-even agree, but a
  // designed tie (`cprHalf`), which must be one.
  const ratios: Array<[string, number, number]> = [
    ['CPR', USER_KEYS.reduce((s, k) => s + report.users[k], 0), pop.pus],
    ['unmet need', report.nonUsers.iat + report.nonUsers.tial, pop.pus],
    ...POKTAN_KEYS.map((c): [string, number, number] => [
      c,
      report.poktanParticipants[c],
      participantsTarget(pop, c),
    ]),
  ];
  for (const [name, num, den] of ratios) {
    const tie = d.edge === 'cprHalf' && name === 'CPR';
    if (isHalfPercent(num, den) !== tie) {
      fail(`${d.id}: ${name} is ${tie ? 'not' : ''} exactly a half percent (${num}/${den})`);
    }
  }

  if (options.checkLevel !== false) {
    if (classification.level !== d.level) {
      fail(
        `${d.id} is built to be ${LEVEL_NAMES[d.level]} at ${lastMonth} but classifies as ` +
          `${LEVEL_NAMES[classification.level]} (input ${classification.input}, process ${classification.process}, ` +
          `output ${classification.output}; scores ${JSON.stringify(classification.scores)}; ` +
          `percentages ${JSON.stringify(classification.percentages)})`,
      );
    }
    const users = USER_KEYS.reduce((s, k) => s + report.users[k], 0);
    const mkjp = report.users.iud + report.users.mow + report.users.mop + report.users.implant;
    if (d.edge === 'cpr30' && users * 100 !== pop.pus * 30) fail(`${d.id}: CPR is not exactly 30 %`);
    if (d.edge === 'mkjp20' && mkjp * 100 !== users * 20) fail(`${d.id}: MKJP share is not exactly 20 %`);
    if (d.edge && pgPercent(users, pop.pus) === null) fail(`${d.id}: no PUS`);
  }
  return { design: d, kampung, profiles, population, monthly, interventions, classification };
}

/** The regions a set of kampung needs: fixed upper levels plus each kampung's kelurahan. */
export function regionsFor(
  upper: ReadonlyArray<{ code: string; name: string }>,
  designs: readonly KampungDesign[],
): Region[] {
  const villages = [...designs]
    .map((d) => ({ code: d.code, name: d.kelurahan }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const regions = [...upper.map((r) => ({ ...r })), ...villages];
  for (const r of regions) assertValid('region', r, r.code);
  return regions;
}
