import { decimalOf, roundDecimal, roundFraction, roundRatio } from '@kampung-kb/expr';
import {
  type Dataset,
  fundingSources,
  type Intervention,
  type Kampung,
  type Label,
  lastDayOfMonth,
  type Month,
  type ProfileSnapshot,
  type Proposal,
  parsePeriodId,
  pokjaSections,
  shiftMonth,
} from '@kampung-kb/model';
import { pow10 } from '../internal/decimalArith.js';
import { change } from '../targets/change.js';
import { DEFAULT_CROSS_SECTOR_EXCLUSIONS } from './classificationOptions.js';
import type { KampungIndicatorValues } from './computeIndicatorValues.js';
import { KampungPeriodIndex, type KampungRecords, snapshotInForce } from './internal/kampungPeriodIndex.js';
import { kampungValuesAt } from './internal/kampungValues.js';
import {
  checkScorecardWeights,
  DEFAULT_SCORECARD_WEIGHTS,
  SCORECARD_COMPONENTS,
  type ScorecardComponentId,
  type ScorecardPillarId,
  type ScorecardWeightIssue,
  type ScorecardWeights,
} from './scorecardWeights.js';

/**
 * What behaviour change is measured against: the same month a year earlier (`previousYear`), or the first
 * monthly report from the kampung's designation month on (`designation`).
 *
 * @example
 * ```ts
 * const b: ScorecardBaseline = 'designation';
 * ```
 */
export type ScorecardBaseline = 'previousYear' | 'designation';

/**
 * Options of {@link evaluationScorecard}.
 *
 * @example
 * ```ts
 * const o: EvaluationScorecardOptions = { baseline: 'designation', weights: DEFAULT_SCORECARD_WEIGHTS };
 * ```
 */
export interface EvaluationScorecardOptions {
  /** Default {@link DEFAULT_SCORECARD_WEIGHTS}. */
  readonly weights?: ScorecardWeights;
  /** Default `previousYear`. */
  readonly baseline?: ScorecardBaseline;
}

/**
 * One component of a pillar: its raw value, its normalised score (0–100, `null` without data) and how.
 *
 * @example
 * ```ts
 * // { id: 'fundingSources', weight: 0.3, raw: 2, score: 33.33, explanation: { en: '2 of 6 funding sources → 33.33', … } }
 * ```
 */
export interface ScorecardComponent {
  readonly id: ScorecardComponentId;
  readonly label: Label;
  readonly weight: number;
  /** The value before normalising (a count, a share, a change in percentage points); `null` without data. */
  readonly raw: number | null;
  readonly score: number | null;
  readonly explanation: Label;
}

/**
 * A pillar's score: the weighted mean of its components with a score (weights rescaled over them).
 *
 * @example
 * ```ts
 * // { id: 'policy', weight: 0.3, score: 70, coverage: 1, components: [...] }
 * ```
 */
export interface ScorecardPillar {
  readonly id: ScorecardPillarId;
  readonly label: Label;
  readonly weight: number;
  /** 0–100, rounded to 2 decimals; `null` when no component has data. */
  readonly score: number | null;
  /** The share of the pillar's weight whose components have data (0–1). */
  readonly coverage: number;
  readonly components: readonly ScorecardComponent[];
}

/**
 * A kampung's scorecard for a period.
 *
 * @example
 * ```ts
 * const s: KampungScorecard = result.kampung[0];
 * s.overall; // 61.5
 * ```
 */
export interface KampungScorecard {
  readonly kampungId: string;
  readonly name: string;
  readonly regionCode: string;
  /** The month behaviour change was measured against; `null` when there is none. */
  readonly baselinePeriod: Month | null;
  readonly pillars: readonly ScorecardPillar[];
  /** Weighted mean of the pillars with a score (weights rescaled), 0–100; `null` when none has one. */
  readonly overall: number | null;
}

/**
 * What {@link evaluationScorecard} returns: the scorecards, or the problems with the weights or period.
 *
 * @example
 * ```ts
 * const r: EvaluationScorecardResult = evaluationScorecard(dataset, '2020-12');
 * if (!r.ok) for (const i of r.issues) console.error(i.message.en);
 * ```
 */
export type EvaluationScorecardResult =
  | {
      readonly ok: true;
      /** The month the scorecard is as of (the period's last month). */
      readonly asOf: Month;
      readonly baseline: ScorecardBaseline;
      readonly weights: ScorecardWeights;
      /** One per kampung, sorted by id. */
      readonly kampung: readonly KampungScorecard[];
    }
  | { readonly ok: false; readonly issues: readonly ScorecardWeightIssue[] };

