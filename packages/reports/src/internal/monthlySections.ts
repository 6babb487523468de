import type { IndicatorValue, KampungIndicators } from '@kampung-kb/indicators';
import {
  agencies,
  codeLabel,
  contraceptiveMethods,
  type Dataset,
  type Issue,
  type Lang,
  type MonthlyReport,
  maskIdentifiers,
  nonUserReasons,
  pokjaSections,
  poktan,
} from '@kampung-kb/model';
import { dateLabel, monthLabel } from '../monthLabel.js';
import type { ReportBlock, ReportCell, ReportChart, ReportSection } from '../reportDocument.js';
import { formatNumber, HIDDEN_MARK } from './formatCell.js';
import { CELL, INDICATOR_CELLS, type KampungDisclosure } from './kampungDisclosure.js';
import { monthlyText } from './monthlyTexts.js';
import { outcomeCell } from './outcomeCell.js';
import { catalogueDecimals, indicatorPercent, percentOf, withDecimals } from './percentValue.js';
import { RECAP_DECIMALS } from './recapRows.js';
import { t } from './texts.js';

/** Decimals of the method table's share (`method-mix`) and of each poktan's participation. */
const MIX_DECIMALS = catalogueDecimals('method-mix');
const POKTAN_DECIMALS = catalogueDecimals('poktan-participation');

function noteOf(v: IndicatorValue, lang: Lang): string {
  if (v.nullReason === 'missing-record') return t('missing', lang);
  if (v.nullReason === 'zero-denominator') return t('zeroDenominator', lang);
  return '';
}

/** A month's result and how its figures are shown. */
export interface ShownMonth {
  readonly result: KampungIndicators;
  readonly show: KampungDisclosure;
}

/** Key indicators: value, numerator, denominator, last month's value (when given) and a note. */
export function keyIndicatorsSection(
  month: ShownMonth,
  previous: ShownMonth | undefined,
  hasMonthly: boolean,
  lang: Lang,
): ReportSection {
  const ind = month.result.indicators;
  const prev = previous?.result.indicators;
  const rows: ReportCell[][] = (['cpr', 'mkjpShare', 'unmetNeed'] as const).map((id): ReportCell[] => {
    const v = ind[id];
    const p = prev?.[id];
    const [num, den] = INDICATOR_CELLS[id];
    const dp = RECAP_DECIMALS[id];
    return [
      v.label[lang],
      withDecimals(month.show.percent(indicatorPercent(v, dp), num, den), dp),
      month.show.count(num, v.numerator),
      month.show.count(den, v.denominator),
      ...(p && previous ? [withDecimals(previous.show.percent(indicatorPercent(p, dp), num, den), dp)] : []),
      noteOf(v, lang),
    ];
  });
  // Poktan participation is a mean of five percentages: hidden when any of their figures is.
  const poktanOf = (m: ShownMonth): ReportCell => {
    const v = m.result.indicators.poktanParticipation;
    const dp = RECAP_DECIMALS.poktan;
    return withDecimals(m.show.percent(v.value, ...m.show.poktanCells), dp);
  };
  rows.push([
    ind.poktanParticipation.label[lang],
    poktanOf(month),
    '',
    '',
    ...(previous ? [poktanOf(previous)] : []),
    noteOf(ind.poktanParticipation, lang),
  ]);
  const previousColumn = previous
    ? [
        {
          title: t('previousOf', lang, { month: monthLabel(previous.result.period, lang) }),
          align: 'right' as const,
        },
      ]
    : [];
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      id: 'key-indicators',
      columns: [
        { title: t('indicator', lang), align: 'left' },
        { title: t('value', lang), align: 'right' },
        { title: t('numerator', lang), align: 'right' },
        { title: t('denominator', lang), align: 'right' },
        ...previousColumn,
        { title: t('note', lang), align: 'left' },
      ],
      rows,
    },
  ];
  if (!hasMonthly) {
    blocks.push({
      kind: 'notice',
      tone: 'warning',
      text: t('noMonthly', lang, { month: monthLabel(month.result.period, lang) }),
    });
  }
  return { title: t('keyIndicators', lang), blocks };
}

/**
 * Users by method (with their share and total, and a bar chart of the counts as the table shows them:
 * a hidden count is not plotted) and non-users by reason.
 */
