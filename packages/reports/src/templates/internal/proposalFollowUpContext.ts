import {
  computeIndicators,
  defaultIndicatorCatalogue,
  expandIndicators,
  type IndicatorDefinition,
  indicatorValue,
} from '@kampung-kb/indicators';
import type { Dataset, Lang, Proposal, Region } from '@kampung-kb/model';
import type { ReportCell, ReportTableRelation } from '../../reportDocument.js';
import { relationsOf } from './interventionMatrixRelations.js';
import { type OrderedKampung, orderedKampung } from './matrixKampungOrder.js';
import { daysBetween, meanDays, medianDays } from './proposalDays.js';
import { pt } from './proposalTexts.js';

const CATALOGUE = expandIndicators(defaultIndicatorCatalogue);
const FLOWS = CATALOGUE.filter((d) => d.id === 'proposals-raised' || d.id === 'proposals-addressed');
/** The catalogue's share of proposals addressed (factor 100, its decimals). */
export const SHARE: Pick<IndicatorDefinition, 'factor' | 'decimals' | 'name'> = CATALOGUE.find(
  (d) => d.id === 'proposals-addressed-share',
) ?? {
  factor: 100,
  decimals: 1,
  name: { id: 'Persentase usulan yang ditindaklanjuti', en: 'Proposals addressed (%)' },
};

export type State = 'addressed' | 'rejected' | 'open';

/** Where a proposal stood at the end of the report month. */
function stateAt(p: Proposal, end: string): State {
  if (p.status === 'addressed' && p.addressedOn !== undefined && p.addressedOn <= end) return 'addressed';
  if (p.status === 'rejected') return 'rejected';
  return 'open';
}

export interface Counts {
  raised: number;
  addressed: number;
}

/** Raised and addressed per kampung, from the engine's flows summed over the periods. */
function engineCounts(dataset: Dataset, proposals: readonly Proposal[], month: string): Map<string, Counts> {
  const year = Number(month.slice(0, 4));
  const last = Number(month.slice(5, 7));
  const firstYear = Math.min(
    year,
    ...proposals.flatMap((p) => [p.raisedOn, p.addressedOn ?? p.raisedOn]).map((d) => Number(d.slice(0, 4))),
  );
  const periods = [
    ...Array.from({ length: year - firstYear }, (_, k) => String(firstYear + k)),
    ...Array.from({ length: last }, (_, k) => `${year}${String(k + 1).padStart(2, '0')}`),
  ];
  const results = computeIndicators(dataset, { indicators: FLOWS, level: 'kampung', periods });
  const kampung = new Map<string, Counts>();
  for (const r of results) {
    const key = r.indicatorId === 'proposals-raised' ? 'raised' : 'addressed';
    const n = r.numerator ?? 0;
    const c = kampung.get(r.orgUnit) ?? { raised: 0, addressed: 0 };
    c[key] += n;
    kampung.set(r.orgUnit, c);
  }
  return kampung;
}

/** What every part of the follow-up report reads (a month with at least one proposal). */
export interface ProposalContext {
  readonly lang: Lang;
  /** Open proposals older than this many days are listed. */
  readonly days: number;
  /** The month's last day, and the month as text. */
  readonly end: string;
  readonly monthText: string;
  /** The proposals raised up to `end`, by date raised, then id. */
  readonly proposals: readonly Proposal[];
  readonly state: ReadonlyMap<Proposal, State>;
  /** The kampung in report order, then unknown kampung ids; each kampung's proposals. */
  readonly kampung: readonly OrderedKampung[];
  readonly ofKampung: ReadonlyMap<string, readonly Proposal[]>;
  /** Raised and addressed per kampung from the indicator engine. */
  readonly engine: ReadonlyMap<string, Counts>;
}

/** The context of `proposals` (raised up to `end`, sorted) in the month `month`. */
export function proposalContext(
  dataset: Dataset,
  regions: readonly Region[] | undefined,
  proposals: readonly Proposal[],
  month: { readonly month: string; readonly end: string; readonly text: string },
  days: number,
  lang: Lang,
): ProposalContext {
  const kampung = orderedKampung(
    dataset.kampung,
    regions,
    proposals.map((p) => p.kampungId),
  );
  return {
    lang,
    days,
    end: month.end,
    monthText: month.text,
    proposals,
    state: new Map(proposals.map((p) => [p, stateAt(p, month.end)])),
    kampung,
    ofKampung: new Map(kampung.map((k) => [k.id, proposals.filter((p) => p.kampungId === k.id)])),
    engine: engineCounts(dataset, proposals, month.month),
  };
}

/** A proposal's age in days at the end of the month. */
export const age = (c: ProposalContext, p: Proposal): number => daysBetween(p.raisedOn, c.end);

/** Open at the end of the month and older than `days`. */
export const isOld = (c: ProposalContext, p: Proposal): boolean =>
  c.state.get(p) === 'open' && age(c, p) > c.days;

/** How many of `ps` are in state `s`. */
export const countIn = (c: ProposalContext, ps: readonly Proposal[], s: State): number =>
  ps.filter((p) => c.state.get(p) === s).length;

/** Raised and addressed counted from the proposals themselves. */
export const ownCounts = (c: ProposalContext, ps: readonly Proposal[]): Counts => ({
  raised: ps.length,
  addressed: countIn(c, ps, 'addressed'),
});

/** Raised, addressed, rejected, open, share, median, mean, open > N days. */
export function figures(c: ProposalContext, ps: readonly Proposal[], counts: Counts): ReportCell[] {
  const rejected = countIn(c, ps, 'rejected');
  const share = indicatorValue(SHARE, counts.addressed, counts.raised, false).value;
  const d = ps
    .filter((p) => c.state.get(p) === 'addressed')
    .map((p) => daysBetween(p.raisedOn, p.addressedOn as string));
  return [
    counts.raised,
    counts.addressed,
    rejected,
    counts.raised - counts.addressed - rejected,
    { kind: 'percent', value: share, decimals: SHARE.decimals },
    medianDays(d),
    meanDays(d),
    ps.filter((p) => isOld(c, p)).length,
  ];
}

/** The columns of {@link figures}. */
export function figureColumns(c: ProposalContext) {
  const lang = c.lang;
  return [
    { title: pt('raised', lang), align: 'right' as const },
    { title: pt('addressed', lang), align: 'right' as const },
    { title: pt('rejected', lang), align: 'right' as const },
    { title: pt('open', lang), align: 'right' as const },
    { title: pt('share', lang), align: 'right' as const },
    { title: pt('median', lang), align: 'right' as const },
    { title: pt('mean', lang), align: 'right' as const },
    { title: pt('openOld', lang, { days: c.days }), align: 'right' as const },
  ];
}

/** Footer = Σ rows for the counts, and raised = addressed + rejected + open in every row. */
export function figureRelations(rowCount: number, lead: number): ReportTableRelation[] {
  return relationsOf(
    rowCount,
    [0, 1, 2, 3, 7].map((k) => lead + k),
    [{ total: lead, parts: [1, 2, 3].map((k) => lead + k) }],
  );
}