const PILLAR_LABELS: Readonly<Record<ScorecardPillarId, Label>> = {
  policy: { id: 'Dukungan kebijakan dan regulasi', en: 'Policy and regulation support' },
  intervention: { id: 'Intervensi instansi dan mitra', en: 'Agency and partner intervention' },
  community: { id: 'Perubahan perilaku masyarakat', en: 'Community behaviour change' },
};

const COMPONENT_LABELS: Readonly<Record<ScorecardComponentId, Label>> = {
  regulation: { id: 'Regulasi', en: 'Regulation' },
  pokjaDecree: { id: 'SK Pokja', en: 'Pokja decree (SK)' },
  mentor: { id: 'PKB/PLKB pendamping', en: 'PKB/PLKB mentor' },
  fundingSources: { id: 'Sumber dana', en: 'Funding sources' },
  agencies: { id: 'Instansi lintas sektor', en: 'Cross-sector agencies' },
  sectionCoverage: { id: 'Cakupan seksi', en: 'Section coverage' },
  proposalsAddressed: { id: 'Usulan ditindaklanjuti', en: 'Proposals addressed' },
  cprChange: { id: 'Perubahan CPR', en: 'CPR change' },
  mkjpChange: { id: 'Perubahan kesertaan MKJP', en: 'MKJP share change' },
  unmetNeedChange: { id: 'Perubahan unmet need', en: 'Unmet need change' },
  poktanParticipation: { id: 'Partisipasi poktan', en: 'Poktan participation' },
};

/** Agencies at which the cross-sector component is full: the portal's top band (> 6 agencies). */
const FULL_AGENCIES = 7;
/** A change of this many percentage points moves a change component from 50 to 0 or 100. */
const FULL_CHANGE_POINTS = 5;
/** Poktan participation (per cent) at which the component is full: the portal's score-4 band starts above 30. */
const FULL_POKTAN = 30;

const SECTIONS = pokjaSections.items.filter((s) => s.code !== 'other').map((s) => s.code);

type Raw = { readonly raw: number | null; readonly score: number | null; readonly explanation: Label };

function clamp100(x: number): number {
  return Math.min(100, Math.max(0, x));
}

function same(text: string): Label {
  return { id: text.replace(/(\d)\.(\d)/g, '$1,$2'), en: text };
}

function noData(why: Label): Raw {
  return { raw: null, score: null, explanation: why };
}

const NO_PROFILE: Label = { id: 'tidak ada profil kampung', en: 'no kampung profile' };

function flag(holds: boolean | undefined, yes: Label, no: Label): Raw {
  if (holds === undefined) return noData(NO_PROFILE);
  return { raw: holds ? 1 : 0, score: holds ? 100 : 0, explanation: holds ? yes : no };
}

function share(n: number, of: number): number {
  return roundRatio(n * 100, of, 2) ?? 0;
}

/** Normalises a change in percentage points: 50 for none, ±{@link FULL_CHANGE_POINTS} points for 100 / 0. */
function changeScore(
  now: number | null,
  before: number | null,
  lowerIsBetter: boolean,
  baselineMonth: Month | null,
): Raw {
  const d = change(now, before).absolute;
  if (d === null || baselineMonth === null) {
    return noData({
      id: 'tidak ada nilai sekarang atau nilai pembanding',
      en: 'no current or baseline value',
    });
  }
  const signed = lowerIsBetter ? -d : d;
  const score = clamp100(roundDecimal(50 + (signed * 50) / FULL_CHANGE_POINTS, 2));
  const sign = d > 0 ? '+' : '';
  return {
    raw: d,
    score,
    explanation: same(`${before} → ${now} (${sign}${d} pp vs ${baselineMonth}) → ${score}`),
  };
}

/** Exact weighted mean Σ wᵢxᵢ / Σ wᵢ on the decimal values, rounded to 2 decimals. */
function weightedMean(parts: readonly { weight: number; value: number }[]): number | null {
  let num = 0n;
  let den = 0n;
  let exponent = 0;
  const terms = parts.map((p) => {
    const w = decimalOf(p.weight);
    const x = decimalOf(p.value);
    return { wm: w.mantissa, we: w.exponent, pm: w.mantissa * x.mantissa, pe: w.exponent + x.exponent };
  });
  for (const t of terms) exponent = Math.min(exponent, t.pe, t.we);
  for (const t of terms) {
    num += t.pm * pow10(t.pe - exponent);
    den += t.wm * pow10(t.we - exponent);
  }
  if (den === 0n) return null;
  return roundFraction(num, den, 2);
}

