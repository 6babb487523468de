import type { IndicatorValue, KampungIndicators } from '@kampung-kb/indicators';
import {
  agencies,
  codeLabel,
  contraceptiveMethods,
  type Dataset,
  type Issue,
  maskIdentifiers,
  nonUserReasons,
  pokjaSections,
  poktan,
} from '@kampung-kb/model';
import { indicatorPercent, percentOf, poktanPercent } from './internal/percentValue.js';
import { regionNames } from './internal/regionNames.js';
import { t } from './internal/texts.js';
import { dateLabel, monthLabel } from './monthLabel.js';
import { type ReportContext, smallCellThreshold } from './reportContext.js';
import type { ReportBlock, ReportCell, ReportDocument, ReportSection } from './reportDocument.js';
import { suppressCount, suppressPercent } from './suppressSmallCells.js';

/**
 * What the monthly kampung report is built from.
 *
 * @example
 * ```ts
 * const result = computeKampungIndicators(dataset, '2020-12').find((r) => r.kampungId === 'sungai-andai')!;
 * const previous = computeKampungIndicators(dataset, '2020-11').find((r) => r.kampungId === 'sungai-andai');
 * const input: MonthlyKampungReportInput = { dataset, result, previous, issues: validateDataset(dataset).issues };
 * ```
 */
export interface MonthlyKampungReportInput {
  /** The data set the result was computed from (for the month's report, interventions and kampung). */
  readonly dataset: Dataset;
  /** The kampung's result for the month, from `computeKampungIndicators`. */
  readonly result: KampungIndicators;
  /** The same kampung's result for the previous month, to show the change (ignored for another kampung). */
  readonly previous?: KampungIndicators;
  /**
   * Validation issues (all of the data set's). The report keeps those of this kampung whose period falls in
   * the month (a month, or a date such as an intervention's), and those of the kampung record itself.
   */
  readonly issues?: readonly Issue[];
}

/** Whether an issue belongs in the report of a kampung and month. */
function issueOfMonth(i: Issue, kampungId: string, month: string): boolean {
  if (i.location.kampungId !== kampungId) return false;
  const period = i.location.period;
  if (period === undefined) return i.location.recordType === 'kampung';
  return period === month || period.startsWith(`${month}-`);
}

function noteOf(v: IndicatorValue, lang: ReportContext['lang']): string {
  if (v.nullReason === 'missing-record') return t('missing', lang);
  if (v.nullReason === 'zero-denominator') return t('zeroDenominator', lang);
  return '';
}

/**
 * The monthly report of one kampung: key indicators (with a column for last month's values when `previous`
 * is given), contraceptive users by method, non-users by reason, poktan participation, the classification
 * with every sub-indicator explained, the interventions dated in the month and the month's data-quality
 * issues. Percentages are rounded once, from the exact numerator and denominator, to one decimal. In a
 * public report ({@link ReportContext}) counts from 1 to threshold − 1, and percentages built on them, are
 * suppressed. Returns a {@link ReportDocument} in one language; render it with {@link renderMarkdown} or
 * {@link renderHtml}.
 *
 * @example
 * ```ts
 * const [result] = computeKampungIndicators(dataset, '2020-12');
 * const doc = monthlyKampungReport({ dataset, result }, { lang: 'id', programme, regions: dataset.regions });
 * writeFileSync('sungai-andai-2020-12.html', renderHtml(doc));
 * ```
 */
