import type { KampungIndicators } from '@kampung-kb/indicators';
import type { Dataset, Issue, Lang } from '@kampung-kb/model';
import { type IndicatorTrends, indicatorTrendChart, indicatorTrends } from '../charts/indicatorTrendChart.js';
import { dateLabel } from '../monthLabel.js';
import type { ReportContext } from '../reportContext.js';
import type { ReportSection } from '../reportDocument.js';
import { kampungDisclosure } from './kampungDisclosure.js';
import type { MonthlyReportIndex } from './monthlyReportIndex.js';
import type { ShownMonth } from './monthlySections.js';
import { monthlyText } from './monthlyTexts.js';
import { outcomeCell } from './outcomeCell.js';
import { regionNames } from './regionNames.js';
import { t } from './texts.js';

/** Whether an issue belongs in the report of a kampung and month. */
export function issueOfMonth(i: Issue, kampungId: string, month: string): boolean {
  if (i.location.kampungId !== kampungId) return false;
  const period = i.location.period;
  if (period === undefined) return i.location.recordType === 'kampung';
  return period === month || period.startsWith(`${month}-`);
}

/** A month's result with how a report in this context shows its figures. */
export function shownMonth(
  reports: MonthlyReportIndex,
  result: KampungIndicators,
  threshold: number | undefined,
): ShownMonth {
  return { result, show: kampungDisclosure(result, reports.get(result.kampungId, result.period), threshold) };
}

/** Where the kampung lies, when it was designated and its level. */
export function locationSection(
  dataset: Dataset,
  result: KampungIndicators,
  ctx: ReportContext,
): ReportSection {
  const lang = ctx.lang;
  const k = dataset.kampung.find((x) => x.id === result.kampungId);
  const names = regionNames(ctx.regions ?? dataset.regions, result.regionCode);
  return {
    title: t('location', lang),
    blocks: [
      {
        kind: 'facts',
        items: [
          { term: t('kelurahan', lang), value: `${names.village} (${result.regionCode})` },
          { term: t('kecamatan', lang), value: names.district },
          ...(k ? [{ term: t('designated', lang), value: dateLabel(k.designationDate, lang) }] : []),
          { term: t('level', lang), value: outcomeCell(result.outcome, lang) },
        ],
      },
    ],
  };
}

/**
 * The kampung's 12-month trend chart, from `trends` when given for the month (computed once for many
 * kampung by the caller) or else from the data set; `undefined` when the kampung has no monthly data up to
 * the month.
 */
export function trendSection(
  dataset: Dataset,
  result: KampungIndicators,
  trends: IndicatorTrends | undefined,
  ctx: ReportContext,
): ReportSection | undefined {
  const usable =
    trends?.period === result.period ? trends : indicatorTrends({ dataset, period: result.period }, ctx);
  const chart = indicatorTrendChart(usable, { kampungId: result.kampungId }, ctx, { id: 'kampung-trend' });
  return chart ? { title: monthlyText('trendSection', ctx.lang), blocks: [chart] } : undefined;
}

/** The report's footnotes: definitions, the public report's rule, the generator. */
export function monthlyFootnotes(
  threshold: number | undefined,
  generatedOn: string | undefined,
  lang: Lang,
): string[] {
  const footnotes = [t('definitions', lang)];
  if (threshold !== undefined) footnotes.push(t('hiddenPublic', lang, { n: threshold - 1 }));
  footnotes.push(`${t('generated', lang)}${generatedOn ? ` · ${generatedOn}` : ''}`);
  return footnotes;
}