function baselineMonthOf(
  records: KampungRecords,
  kampung: Kampung,
  asOf: Month,
  baseline: ScorecardBaseline,
): Month | null {
  if (baseline === 'previousYear') {
    const m = shiftMonth(asOf, -12);
    return records.monthly.has(m) ? m : null;
  }
  const from = kampung.designationDate.slice(0, 7);
  let first: Month | null = null;
  for (const period of records.monthly.keys()) {
    if (period < from || period >= asOf) continue;
    if (first === null || period < first) first = period as Month;
  }
  return first;
}

function windowStart(asOf: Month): string {
  // The twelve months ending with `asOf`: from the first day of the month eleven months before.
  return `${shiftMonth(asOf, -11)}-01`;
}

/** What {@link components} reads, indexed once for every kampung. */
interface ScorecardData {
  readonly index: KampungPeriodIndex;
  readonly proposals: ReadonlyMap<string, readonly Proposal[]>;
  readonly values: (kampungId: string, month: Month) => KampungIndicatorValues;
}

function components(
  data: ScorecardData,
  kampung: Kampung,
  asOf: Month,
  baselineMonth: Month | null,
): Record<ScorecardComponentId, Raw> {
  const records = data.index.records(kampung.id);
  const current = data.values(kampung.id, asOf);
  const before: KampungIndicatorValues | null =
    baselineMonth === null ? null : data.values(kampung.id, baselineMonth);
  return {
    ...policyComponents(snapshotInForce(records.profiles, asOf)),
    ...interventionComponents(records.interventions, data.proposals.get(kampung.id) ?? [], asOf),
    ...communityComponents(current, before, baselineMonth),
  };
}

/** The policy pillar's components, from the profile in force (`null`: none). */
function policyComponents(
  p: ProfileSnapshot | null,
): Record<'regulation' | 'pokjaDecree' | 'mentor' | 'fundingSources', Raw> {
  const nFunding = fundingSources.items.length;
  return {
    regulation: flag(
      p?.regulation.exists,
      { id: 'ada regulasi', en: 'a regulation backs the kampung' },
      { id: 'tidak ada regulasi', en: 'no regulation' },
    ),
    pokjaDecree: flag(
      p === null ? undefined : p.pokja.exists && p.pokja.decree,
      { id: 'Pokja ber-SK', en: 'the Pokja has a decree' },
      { id: 'Pokja tanpa SK', en: 'no Pokja decree' },
    ),
    mentor: flag(
      p?.mentor,
      { id: 'didampingi PKB/PLKB', en: 'mentored by a PKB/PLKB' },
      { id: 'tanpa PKB/PLKB pendamping', en: 'no PKB/PLKB mentor' },
    ),
    fundingSources:
      p === null
        ? noData(NO_PROFILE)
        : {
            raw: p.fundingSources.length,
            score: share(p.fundingSources.length, nFunding),
            explanation: {
              id: `${p.fundingSources.length} dari ${nFunding} sumber dana → ${same(String(share(p.fundingSources.length, nFunding))).id}`,
              en: `${p.fundingSources.length} of ${nFunding} funding sources → ${share(p.fundingSources.length, nFunding)}`,
            },
          },
  };
}

