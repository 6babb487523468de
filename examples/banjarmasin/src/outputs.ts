import type { FundingSourceCode, Intervention, InterventionOutputCode } from '@kampung-kb/model';
import type { InterventionTemplate } from './design.js';
import type { Rng } from './prng.js';

/** A range of an output: whole numbers, or metres with `decimals` places. */
interface OutputRange {
  readonly min: number;
  readonly max: number;
  readonly decimals?: number;
}

/**
 * What an intervention of a template produces and what it costs. `perUnit`: rupiah per unit of `costOf`
 * (e.g. per metre of titian, per house renovated), `fixed`: rupiah for the activity, both ranges; no cost
 * for community work (swadaya) that records no spend.
 */
interface OutputPlan {
  readonly outputs: Partial<Record<InterventionOutputCode, OutputRange>>;
  readonly costOf?: InterventionOutputCode;
  readonly perUnit?: readonly [number, number];
  readonly fixed?: readonly [number, number];
}

const training = (
  people: [number, number],
  fixed: [number, number],
  sessions: [number, number] = [1, 3],
) => ({
  outputs: {
    trainings: { min: sessions[0], max: sessions[1] },
    participants: { min: people[0], max: people[1] },
  },
  fixed,
});

/**
 * Outputs per template, as the agencies report such work in Banjarmasin (PUPR: metres of titian and road,
 * houses renovated under 100-0-100; PDAM: water connections; DLH: waste banks; trainings and their
 * participants). Synthetic magnitudes: a titian repair of 60–420 m at Rp 1.1–1.6 million per metre, a
 * house renovation (bedah rumah) of Rp 15–20 million, a toilet with septic tank Rp 3.5–5 million.
 */
const PLANS: Readonly<Record<string, OutputPlan>> = {
  'rel-sakinah': training([25, 60], [3_000_000, 8_000_000]),
  'rel-catin': training([15, 40], [2_500_000, 6_000_000]),
  'edu-1000hpk': training([20, 50], [3_000_000, 7_500_000]),
  'edu-pikr': training([15, 35], [4_000_000, 9_000_000], [2, 6]),
  'edu-genre': training([40, 120], [5_000_000, 12_000_000]),
  'edu-paketc': training([10, 30], [15_000_000, 40_000_000], [8, 24]),
  'rep-mkjp': { outputs: { participants: { min: 15, max: 60 } }, fixed: [8_000_000, 20_000_000] },
  'rep-tni': { outputs: { participants: { min: 5, max: 25 } }, fixed: [10_000_000, 30_000_000] },
  'rep-posyandu': { outputs: { participants: { min: 30, max: 90 } }, fixed: [2_000_000, 6_000_000] },
  'rep-iva': { outputs: { participants: { min: 20, max: 70 } }, fixed: [3_000_000, 9_000_000] },
  'rep-mobile': { outputs: { participants: { min: 10, max: 45 } }, fixed: [4_000_000, 10_000_000] },
  'rep-pmt': { outputs: { participants: { min: 10, max: 40 } }, fixed: [5_000_000, 15_000_000] },
  'eco-olahan': {
    outputs: {
      trainings: { min: 2, max: 5 },
      participants: { min: 15, max: 35 },
      businessGroups: { min: 1, max: 3 },
    },
    fixed: [10_000_000, 25_000_000],
  },
  'eco-csr-modal': {
    outputs: { businessGroups: { min: 2, max: 5 }, participants: { min: 10, max: 40 } },
    fixed: [25_000_000, 75_000_000],
  },
  'eco-sasirangan': {
    outputs: {
      trainings: { min: 3, max: 8 },
      participants: { min: 15, max: 30 },
      businessGroups: { min: 1, max: 2 },
    },
    fixed: [12_000_000, 30_000_000],
  },
  'eco-pkh': { outputs: { participants: { min: 40, max: 160 } } },
  'eco-pekarangan': {
    outputs: { trainings: { min: 1, max: 3 }, participants: { min: 15, max: 40 } },
    fixed: [6_000_000, 15_000_000],
  },
  'eco-keramba': {
    outputs: { businessGroups: { min: 1, max: 3 }, participants: { min: 8, max: 25 } },
    fixed: [15_000_000, 45_000_000],
  },
  'pro-dukcapil': { outputs: { participants: { min: 40, max: 180 } }, fixed: [2_000_000, 5_000_000] },
  'pro-kdrt': training([30, 80], [2_500_000, 6_000_000]),
  'pro-jkn': { outputs: { participants: { min: 30, max: 150 } }, fixed: [1_500_000, 4_000_000] },
  'pro-narkoba': training([40, 120], [2_000_000, 5_000_000]),
  'aff-bkr': training([15, 40], [3_000_000, 7_000_000], [2, 6]),
  'aff-lansia': training([20, 60], [3_000_000, 8_000_000], [3, 12]),
  'aff-kra': training([20, 40], [5_000_000, 12_000_000]),
  'soc-lomba': { outputs: { participants: { min: 50, max: 200 } }, fixed: [10_000_000, 25_000_000] },
  'soc-budaya': { outputs: { participants: { min: 80, max: 300 } }, fixed: [8_000_000, 20_000_000] },
  'soc-karangtaruna': training([20, 60], [4_000_000, 10_000_000], [2, 8]),
  'env-rtlh': {
    outputs: { housesRenovated: { min: 3, max: 15 } },
    costOf: 'housesRenovated',
    perUnit: [15_000_000, 20_000_000],
  },
  'env-sanitasi': {
    outputs: { toilets: { min: 10, max: 45 } },
    costOf: 'toilets',
    perUnit: [3_500_000, 5_000_000],
  },
  'env-titian': {
    outputs: {
      titianMetres: { min: 60, max: 420, decimals: 1 },
      roadMetres: { min: 0, max: 250, decimals: 1 },
    },
    costOf: 'titianMetres',
    perUnit: [1_100_000, 1_600_000],
  },
  // Community work (kerja bakti): a waste bank is formed; no spend recorded.
  'env-sungai': { outputs: { wasteBanks: { min: 1, max: 1 }, participants: { min: 30, max: 120 } } },
  'env-air': {
    outputs: { waterConnections: { min: 15, max: 80 } },
    costOf: 'waterConnections',
    perUnit: [1_200_000, 2_000_000],
  },
  'env-hijau': { outputs: { participants: { min: 25, max: 80 } }, fixed: [10_000_000, 30_000_000] },
  'oth-rumahdataku': training([5, 12], [5_000_000, 12_000_000], [1, 2]),
  'sa-rambutan': {
    outputs: {
      trainings: { min: 2, max: 4 },
      participants: { min: 15, max: 30 },
      businessGroups: { min: 1, max: 2 },
    },
    fixed: [8_000_000, 20_000_000],
  },
  'as-pasar': {
    outputs: { roadMetres: { min: 40, max: 180, decimals: 1 } },
    costOf: 'roadMetres',
    perUnit: [2_500_000, 4_000_000],
  },
};