export function usersSections(monthly: MonthlyReport, show: KampungDisclosure, lang: Lang): ReportSection[] {
  return [methodUsersSection(monthly, show, lang), nonUsersSection(monthly, show, lang)];
}

/** Users by method: count, share and total, and the bar chart of the counts as the table shows them. */
function methodUsersSection(monthly: MonthlyReport, show: KampungDisclosure, lang: Lang): ReportSection {
  const listed = contraceptiveMethods.items.filter((m) => monthly.users[m.code] !== undefined);
  const totalUsers = listed.reduce((n, m) => n + (monthly.users[m.code] ?? 0), 0);
  const totalId = listed.some((m) => !m.portal) ? CELL.usersAll : CELL.users;
  const counts = listed.map((m) => show.count(CELL.method(m.code), monthly.users[m.code] ?? 0));
  const rows: ReportCell[][] = listed.map((m, k) => {
    const n = monthly.users[m.code] ?? 0;
    const id = CELL.method(m.code);
    return [
      m.label[lang],
      m.mkjp ? '✓' : '',
      counts[k] as ReportCell,
      withDecimals(show.percent(percentOf(n, totalUsers, MIX_DECIMALS), id, totalId), MIX_DECIMALS),
    ];
  });
  const total = show.count(totalId, totalUsers);
  return {
    title: t('users', lang),
    blocks: [
      {
        kind: 'table',
        id: 'method-users',
        columns: [
          { title: t('method', lang), align: 'left' },
          { title: 'MKJP', align: 'left' },
          { title: t('count', lang), align: 'right' },
          { title: t('share', lang), align: 'right' },
        ],
        rows,
        footer: [[t('total', lang), '', total, '']],
        relations: [
          {
            total: { row: rows.length, column: 2 },
            parts: rows.map((_, row) => ({ row, column: 2 })),
          },
        ],
      },
      methodMixChart(
        listed.map((m) => m.label[lang]),
        counts,
        total,
        lang,
      ),
    ],
  };
}

/** The bar chart of the users by method, plotting the counts as the table shows them. */
function methodMixChart(
  methods: readonly string[],
  counts: readonly ReportCell[],
  total: ReportCell,
  lang: Lang,
): ReportChart {
  return {
    kind: 'chart',
    id: 'method-mix',
    mark: 'bar',
    title: monthlyText('methodMixTitle', lang),
    description: monthlyText('methodMixDescription', lang, {
      methods: methods.length,
      total: typeof total === 'number' ? formatNumber(total, lang) : HIDDEN_MARK,
    }),
    xTitle: t('method', lang),
    yTitle: monthlyText('usersAxis', lang),
    unit: 'count',
    table: {
      kind: 'table',
      id: 'method-mix-data',
      columns: [
        { title: t('method', lang), align: 'left' },
        { title: monthlyText('usersAxis', lang), align: 'right' },
      ],
      rows: methods.map((label, k) => [label, counts[k] as ReportCell]),
    },
  };
}

/** Non-users by reason. */
function nonUsersSection(monthly: MonthlyReport, show: KampungDisclosure, lang: Lang): ReportSection {
  return {
    title: t('nonUsers', lang),
    blocks: [
      {
        kind: 'table',
        id: 'non-users',
        columns: [
          { title: t('reason', lang), align: 'left' },
          { title: t('count', lang), align: 'right' },
        ],
        rows: nonUserReasons.items.map((r) => [
          r.label[lang],
          show.count(CELL.nonUser(r.code), monthly.nonUsers[r.code]),
        ]),
      },
    ],
  };
}

/** Participants, target and percentage of each poktan; `undefined` when there are none. */
export function poktanSection(month: ShownMonth, lang: Lang): ReportSection | undefined {
  const parts = month.result.indicators.poktanParticipation.parts;
  if (parts.length === 0) return undefined;
  const { show } = month;
  return {
    title: t('poktan', lang),
    blocks: [
      {
        kind: 'table',
        id: 'poktan',
        columns: [
          { title: t('poktanShort', lang), align: 'left' },
          { title: t('participants', lang), align: 'right' },
          { title: t('target', lang), align: 'right' },
          { title: t('percent', lang), align: 'right' },
        ],
        rows: parts.map((p) => [
          codeLabel(poktan, p.poktan, lang),
          show.count(CELL.participants(p.poktan), p.participants),
          show.count(CELL.target(p.poktan), p.targetPopulation),
          withDecimals(
            show.percent(
              percentOf(p.participants, p.targetPopulation, POKTAN_DECIMALS),
              CELL.participants(p.poktan),
              CELL.target(p.poktan),
            ),
            POKTAN_DECIMALS,
          ),
        ]),
      },
    ],
  };
}

