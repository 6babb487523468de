import {
  beforeAfterDesignation,
  defaultIndicatorCatalogue,
  type IndicatorDefinition,
} from '@kampung-kb/indicators';
import type { Kampung, Lang } from '@kampung-kb/model';
import { cellText } from '../../internal/formatCell.js';
import { t } from '../../internal/texts.js';
import { monthLabel } from '../../monthLabel.js';
import type { ReportBlock, ReportCell, ReportChart, ReportTable } from '../../reportDocument.js';
import { PROFILE_TREND_INDICATORS, type ProfileSeries } from './profileSeries.js';
import { pt } from './profileTexts.js';

const HIDDEN: ReportCell = { kind: 'hidden' };

/** The catalogue definition of a trend indicator (its name and decimals). */
export function trendDefinition(id: string): IndicatorDefinition | undefined {
  return defaultIndicatorCatalogue.find((d) => d.id === id);
}

function percent(value: number | null, decimals: number): ReportCell {
  return value === null ? null : { kind: 'percent', value, decimals };
}

/** Whether a cell is plotted: a number or a percentage with a value. */
function plotted(cell: ReportCell | undefined): boolean {
  if (cell === null || cell === undefined || typeof cell === 'string') return false;
  if (typeof cell === 'number') return true;
  return cell.kind === 'percent' && cell.value !== null;
}

/**
 * One `line` chart per indicator (CPR, MKJP share, unmet need) over the trend's points: the engine's
 * kampung value (hidden where the month's own public report hides it) and, when the engine found a target
 * for at least one point's year ({@link TargetLookup} through `computeIndicators`), a dashed target series.
 */
export function trendCharts(series: ProfileSeries, lang: Lang): ReportChart[] {
  const from = monthLabel(series.points[0] ?? series.start, lang);
  const to = monthLabel(series.points[series.points.length - 1] ?? series.start, lang);
  return PROFILE_TREND_INDICATORS.map(({ id, sub }): ReportChart => {
    const def = trendDefinition(id);
    const decimals = def?.decimals ?? 1;
    const name = def?.name[lang] ?? id;
    const results = series.points.map((m) => series.result(id, m));
    const hasTarget = results.some((r) => r?.target !== undefined);
    const rows = series.points.map((m, i): ReportCell[] => {
      const r = results[i];
      const value = r?.value ?? null;
      const cell = value !== null && series.hides(sub, m) ? HIDDEN : percent(value, decimals);
      return [monthLabel(m, lang), cell, ...(hasTarget ? [percent(r?.target?.value ?? null, decimals)] : [])];
    });
    const shown = rows.filter((r) => plotted(r[1]));
    const firstRow = shown[0];
    const lastRow = shown[shown.length - 1];
    const sources = [...new Set(results.flatMap((r) => (r?.target ? [r.target.source] : [])))];
    const description =
      (firstRow && lastRow
        ? pt('trendDescription', lang, {
            indicator: name,
            first: cellText(firstRow[1] as ReportCell, lang),
            firstMonth: firstRow[0] as string,
            last: cellText(lastRow[1] as ReportCell, lang),
            lastMonth: lastRow[0] as string,
          })
        : `${name}: ${pt('noValue', lang)}.`) +
      (hasTarget ? pt('trendTargetDescription', lang, { source: sources.join('; ') }) : '');
    const table: ReportTable = {
      kind: 'table',
      columns: [
        { title: pt('month', lang), align: 'left' },
        { title: pt('kampungValue', lang), align: 'right' },
        ...(hasTarget ? [{ title: pt('targetValue', lang), align: 'right' as const }] : []),
      ],
      rows,
    };
    return {
      kind: 'chart',
      id: `trend-${id}`,
      mark: 'line',
      title: pt('trendTitle', lang, { indicator: name, from, to }),
      description,
      xTitle: pt('month', lang),
      yTitle: `${name} (%)`,
      unit: 'percent',
      ...(hasTarget ? { targetSeries: [2] } : {}),
      table,
    };
  });
}

/**
 * Before and after designation ({@link beforeAfterDesignation} on the engine's monthly values of every
 * month with a report up to the period): a `bar` chart and a table with the months counted and the change
 * in percentage points. In a public report a mean is hidden when any month behind it is hidden in that
 * month's own report, and the change with it (the footnote `publicMeans` says so).
 */
export function beforeAfterBlocks(
  series: ProfileSeries,
  kampung: Kampung,
  period: string,
  lang: Lang,
): ReportBlock[] {
  const designationMonth = kampung.designationDate.slice(0, 7);
  const rows = PROFILE_TREND_INDICATORS.map(({ id, sub }): ReportCell[] => {
    const def = trendDefinition(id);
    const decimals = def?.decimals ?? 1;
    const points = series.reportMonths.map((m) => ({
      period: m,
      value: series.result(id, m)?.value ?? null,
    }));
    const ba = beforeAfterDesignation(points, kampung.designationDate, decimals);
    const hidden = (side: 'before' | 'after'): boolean =>
      points.some(
        (p) =>
          p.value !== null &&
          (side === 'before' ? p.period < designationMonth : p.period >= designationMonth) &&
          series.hides(sub, p.period),
      );
    const before = ba.before.mean !== null && hidden('before') ? HIDDEN : percent(ba.before.mean, decimals);
    const after = ba.after.mean !== null && hidden('after') ? HIDDEN : percent(ba.after.mean, decimals);
    const changeHidden = hidden('before') || hidden('after');
    const change =
      changeHidden && ba.change.absolute !== null ? HIDDEN : percent(ba.change.absolute, decimals);
    return [def?.name[lang] ?? id, before, ba.before.months, after, ba.after.months, change];
  });
  const table: ReportTable = {
    kind: 'table',
    id: 'before-after-designation',
    columns: [
      { title: t('indicator', lang), align: 'left' },
      { title: pt('before', lang), align: 'right' },
      { title: pt('monthsBefore', lang), align: 'right' },
      { title: pt('after', lang), align: 'right' },
      { title: pt('monthsAfter', lang), align: 'right' },
      { title: pt('changePoints', lang), align: 'right' },
    ],
    rows,
  };
  const parts = rows
    .map((r) =>
      pt('beforeAfterPart', lang, {
        indicator: r[0] as string,
        before: cellText(r[1] as ReportCell, lang),
        after: cellText(r[3] as ReportCell, lang),
      }),
    )
    .join('; ');
  const chart: ReportChart = {
    kind: 'chart',
    id: 'before-after-chart',
    mark: 'bar',
    title: pt('beforeAfterTitle', lang, { month: monthLabel(designationMonth, lang) }),
    description: pt('beforeAfterDescription', lang, { period: monthLabel(period, lang), parts }),
    yTitle: '%',
    unit: 'percent',
    table: {
      kind: 'table',
      columns: [
        { title: t('indicator', lang), align: 'left' },
        { title: pt('before', lang), align: 'right' },
        { title: pt('after', lang), align: 'right' },
      ],
      rows: rows.map((r) => [r[0] as ReportCell, r[1] as ReportCell, r[3] as ReportCell]),
    },
  };
  const blocks: ReportBlock[] = [chart, table];
  if (rows.every((r) => r[2] === 0))
    blocks.push({ kind: 'notice', tone: 'info', text: pt('noBefore', lang) });
  return blocks;
}