/** The intervention pillar's components, over the twelve months ending with `asOf`. */
function interventionComponents(
  allInterventions: readonly Intervention[],
  proposals: readonly Proposal[],
  asOf: Month,
): Record<'agencies' | 'sectionCoverage' | 'proposalsAddressed', Raw> {
  const from = windowStart(asOf);
  const to = lastDayOfMonth(asOf);
  const interventions = allInterventions.filter((i) => i.date >= from && i.date <= to);
  const excluded = new Set<string>(DEFAULT_CROSS_SECTOR_EXCLUSIONS);
  const agencySet = new Set(interventions.flatMap((i) => i.agencies).filter((a) => !excluded.has(a)));
  const sectionSet = new Set(interventions.map((i) => i.section).filter((s) => s !== 'other'));
  const raised = proposals.filter((x) => x.raisedOn >= from && x.raisedOn <= to);
  const addressed = raised.filter(
    (x) => x.status === 'addressed' && (x.addressedOn === undefined || x.addressedOn <= to),
  );
  const agencies = agencySet.size;
  return {
    agencies: {
      raw: agencies,
      score: share(Math.min(agencies, FULL_AGENCIES), FULL_AGENCIES),
      explanation: {
        id: `${agencies} instansi dalam 12 bulan (penuh pada ${FULL_AGENCIES}) → ${same(String(share(Math.min(agencies, FULL_AGENCIES), FULL_AGENCIES))).id}`,
        en: `${agencies} agencies in 12 months (full at ${FULL_AGENCIES}) → ${share(Math.min(agencies, FULL_AGENCIES), FULL_AGENCIES)}`,
      },
    },
    sectionCoverage: {
      raw: sectionSet.size,
      score: share(sectionSet.size, SECTIONS.length),
      explanation: {
        id: `${sectionSet.size} dari ${SECTIONS.length} seksi dengan intervensi dalam 12 bulan → ${same(String(share(sectionSet.size, SECTIONS.length))).id}`,
        en: `${sectionSet.size} of ${SECTIONS.length} sections with an intervention in 12 months → ${share(sectionSet.size, SECTIONS.length)}`,
      },
    },
    proposalsAddressed:
      raised.length === 0
        ? noData({ id: 'tidak ada usulan dalam 12 bulan', en: 'no proposals in 12 months' })
        : {
            raw: share(addressed.length, raised.length),
            score: share(addressed.length, raised.length),
            explanation: {
              id: `${addressed.length} dari ${raised.length} usulan ditindaklanjuti → ${same(String(share(addressed.length, raised.length))).id}`,
              en: `${addressed.length} of ${raised.length} proposals addressed → ${share(addressed.length, raised.length)}`,
            },
          },
  };
}

/** The community pillar's components: changes against the baseline month, and poktan participation. */
function communityComponents(
  current: KampungIndicatorValues,
  before: KampungIndicatorValues | null,
  baselineMonth: Month | null,
): Record<'cprChange' | 'mkjpChange' | 'unmetNeedChange' | 'poktanParticipation', Raw> {
  const poktan = current.poktanParticipation.value;
  return {
    cprChange: changeScore(current.cpr.value, before?.cpr.value ?? null, false, baselineMonth),
    mkjpChange: changeScore(current.mkjpShare.value, before?.mkjpShare.value ?? null, false, baselineMonth),
    unmetNeedChange: changeScore(
      current.unmetNeed.value,
      before?.unmetNeed.value ?? null,
      true,
      baselineMonth,
    ),
    poktanParticipation:
      poktan === null
        ? noData({ id: 'tidak ada nilai partisipasi poktan', en: 'no poktan participation value' })
        : {
            raw: poktan,
            score: share(Math.min(poktan, FULL_POKTAN), FULL_POKTAN),
            explanation: same(
              `${poktan} % (${FULL_POKTAN} % = 100) → ${share(Math.min(poktan, FULL_POKTAN), FULL_POKTAN)}`,
            ),
          },
  };
}

/**
 * Scores every kampung on the evaluation frame of Banjarmasin's Kampung KB–Kampung Baiman (its public
 * sources are listed in docs/sources.md): three pillars, each the weighted mean of components normalised to 0–100, and an
 * overall score, the weighted mean of the pillars. The normalisation is the SDK's choice, not an official
 * one:
 *
 * - **policy** (the profile in force): `regulation` 100 when a regulation backs the kampung, else 0;
 *   `pokjaDecree` 100 when the Pokja has an SK; `mentor` 100 with a PKB/PLKB mentor; `fundingSources` the
 *   share of the 6 funding sources used;
 * - **intervention** (the twelve months ending with the period): `agencies` distinct cross-sector agencies
 *   (without the KB office and the BKKBN representative, as the classification) over 7, the portal's top
 *   band, capped at 100; `sectionCoverage` the share of the 8 Pokja sections (not `other`) with an
 *   intervention; `proposalsAddressed` the share of proposals raised that were addressed by the period's end;
 * - **community**: `cprChange`, `mkjpChange` and `unmetNeedChange`, the change in percentage points against
 *   the baseline month ({@link ScorecardBaseline}), 50 for no change and ±5 points for 100 or 0 (for unmet
 *   need a fall scores above 50); `poktanParticipation` the participation itself, 30 % and more = 100.
 *
 * A component without data (no profile, no proposals, no baseline) is left out and the others' weights are
 * rescaled; `coverage` says how much weight had data. Means are exact on the decimal values and rounded to
 * 2 decimals half away from zero. The period is any period id (`2020-12`, `202012`, `2020Q4`): the
 * scorecard is as of its last month. Invalid weights ({@link checkScorecardWeights}) or period come back
 * as issues, never as an exception.
 *
 * @example
 * ```ts
 * const r = evaluationScorecard(dataset, '2020Q4', { baseline: 'previousYear' });
 * if (r.ok) for (const k of r.kampung) console.log(k.name, k.overall, k.pillars.map((p) => p.score));
 * ```
 */