export function monthlyKampungReport(input: MonthlyKampungReportInput, ctx: ReportContext): ReportDocument {
  const { dataset, result } = input;
  const previous = input.previous?.kampungId === result.kampungId ? input.previous : undefined;
  const lang = ctx.lang;
  const k = dataset.kampung.find((x) => x.id === result.kampungId);
  const monthly = dataset.monthly.find((m) => m.kampungId === result.kampungId && m.period === result.period);
  const threshold = smallCellThreshold(ctx);
  const count = (n: number | null): ReportCell => (threshold === undefined ? n : suppressCount(n, threshold));
  const pct = (v: number | null, num: number | null): ReportCell =>
    threshold === undefined ? { kind: 'percent', value: v } : suppressPercent(v, num, threshold);
  const names = regionNames(ctx.regions ?? dataset.regions, result.regionCode);
  const sections: ReportSection[] = [];

  const facts: ReportBlock = {
    kind: 'facts',
    items: [
      { term: t('kelurahan', lang), value: `${names.village} (${result.regionCode})` },
      { term: t('kecamatan', lang), value: names.district },
      ...(k ? [{ term: t('designated', lang), value: dateLabel(k.designationDate, lang) }] : []),
      {
        term: t('level', lang),
        value: {
          kind: 'level',
          level: result.classification.level,
          label: result.classification.levelLabel[lang],
        },
      },
    ],
  };
  sections.push({ title: t('location', lang), blocks: [facts] });

  const ind = result.indicators;
  const prev = previous?.indicators;
  const rows: ReportCell[][] = (['cpr', 'mkjpShare', 'unmetNeed'] as const).map((id): ReportCell[] => {
    const v = ind[id];
    const p = prev?.[id];
    return [
      v.label[lang],
      pct(indicatorPercent(v), v.numerator),
      count(v.numerator),
      count(v.denominator),
      ...(p ? [pct(indicatorPercent(p), p.numerator)] : []),
      noteOf(v, lang),
    ];
  });
  // Poktan participation is a mean of five percentages: no count to show or to suppress.
  const poktanOf = (v: KampungIndicators['indicators']['poktanParticipation']): ReportCell => ({
    kind: 'percent',
    value: poktanPercent(v.value, v.parts),
  });
  rows.push([
    ind.poktanParticipation.label[lang],
    poktanOf(ind.poktanParticipation),
    '',
    '',
    ...(prev ? [poktanOf(prev.poktanParticipation)] : []),
    noteOf(ind.poktanParticipation, lang),
  ]);
  sections.push({
    title: t('keyIndicators', lang),
    blocks: [
      {
        kind: 'table',
        columns: [
          { title: t('indicator', lang), align: 'left' },
          { title: t('value', lang), align: 'right' },
          { title: t('numerator', lang), align: 'right' },
          { title: t('denominator', lang), align: 'right' },
          ...(previous
            ? [
                {
                  title: t('previousOf', lang, { month: monthLabel(previous.period, lang) }),
                  align: 'right' as const,
                },
              ]
            : []),
          { title: t('note', lang), align: 'left' },
        ],
        rows,
      },
      ...(monthly
        ? []
        : [
            {
              kind: 'notice' as const,
              tone: 'warning' as const,
              text: t('noMonthly', lang, { month: monthLabel(result.period, lang) }),
            },
          ]),
    ],
  });

  if (monthly) {
    const users = contraceptiveMethods.items.filter((m) => monthly.users[m.code] !== undefined);
    const totalUsers = users.reduce((n, m) => n + (monthly.users[m.code] ?? 0), 0);
    sections.push({
      title: t('users', lang),
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: t('method', lang), align: 'left' },
            { title: 'MKJP', align: 'left' },
            { title: t('count', lang), align: 'right' },
            { title: t('share', lang), align: 'right' },
          ],
          rows: users.map((m) => {
            const n = monthly.users[m.code] ?? 0;
            return [m.label[lang], m.mkjp ? '✓' : '', count(n), pct(percentOf(n, totalUsers), n)];
          }),
          footer: [[t('total', lang), '', count(totalUsers), '']],
        },
      ],
    });
    sections.push({
      title: t('nonUsers', lang),
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: t('reason', lang), align: 'left' },
            { title: t('count', lang), align: 'right' },
          ],
          rows: nonUserReasons.items.map((r) => [r.label[lang], count(monthly.nonUsers[r.code])]),
        },
      ],
    });
  }

  const parts = ind.poktanParticipation.parts;
  if (parts.length > 0) {
    sections.push({
      title: t('poktan', lang),
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: t('poktanShort', lang), align: 'left' },
            { title: t('participants', lang), align: 'right' },
            { title: t('target', lang), align: 'right' },
            { title: t('percent', lang), align: 'right' },
          ],
          rows: parts.map((p) => [
            codeLabel(poktan, p.poktan, lang),
            count(p.participants),
            count(p.targetPopulation),
            pct(percentOf(p.participants, p.targetPopulation), p.participants),
          ]),
        },
      ],
    });
  }

  const c = result.classification;
  sections.push({
    title: t('classification', lang),
    blocks: [
      {
        kind: 'facts',
        items: [
          { term: t('level', lang), value: { kind: 'level', level: c.level, label: c.levelLabel[lang] } },
          ...c.indexDetails.map((i) => ({ term: i.label[lang], value: i.value })),
        ],
      },
      {
        kind: 'table',
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
          s.explanation[lang],
        ]),
      },
    ],
  });

  const month = result.period;
  const interventions = dataset.interventions
    .filter((i) => i.kampungId === result.kampungId && i.date.slice(0, 7) === month)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  sections.push({
    title: t('interventions', lang),
    blocks:
      interventions.length === 0
        ? [{ kind: 'paragraph', text: t('noInterventions', lang) }]
        : [
            {
              kind: 'table',
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
  });

  const issues = (input.issues ?? []).filter((i) => issueOfMonth(i, result.kampungId, month));
  sections.push({
    title: t('dataQuality', lang),
    blocks:
      issues.length === 0
        ? [{ kind: 'paragraph', text: t('noIssues', lang) }]
        : [
            {
              kind: 'list',
              items: issues.map(
                (i) => `${t(i.severity, lang)}: ${maskIdentifiers(i.message[lang])} (${i.ruleId})`,
              ),
            },
          ],
  });

  const footnotes = [t('definitions', lang)];
  if (threshold !== undefined) footnotes.push(t('suppressed', lang, { n: threshold - 1, t: threshold }));
  footnotes.push(`${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`);
  return {
    lang,
    title: `${t('monthlyTitle', lang)}: ${result.name}`,
    subtitle: [ctx.programme?.name[lang], monthLabel(month, lang)].filter(Boolean).join(' · '),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
    sections,
    footnotes,
  };
}