/** Which figures each output sub-indicator's explanation is computed from. */
function explanationInputs(id: string, show: KampungDisclosure): readonly string[] {
  if (id === 'cpr' || id === 'mkjpShare' || id === 'unmetNeed') return INDICATOR_CELLS[id];
  if (id === 'poktanParticipation') return show.poktanCells;
  return [];
}

/**
 * The classification: level, indices and every sub-indicator with its score and explanation. An
 * explanation whose percentage is computed from a hidden figure keeps only its band and score.
 */
export function classificationSection(month: ShownMonth, lang: Lang): ReportSection {
  const c = month.result.classification;
  const explanation = (s: (typeof c.subIndicators)[number]): string => {
    const from = explanationInputs(s.id, month.show);
    if (from.length === 0 || !month.show.hides(...from)) return s.explanation[lang];
    return t('hiddenExplanation', lang, {
      label: s.label[lang],
      band: s.band?.label[lang] ?? '—',
      score: s.score,
    });
  };
  return {
    title: t('classification', lang),
    blocks: [
      {
        kind: 'facts',
        items: [
          { term: t('level', lang), value: outcomeCell(month.result.outcome, lang) },
          ...c.indexDetails.map((i) => ({ term: i.label[lang], value: i.value })),
        ],
      },
      {
        kind: 'table',
        id: 'classification',
        columns: [
          { title: t('index', lang), align: 'left' },
          { title: t('subIndicator', lang), align: 'left' },
          { title: t('score', lang), align: 'right' },
          { title: t('why', lang), align: 'left' },
        ],
        rows: c.subIndicators.map((s) => [
          c.indexDetails.find((i) => i.id === s.index)?.label[lang] ?? s.index,
          s.label[lang],
          `${s.score}/${s.maxScore}`,
          explanation(s),
        ]),
      },
    ],
  };
}

/** The interventions dated in the month, by date. */
export function interventionsSection(dataset: Dataset, result: KampungIndicators, lang: Lang): ReportSection {
  const interventions = dataset.interventions
    .filter((i) => i.kampungId === result.kampungId && i.date.slice(0, 7) === result.period)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    title: t('interventions', lang),
    blocks:
      interventions.length === 0
        ? [{ kind: 'paragraph', text: t('noInterventions', lang) }]
        : [
            {
              kind: 'table',
              id: 'interventions',
              columns: [
                { title: t('date', lang), align: 'left' },
                { title: t('title', lang), align: 'left' },
                { title: t('section', lang), align: 'left' },
                { title: t('agencies', lang), align: 'left' },
              ],
              rows: interventions.map((i) => [
                dateLabel(i.date, lang),
                i.title,
                codeLabel(pokjaSections, i.section, lang),
                [
                  ...i.agencies.map((a) => codeLabel(agencies, a, lang)),
                  ...(i.partner ? [i.partner] : []),
                ].join(', '),
              ]),
            },
          ],
  };
}

/**
 * The month's data-quality issues. A public report echoes no figure from the data: each issue is named by
 * its severity and rule only (a message such as "BKL participants (4) exceed … (3)" would give away the
 * counts the tables hide).
 */
export function dataQualitySection(issues: readonly Issue[], isPublic: boolean, lang: Lang): ReportSection {
  const line = (i: Issue): string =>
    isPublic
      ? `${t(i.severity, lang)}: ${t('issueWithoutFigures', lang)} (${maskIdentifiers(i.ruleId)})`
      : `${t(i.severity, lang)}: ${maskIdentifiers(i.message[lang])} (${i.ruleId})`;
  return {
    title: t('dataQuality', lang),
    blocks:
      issues.length === 0
        ? [{ kind: 'paragraph', text: t('noIssues', lang) }]
        : [{ kind: 'list', items: issues.map(line) }],
  };
}