export function evaluationScorecard(
  dataset: Dataset,
  period: string,
  options: EvaluationScorecardOptions = {},
): EvaluationScorecardResult {
  const weights = options.weights ?? DEFAULT_SCORECARD_WEIGHTS;
  const issues = checkScorecardWeights(weights);
  const parsed = parsePeriodId(period);
  if (parsed === undefined) {
    issues.push({
      path: 'period',
      message: {
        id: `'${period}' bukan periode (202012, 2020Q4, 2020S2, 2020 atau 2020-12)`,
        en: `'${period}' is not a period (202012, 2020Q4, 2020S2, 2020 or 2020-12)`,
      },
    });
  }
  if (issues.length > 0 || parsed === undefined) return { ok: false, issues };
  const asOf: Month = `${parsed.year}-${String(parsed.lastMonth).padStart(2, '0')}`;
  const baseline = options.baseline ?? 'previousYear';
  const { data, baselineOf } = scorecardData(dataset, asOf, baseline);
  const kampung = [...dataset.kampung]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((k) => kampungScorecard(data, k, asOf, baselineOf.get(k) ?? null, weights));
  return { ok: true, asOf, baseline, weights, kampung };
}

/**
 * Indexes a data set once for every kampung (no per-kampung scan of the data set): records by kampung,
 * proposals by kampung, each kampung's baseline month, and the reported indicators from one engine pass.
 */
function scorecardData(
  dataset: Dataset,
  asOf: Month,
  baseline: ScorecardBaseline,
): { readonly data: ScorecardData; readonly baselineOf: ReadonlyMap<Kampung, Month | null> } {
  const index = new KampungPeriodIndex(dataset);
  const proposals = new Map<string, Proposal[]>();
  for (const x of dataset.proposals) {
    const list = proposals.get(x.kampungId);
    if (list === undefined) proposals.set(x.kampungId, [x]);
    else list.push(x);
  }
  const baselineOf = new Map<Kampung, Month | null>();
  for (const k of dataset.kampung) baselineOf.set(k, baselineMonthOf(index.records(k.id), k, asOf, baseline));
  const wanted = new Map<string, Set<Month>>();
  for (const [k, m] of baselineOf) {
    let set = wanted.get(k.id);
    if (set === undefined) {
      set = new Set([asOf]);
      wanted.set(k.id, set);
    }
    if (m !== null) set.add(m);
  }
  const months = [...new Set([asOf, ...[...baselineOf.values()].filter((m) => m !== null)])].sort();
  const values = kampungValuesAt(dataset, index, months, (k, m) => wanted.get(k)?.has(m) === true);
  return { data: { index, proposals, values }, baselineOf };
}

/** One kampung's scorecard: its components, grouped into weighted pillars, and the overall score. */
function kampungScorecard(
  data: ScorecardData,
  k: Kampung,
  asOf: Month,
  baselineMonth: Month | null,
  weights: ScorecardWeights,
): KampungScorecard {
  const raw = components(data, k, asOf, baselineMonth);
  const pillars = (['policy', 'intervention', 'community'] as const).map((pid) =>
    pillarScore(pid, raw, weights),
  );
  const overall = weightedMean(
    pillars.flatMap((p) => (p.score === null ? [] : [{ weight: p.weight, value: p.score }])),
  );
  return {
    kampungId: k.id,
    name: k.name,
    regionCode: k.regionCode,
    baselinePeriod: baselineMonth,
    pillars,
    overall,
  };
}

/** A pillar: its weighted components, their weighted mean over those with a score, and that coverage. */
function pillarScore(
  pid: ScorecardPillarId,
  raw: Record<ScorecardComponentId, Raw>,
  weights: ScorecardWeights,
): ScorecardPillar {
  const w = weights.components[pid] as Readonly<Record<string, number>>;
  const comps = (SCORECARD_COMPONENTS[pid] as readonly ScorecardComponentId[]).map(
    (cid): ScorecardComponent => ({
      id: cid,
      label: COMPONENT_LABELS[cid],
      weight: w[cid] ?? 0,
      ...raw[cid],
    }),
  );
  const scored = comps.flatMap((c) => (c.score === null ? [] : [{ weight: c.weight, value: c.score }]));
  return {
    id: pid,
    label: PILLAR_LABELS[pid],
    weight: weights.pillars[pid],
    score: weightedMean(scored),
    coverage: roundDecimal(
      scored.reduce((s, c) => s + c.weight, 0),
      6,
    ),
    components: comps,
  };
}
