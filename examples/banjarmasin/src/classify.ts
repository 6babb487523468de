import type {
  AgencyCode,
  Intervention,
  MonthlyReport,
  PopulationSnapshot,
  ProfileSnapshot,
} from '@kampung-kb/model';

/**
 * A small, self-contained copy of the portal's classification (its `database/sql/statistik/classification/kampung.sql`, see docs/classification.md), used by the generator
 * to know each kampung's level by construction. The SDK's own implementation lives in
 * `@kampung-kb/indicators`; the two must agree on this data (the example's test checks it).
 */

/** The four levels, lowest first (the codes `@kampung-kb/indicators` uses). */
export type Level = 'dasar' | 'berkembang' | 'mandiri' | 'berkelanjutan';
export const LEVELS: readonly Level[] = ['dasar', 'berkembang', 'mandiri', 'berkelanjutan'];
export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  dasar: 'Dasar',
  berkembang: 'Berkembang',
  mandiri: 'Mandiri',
  berkelanjutan: 'Berkelanjutan',
};

/** Agencies the cross-sector count leaves out: the city's own KB office and the BKKBN representative. */
export const OWN_AGENCIES: readonly AgencyCode[] = ['odp_ppkb', 'perwakilan_bkkbn'];

/** Whether num/den × 100 lies exactly halfway between two integers (where rounding modes differ). */
export function isHalfPercent(num: number, den: number): boolean {
  if (den === 0) return false;
  const twice = 200 * num;
  return twice % den === 0 && (twice / den) % 2 === 1;
}

/** num/den × 100 rounded half to even (exact integer arithmetic); null when den is 0. */
export function pgPercent(num: number, den: number): number | null {
  if (den === 0) return null;
  const q = Math.floor((100 * num) / den);
  const rem = 100 * num - q * den;
  if (2 * rem > den) return q + 1;
  if (2 * rem < den) return q;
  return q % 2 === 0 ? q : q + 1;
}

/** Rounds half to even. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (Math.abs(d - 0.5) < 1e-9) return f % 2 === 0 ? f : f + 1;
  return Math.round(x);
}

/** Mean of integer scores rounded to 2 decimals. */
function index(scores: readonly number[]): number {
  const sum = scores.reduce((s, v) => s + v, 0);
  return Math.round((sum * 100) / scores.length) / 100;
}

export interface SubScores {
  pokja: number;
  funding: number;
  poktan: number;
  facilities: number;
  mentorRegulation: number;
  dataSources: number;
  operations: number;
  crossSector: number;
  poktanParticipation: number;
  cpr: number;
  mkjpShare: number;
  unmetNeed: number;
}

export interface Percentages {
  cpr: number | null;
  mkjpShare: number | null;
  unmetNeed: number | null;
  poktanParticipation: number | null;
}

export interface Classification {
  level: Level;
  input: number;
  process: number;
  output: number;
  scores: SubScores;
  percentages: Percentages;
  crossSectorAgencies: number;
}

const band = (v: number, edges: readonly [number, number, number]): number =>
  v <= edges[0] ? 1 : v <= edges[1] ? 2 : v <= edges[2] ? 3 : 4;

/** The level from three indices (threshold 3). */
export function levelOf(input: number, process: number, output: number): Level {
  const reached = Number(input >= 3) + Number(process >= 3) + Number(output >= 3);
  if (reached <= 1) return 'dasar';
  if (output < 3) return 'berkembang';
  return reached === 3 ? 'berkelanjutan' : 'mandiri';
}

/**
 * Classifies one kampung from the profile and population snapshot in force, the month's report and the
 * interventions dated up to the end of that month.
 */
export function classify(
  profile: ProfileSnapshot,
  population: PopulationSnapshot,
  report: MonthlyReport,
  interventions: readonly Intervention[],
): Classification {
  const p = profile;
  const pokja = !p.pokja.exists
    ? 1
    : 2 +
      Number((p.pokja.members ?? 0) > 0 || p.pokja.trained) +
      Number((p.pokja.members ?? 0) > 0 && p.pokja.trained);
  const nFunding = p.fundingSources.length;
  const funding = nFunding === 0 ? 1 : nFunding === 1 ? 2 : nFunding <= 4 ? 3 : 4;
  const nPoktan = p.poktan.length;
  const poktan = nPoktan === 0 ? 1 : nPoktan <= 2 ? 2 : nPoktan <= 4 ? 3 : 4;
  const facilities = 1 + Number(p.facilities.secretariat) + Number(p.facilities.rumahDataku);
  const mentorRegulation = 1 + Number(p.mentor) + Number(p.regulation.exists);

  const nData = p.dataSources.length;
  const dataSources = nData === 0 ? 1 : nData === 1 ? 2 : nData <= 3 ? 3 : 4;
  const nOps = p.operations.length;
  const operations = nOps === 0 ? 1 : nOps <= 2 ? 2 : nOps <= 4 ? 3 : 4;
  const agencies = new Set<string>();
  for (const i of interventions) for (const a of i.agencies) if (!OWN_AGENCIES.includes(a)) agencies.add(a);
  const n = agencies.size;
  const crossSector = n === 0 ? 1 : n <= 3 ? 2 : n <= 6 ? 3 : 4;

  const u = report.users;
  const users = u.iud + u.mow + u.mop + u.implant + u.injectable + u.pill + u.condom;
  const mkjp = u.iud + u.mow + u.mop + u.implant;
  const pus = population.pus;
  const cprPct = pgPercent(users, pus);
  const mkjpPct = pgPercent(mkjp, users);
  const unmetPct = pgPercent(report.nonUsers.iat + report.nonUsers.tial, pus);
  const pp = report.poktanParticipants;
  const parts = [
    pgPercent(pp.bkb, population.familiesWithUnderFives),
    pgPercent(pp.bkr, population.familiesWithAdolescents),
    pgPercent(pp.bkl, population.familiesWithElderly),
    pgPercent(pp.uppka, population.families),
    pgPercent(pp.pikr, population.adolescents),
  ];
  const poktanPct = parts.some((x) => x === null)
    ? null
    : roundHalfEven(parts.reduce<number>((s, x) => s + (x ?? 0), 0) / parts.length);

  const cpr = cprPct === null || cprPct < 30 ? 1 : cprPct <= 40 ? 2 : cprPct <= 50 ? 3 : 4;
  const mkjpShare = mkjpPct === null ? 1 : band(mkjpPct, [19, 22, 24]);
  const unmetNeed = unmetPct === null || unmetPct >= 13 ? 1 : unmetPct >= 10 ? 2 : unmetPct >= 7 ? 3 : 4;
  const poktanParticipation = poktanPct === null ? 1 : band(poktanPct, [9, 20, 30]);

  const input = index([pokja, funding, poktan, facilities, mentorRegulation]);
  const process = index([dataSources, operations, crossSector]);
  const output = index([poktanParticipation, cpr, mkjpShare, unmetNeed]);
  return {
    level: levelOf(input, process, output),
    input,
    process,
    output,
    scores: {
      pokja,
      funding,
      poktan,
      facilities,
      mentorRegulation,
      dataSources,
      operations,
      crossSector,
      poktanParticipation,
      cpr,
      mkjpShare,
      unmetNeed,
    },
    percentages: { cpr: cprPct, mkjpShare: mkjpPct, unmetNeed: unmetPct, poktanParticipation: poktanPct },
    crossSectorAgencies: n,
  };
}
