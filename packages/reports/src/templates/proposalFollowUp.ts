import {
  computeIndicators,
  defaultIndicatorCatalogue,
  expandIndicators,
  type IndicatorDefinition,
  indicatorValue,
} from '@kampung-kb/indicators';
import {
  agencies,
  codeLabel,
  type Dataset,
  lastDayOfMonth,
  type Proposal,
  parseMonth,
  pokjaSections,
  proposalStatuses,
} from '@kampung-kb/model';
import { formatNumber } from '../internal/formatCell.js';
import { reportSubtitle } from '../internal/reportSubtitle.js';
import { t } from '../internal/texts.js';
import { dateLabel, monthLabel } from '../monthLabel.js';
import type { ReportContext } from '../reportContext.js';
import type {
  ReportBlock,
  ReportCell,
  ReportDocument,
  ReportTable,
  ReportTableRelation,
} from '../reportDocument.js';
import { orderedKampung } from './internal/matrixKampungOrder.js';
import { daysBetween, meanDays, medianDays } from './internal/proposalDays.js';
import { pt } from './internal/proposalTexts.js';

/**
 * What the urun rembug follow-up report is built from.
 *
 * @example
 * ```ts
 * const input: ProposalFollowUpInput = { dataset, period: '2020-12', openAfterDays: 60 };
 * ```
 */
export interface ProposalFollowUpInput {
  /** The data set: kampung, regions (unless the context has them) and proposals. */
  readonly dataset: Dataset;
  /** The report's month `YYYY-MM`: proposals raised up to its last day, as they stood that day. */
  readonly period: string;
  /** Open proposals older than this many days are listed. Default 90. */
  readonly openAfterDays?: number;
}

const CATALOGUE = expandIndicators(defaultIndicatorCatalogue);
const FLOWS = CATALOGUE.filter((d) => d.id === 'proposals-raised' || d.id === 'proposals-addressed');
/** The catalogue's share of proposals addressed (factor 100, its decimals). */
const SHARE: Pick<IndicatorDefinition, 'factor' | 'decimals' | 'name'> = CATALOGUE.find(
  (d) => d.id === 'proposals-addressed-share',
) ?? {
  factor: 100,
  decimals: 1,
  name: { id: 'Persentase usulan yang ditindaklanjuti', en: 'Proposals addressed (%)' },
};

type State = 'addressed' | 'rejected' | 'open';

/** Where a proposal stood at the end of the report month. */
function stateAt(p: Proposal, end: string): State {
  if (p.status === 'addressed' && p.addressedOn !== undefined && p.addressedOn <= end) return 'addressed';
  if (p.status === 'rejected') return 'rejected';
  return 'open';
}

