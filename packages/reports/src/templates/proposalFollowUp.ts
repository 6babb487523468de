import { type Dataset, lastDayOfMonth, type Proposal, parseMonth } from '@kampung-kb/model';
import { formatNumber } from '../internal/formatCell.js';
import { reportSubtitle } from '../internal/reportSubtitle.js';
import { t } from '../internal/texts.js';
import { monthLabel } from '../monthLabel.js';
import type { ReportContext } from '../reportContext.js';
import type { ReportBlock, ReportDocument } from '../reportDocument.js';
import {
  countIn,
  isOld,
  ownCounts,
  type ProposalContext,
  proposalContext,
  SHARE,
} from './internal/proposalFollowUpContext.js';
import {
  byAgencyTable,
  byKampungTable,
  openBlocks,
  proposalsChart,
} from './internal/proposalFollowUpTables.js';
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

  const c = proposalContext(dataset, regions, proposals, { month, end, text: monthText }, days, lang);
  const old = proposals.filter((p) => isOld(c, p));
  return {
    ...head,
    sections: [
      { title: pt('byKampung', lang), blocks: [...introBlocks(c, old), byKampungTable(c)] },
      { title: pt('byAgency', lang), blocks: [byAgencyTable(c)] },
      { title: pt('openSection', lang, { days }), blocks: openBlocks(c, old) },
      { title: pt('chartsSection', lang), blocks: [proposalsChart(c)] },
    ],
    footnotes,
  };
}

/** The opening paragraph (raised, addressed, rejected, open, old), and a warning naming undated "addressed". */
function introBlocks(c: ProposalContext, old: readonly Proposal[]): ReportBlock[] {
  const { lang, proposals } = c;
  const n = (x: number) => formatNumber(x, lang);
  const undated = proposals.filter((p) => p.status === 'addressed' && p.addressedOn === undefined);
  const totals = ownCounts(c, proposals);
  const rejectedAll = countIn(c, proposals, 'rejected');
  return [
    {
      kind: 'paragraph',
      text: pt('intro', lang, {
        n: n(proposals.length),
        a: n(totals.addressed),
        r: n(rejectedAll),
        o: n(proposals.length - totals.addressed - rejectedAll),
        old: n(old.length),
        days: c.days,
        month: c.monthText,
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
}