/** Agencies funded from the state budget (APBN): vertical institutions and national programmes. */
const NATIONAL: ReadonlySet<string> = new Set(['perwakilan_bkkbn', 'kanwil_kemenag', 'tni_polri']);
const NATIONAL_TEMPLATES: ReadonlySet<string> = new Set(['eco-pkh', 'pro-jkn']);

/**
 * Who pays, consistent with the agencies and partner: a CSR partner or a state/regional company → `csr`;
 * community work without spend → `selfFunded` (swadaya); a vertical institution leading, or a national
 * programme (PKH, JKN PBI) → `apbn`; otherwise the city's own agencies → `apbd`.
 */
export function fundingSourceOf(t: InterventionTemplate): FundingSourceCode {
  if (t.csr || t.agencies.includes('swasta') || t.agencies.includes('bumn_bumd')) return 'csr';
  const plan = PLANS[t.key];
  if (plan && plan.fixed === undefined && plan.perUnit === undefined) {
    return NATIONAL_TEMPLATES.has(t.key) ? 'apbn' : 'selfFunded';
  }
  if (NATIONAL_TEMPLATES.has(t.key) || NATIONAL.has(t.agencies[0] as string)) return 'apbn';
  return 'apbd';
}

function draw(rng: Rng, r: OutputRange): number {
  if (r.decimals === undefined) return rng.int(r.min, r.max);
  const scale = 10 ** r.decimals;
  return rng.int(r.min * scale, r.max * scale) / scale;
}

/**
 * The outputs, spend (whole rupiah, rounded to thousands) and funding source of an intervention of
 * template `t`, from its own random stream (so the rest of the data set does not change). A zero output
 * is left out.
 */
export function outputsOf(
  rng: Rng,
  t: InterventionTemplate,
): Pick<Intervention, 'outputs' | 'spend' | 'fundingSource'> {
  const plan = PLANS[t.key];
  if (!plan) throw new Error(`no output plan for template ${t.key}`);
  const outputs: Partial<Record<InterventionOutputCode, number>> = {};
  for (const [code, range] of Object.entries(plan.outputs) as [InterventionOutputCode, OutputRange][]) {
    const v = draw(rng, range);
    if (v > 0) outputs[code] = v;
  }
  let spend: number | undefined;
  if (plan.perUnit && plan.costOf) {
    const units = outputs[plan.costOf] ?? 0;
    spend = Math.round((units * rng.int(plan.perUnit[0], plan.perUnit[1])) / 1000) * 1000;
  } else if (plan.fixed) {
    spend = rng.int(plan.fixed[0] / 1000, plan.fixed[1] / 1000) * 1000;
  }
  return {
    ...(Object.keys(outputs).length > 0 ? { outputs } : {}),
    ...(spend === undefined ? {} : { spend }),
    fundingSource: fundingSourceOf(t),
  };
}

/** Every template has an output plan (checked by the example's tests). */
export function templatesWithoutPlan(templates: readonly InterventionTemplate[]): string[] {
  return templates.filter((t) => PLANS[t.key] === undefined).map((t) => t.key);
}
