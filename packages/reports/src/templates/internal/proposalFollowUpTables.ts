import { agencies, codeLabel, type Proposal, pokjaSections, proposalStatuses } from '@kampung-kb/model';
import { formatNumber } from '../../internal/formatCell.js';
import { dateLabel } from '../../monthLabel.js';
import type { ReportBlock, ReportChart, ReportTable } from '../../reportDocument.js';
import {
  age,
  type Counts,
  countIn,
  figureColumns,
  figureRelations,
  figures,
  ownCounts,
  type ProposalContext,
} from './proposalFollowUpContext.js';
import { pt } from './proposalTexts.js';

/** Per kampung (the engine's raised and addressed); the city row sums the kampung rows. */
export function byKampungTable(c: ProposalContext): ReportTable {
  const lang = c.lang;
  const kampungCounts = c.kampung.map((k) => {
    const ps = c.ofKampung.get(k.id) ?? [];
    return c.engine.get(k.id) ?? ownCounts(c, ps);
  });
  const rows = c.kampung.map((k, r) => [
    k.name,
    k.district,
    ...figures(c, c.ofKampung.get(k.id) ?? [], kampungCounts[r] as Counts),
  ]);
  // The city row sums the kampung rows (for valid data the engine's city figures).
  const city: Counts = {
    raised: kampungCounts.reduce((s, x) => s + x.raised, 0),
    addressed: kampungCounts.reduce((s, x) => s + x.addressed, 0),
  };
  return {
    kind: 'table',
    id: 'proposals-by-kampung',
    columns: [
      { title: pt('kampung', lang), align: 'left' },
      { title: pt('kecamatan', lang), align: 'left' },
      ...figureColumns(c),
    ],
    rows,
    footer: [[pt('total', lang), '', ...figures(c, c.proposals, city)]],
    relations: figureRelations(rows.length, 2),
  };
}

/** Per assigned agency (code-list order, then "not assigned"), counted from the proposals. */
export function byAgencyTable(c: ProposalContext): ReportTable {
  const lang = c.lang;
  const { proposals } = c;
  const agencyKeys: (string | undefined)[] = [
    ...agencies.items.filter((a) => proposals.some((p) => p.assignedAgency === a.code)).map((a) => a.code),
    ...(proposals.some((p) => p.assignedAgency === undefined) ? [undefined] : []),
  ];
  const rows = agencyKeys.map((key) => {
    const ps = proposals.filter((p) => p.assignedAgency === key);
    return [
      key === undefined ? pt('notAssigned', lang) : codeLabel(agencies, key, lang),
      ...figures(c, ps, ownCounts(c, ps)),
    ];
  });
  return {
    kind: 'table',
    id: 'proposals-by-agency',
    columns: [{ title: pt('agency', lang), align: 'left' }, ...figureColumns(c)],
    rows,
    footer: [[pt('total', lang), ...figures(c, proposals, ownCounts(c, proposals))]],
    relations: figureRelations(rows.length, 1),
  };
}

/** The open proposals older than `days` (`old`), or a paragraph saying there are none. */
export function openBlocks(c: ProposalContext, old: readonly Proposal[]): ReportBlock[] {
  const lang = c.lang;
  const kampungName = new Map(c.kampung.map((k) => [k.id, k.name]));
  return [
    old.length === 0
      ? { kind: 'paragraph', text: pt('noOpen', lang, { days: c.days, month: c.monthText }) }
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
            age(c, p),
          ]),
        },
  ];
}

/** Addressed, open and rejected proposals per kampung that has any (`stackedBar`). */
export function proposalsChart(c: ProposalContext): ReportChart {
  const lang = c.lang;
  const chartRows = c.kampung
    .map((k, order) => {
      const ps = c.ofKampung.get(k.id) ?? [];
      return {
        name: k.name,
        order,
        total: ps.length,
        a: countIn(c, ps, 'addressed'),
        o: countIn(c, ps, 'open'),
        r: countIn(c, ps, 'rejected'),
      };
    })
    .filter((r) => r.total > 0);
  const mostOpen = [...chartRows].sort((a, b) => b.o - a.o || a.order - b.order)[0];
  return {
    kind: 'chart',
    id: 'chart-proposals-by-kampung',
    mark: 'stackedBar',
    title: pt('chart', lang),
    description: pt('chartDesc', lang, {
      top: mostOpen === undefined ? '—' : `${mostOpen.name} (${formatNumber(mostOpen.o, lang)})`,
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
  };
}