interface Counts {
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

/**
 * The follow-up of community proposals raised at urun rembug warga, as they stood at the end of a month:
 * per kampung (by kecamatan, then name) and per assigned agency, the proposals raised, addressed, rejected
 * and open, the share addressed, the days to follow-up (median and mean) and the open ones older than
 * `openAfterDays` (default 90); then the list of those open proposals and a chart (`stackedBar`) of
 * addressed, open and rejected proposals per kampung.
 *
 * - **Share addressed** is the catalogue indicator `proposals-addressed-share` (its factor and decimals)
 *   over the whole time up to the end of the month: the kampung and city figures (raised, addressed and the
 *   share) come from the indicator engine's flows (`proposals-raised`, `proposals-addressed`) at kampung
 *   level over every year before and every month of the report year, the city row summing them; per agency (the engine has no agency level) the same
 *   definition is applied by `indicatorValue` to the agency's counts.
 * - **Days to follow-up**: `addressedOn − raisedOn` in calendar days for proposals addressed by the end
 *   of the month; mean and median rounded once to 1 decimal, half away from zero (`roundRatio`).
 * - **Open**: neither addressed by the end of the month nor rejected (a proposal marked addressed
 *   without a date counts as open, with a notice naming it); its age runs to the month's last day.
 *
 * Proposals are not personal data: a public report shows the same figures (renderers mask identifiers).
 *
 * @example
 * ```ts
 * const doc = proposalFollowUp({ dataset, period: '2020-12' }, { lang: 'en', programme });
 * writeFileSync('proposals-2020-12.md', renderMarkdown(doc));
 * ```
 */
export function proposalFollowUp(input: ProposalFollowUpInput, ctx: ReportContext): ReportDocument {
  const lang = ctx.lang;
  const { dataset, period } = input;
  const days = input.openAfterDays ?? 90;
  const regions = ctx.regions ?? dataset.regions;
  const month = parseMonth(period);
  const end = month === undefined ? undefined : lastDayOfMonth(month);
  const monthText = month === undefined ? period : monthLabel(month, lang);
  const proposals = dataset.proposals
    .filter((p) => end !== undefined && p.raisedOn <= end)
    .sort((a, b) =>
      a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  const n = (x: number) => formatNumber(x, lang);
  const footnotes = [
    pt('shareNote', lang, { name: SHARE.name[lang], decimals: SHARE.decimals, month: monthText }),
    pt('daysNote', lang),
    `${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`,
  ];
  const head = {
    lang,
    title: `${pt('title', lang)}${ctx.programme ? `: ${ctx.programme.city.name}` : ''}`,
    subtitle: reportSubtitle(ctx, lang, pt('upTo', lang, { month: monthText })),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
  };
  if (proposals.length === 0 || month === undefined || end === undefined) {
    return {
      ...head,
      sections: [
        {
          title: pt('byKampung', lang),
          blocks: [{ kind: 'notice', tone: 'info', text: pt('none', lang, { month: monthText }) }],
        },
      ],
      footnotes,
    };
  }

  const state = new Map(proposals.map((p) => [p, stateAt(p, end)]));
  const age = (p: Proposal) => daysBetween(p.raisedOn, end);
  const isOld = (p: Proposal) => state.get(p) === 'open' && age(p) > days;
  const followUp = (ps: readonly Proposal[]) =>
    ps
      .filter((p) => state.get(p) === 'addressed')
      .map((p) => daysBetween(p.raisedOn, p.addressedOn as string));
  const engine = engineCounts(dataset, proposals, month);

  /** Raised, addressed, rejected, open, share, median, mean, open > N days. */
  const figures = (ps: readonly Proposal[], counts: Counts): ReportCell[] => {
    const rejected = ps.filter((p) => state.get(p) === 'rejected').length;
    const share = indicatorValue(SHARE, counts.addressed, counts.raised, false).value;
    const d = followUp(ps);
    return [
      counts.raised,
      counts.addressed,
      rejected,
      counts.raised - counts.addressed - rejected,
      { kind: 'percent', value: share, decimals: SHARE.decimals },
      medianDays(d),
      meanDays(d),
      ps.filter(isOld).length,
    ];
  };
  const figureColumns = [
    { title: pt('raised', lang), align: 'right' as const },
    { title: pt('addressed', lang), align: 'right' as const },
    { title: pt('rejected', lang), align: 'right' as const },
    { title: pt('open', lang), align: 'right' as const },
    { title: pt('share', lang), align: 'right' as const },
    { title: pt('median', lang), align: 'right' as const },
    { title: pt('mean', lang), align: 'right' as const },
    { title: pt('openOld', lang, { days }), align: 'right' as const },
  ];
  const relations = (rowCount: number, lead: number): ReportTableRelation[] => {
    const rows = Array.from({ length: rowCount }, (_, r) => r);
    const sums = [0, 1, 2, 3, 7].map((k) => lead + k);
    return [
      ...sums.map((column) => ({
        total: { row: rowCount, column },
        parts: rows.map((row) => ({ row, column })),
      })),
      ...[...rows, rowCount].map((row) => ({
        total: { row, column: lead },
        parts: [1, 2, 3].map((k) => ({ row, column: lead + k })),
      })),
    ];
  };

  const kampung = orderedKampung(
    dataset.kampung,
    regions,
    proposals.map((p) => p.kampungId),
  );
  const ofKampung = new Map(kampung.map((k) => [k.id, proposals.filter((p) => p.kampungId === k.id)]));
  const ownCounts = (ps: readonly Proposal[]): Counts => ({
    raised: ps.length,
    addressed: ps.filter((p) => state.get(p) === 'addressed').length,
  });
  const kampungCounts = kampung.map((k) => {
    const ps = ofKampung.get(k.id) ?? [];
    return engine.get(k.id) ?? ownCounts(ps);
  });
  const kampungRows = kampung.map((k, r) => [
    k.name,
    k.district,
    ...figures(ofKampung.get(k.id) ?? [], kampungCounts[r] as Counts),
  ]);
  // The city row sums the kampung rows (for valid data the engine's city figures).
  const city: Counts = {
    raised: kampungCounts.reduce((s, c) => s + c.raised, 0),
    addressed: kampungCounts.reduce((s, c) => s + c.addressed, 0),
  };
  const byKampung: ReportTable = {
    kind: 'table',
    id: 'proposals-by-kampung',
    columns: [
      { title: pt('kampung', lang), align: 'left' },
      { title: pt('kecamatan', lang), align: 'left' },
      ...figureColumns,
    ],
    rows: kampungRows,
    footer: [[pt('total', lang), '', ...figures(proposals, city)]],
    relations: relations(kampungRows.length, 2),
  };

  const agencyKeys: (string | undefined)[] = [
    ...agencies.items.filter((a) => proposals.some((p) => p.assignedAgency === a.code)).map((a) => a.code),
    ...(proposals.some((p) => p.assignedAgency === undefined) ? [undefined] : []),
  ];
  const agencyRows = agencyKeys.map((key) => {
    const ps = proposals.filter((p) => p.assignedAgency === key);
    return [
      key === undefined ? pt('notAssigned', lang) : codeLabel(agencies, key, lang),
      ...figures(ps, ownCounts(ps)),
    ];
  });
  const byAgency: ReportTable = {
    kind: 'table',
    id: 'proposals-by-agency',
    columns: [{ title: pt('agency', lang), align: 'left' }, ...figureColumns],
    rows: agencyRows,
    footer: [[pt('total', lang), ...figures(proposals, ownCounts(proposals))]],
    relations: relations(agencyRows.length, 1),
  };

  const kampungName = new Map(kampung.map((k) => [k.id, k.name]));
  const old = proposals.filter(isOld);
  const openBlocks: ReportBlock[] = [
    old.length === 0
      ? { kind: 'paragraph', text: pt('noOpen', lang, { days, month: monthText }) }
      : {
          kind: 'table',
          id: 'proposals-open',
          columns: [
            { title: pt('raisedOn', lang), align: 'left' },
            { title: pt('kampung', lang), align: 'left' },
            { title: pt('proposal', lang), align: 'left' },
            { title: pt('section', lang), align: 'left' },
            { title: pt('agency', lang), align: 'left' },
            { title: pt('status', lang), align: 'left' },
            { title: pt('days', lang), align: 'right' },
          ],
          rows: old.map((p) => [
            dateLabel(p.raisedOn, lang),
            kampungName.get(p.kampungId) ?? p.kampungId,
            p.title,
            codeLabel(pokjaSections, p.section, lang),
            p.assignedAgency === undefined
              ? pt('notAssigned', lang)
              : codeLabel(agencies, p.assignedAgency, lang),
            p.status === 'addressed' && p.addressedOn !== undefined
              ? pt('addressedLater', lang, { date: dateLabel(p.addressedOn, lang) })
              : codeLabel(proposalStatuses, p.status, lang),
            age(p),
          ]),
        },
  ];

  const chartRows = kampung
    .map((k, order) => {
      const ps = ofKampung.get(k.id) ?? [];
      const count = (s: State) => ps.filter((p) => state.get(p) === s).length;
      return {
        name: k.name,
        order,
        total: ps.length,
        a: count('addressed'),
        o: count('open'),
        r: count('rejected'),
      };
    })
    .filter((r) => r.total > 0);
  const mostOpen = [...chartRows].sort((a, b) => b.o - a.o || a.order - b.order)[0];

  const undated = proposals.filter((p) => p.status === 'addressed' && p.addressedOn === undefined);
  const totals = ownCounts(proposals);
  const rejectedAll = proposals.filter((p) => state.get(p) === 'rejected').length;
  const intro: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: pt('intro', lang, {
        n: n(proposals.length),
        a: n(totals.addressed),
        r: n(rejectedAll),
        o: n(proposals.length - totals.addressed - rejectedAll),
        old: n(old.length),
        days,
        month: monthText,
      }),
    },
    ...(undated.length > 0
      ? [
          {
            kind: 'notice' as const,
            tone: 'warning' as const,
            text: pt('undated', lang, { n: n(undated.length), ids: undated.map((p) => p.id).join(', ') }),
          },
        ]
      : []),
  ];

  return {
    ...head,
    sections: [
      { title: pt('byKampung', lang), blocks: [...intro, byKampung] },
      { title: pt('byAgency', lang), blocks: [byAgency] },
      { title: pt('openSection', lang, { days }), blocks: openBlocks },
      {
        title: pt('chartsSection', lang),
        blocks: [
          {
            kind: 'chart',
            id: 'chart-proposals-by-kampung',
            mark: 'stackedBar',
            title: pt('chart', lang),
            description: pt('chartDesc', lang, {
              top: mostOpen === undefined ? '—' : `${mostOpen.name} (${n(mostOpen.o)})`,
            }),
            xTitle: pt('kampung', lang),
            yTitle: pt('count', lang),
            unit: 'count',
            table: {
              kind: 'table',
              id: 'chart-proposals-by-kampung-data',
              columns: [
                { title: pt('kampung', lang), align: 'left' },
                { title: pt('addressed', lang), align: 'right' },
                { title: pt('open', lang), align: 'right' },
                { title: pt('rejected', lang), align: 'right' },
              ],
              rows: chartRows.map((r) => [r.name, r.a, r.o, r.r]),
            },
          },
        ],
      },
    ],
    footnotes,
  };
}
