import type { KampungIndicators } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import type { ReportCell, ReportChart } from '../reportDocument.js';
import { formatNumber } from './formatCell.js';
import { recapText } from './recapTexts.js';
import { t } from './texts.js';

/** Kampung per classification level as horizontal bars (counts of kampung: never suppressed). */
export function levelsChart(
  counts: readonly (readonly ReportCell[])[],
  total: number,
  lang: Lang,
): ReportChart {
  const rows = counts.map((r) => {
    const c = r[0];
    const label = c !== null && typeof c === 'object' && c.kind === 'level' ? c.label : String(c ?? '');
    return [label, r[1] ?? null] as ReportCell[];
  });
  const parts = rows.map((r) => `${r[1] as number} ${r[0] as string}`).join(', ');
  return {
    kind: 'chart',
    id: 'kampung-levels-chart',
    mark: 'barHorizontal',
    title: t('levels', lang),
    description: recapText('levelsDescription', lang, { total, parts }),
    xTitle: recapText('kampungCount', lang),
    yTitle: t('level', lang),
    unit: 'count',
    table: {
      kind: 'table',
      id: 'kampung-levels-chart-data',
      columns: [
        { title: t('level', lang), align: 'left' },
        { title: recapText('kampungCount', lang), align: 'right' },
      ],
      rows,
    },
  };
}

/**
 * Kampung ranked by the output index (highest first; ties by name, then id). A kampung without a monthly
 * report for the month has no output index to rank (`null`, not plotted) and comes last.
 */
export function outputRankingChart(results: readonly KampungIndicators[], lang: Lang): ReportChart {
  const collator = new Intl.Collator(lang === 'id' ? 'id-ID' : 'en-GB');
  const ranked = results
    .map((r) => ({ r, value: r.outcome.level === null ? null : r.classification.indices.output }))
    .sort(
      (a, b) =>
        (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
        (b.value ?? 0) - (a.value ?? 0) ||
        collator.compare(a.r.name, b.r.name) ||
        collator.compare(a.r.kampungId, b.r.kampungId),
    );
  const withValue = ranked.filter((x) => x.value !== null);
  const top = withValue[0];
  const bottom = withValue[withValue.length - 1];
  return {
    kind: 'chart',
    id: 'output-ranking',
    mark: 'barHorizontal',
    title: recapText('rankingTitle', lang),
    description:
      top && bottom
        ? recapText('rankingDescription', lang, {
            top: top.r.name,
            topValue: formatNumber(top.value as number, lang),
            bottom: bottom.r.name,
            bottomValue: formatNumber(bottom.value as number, lang),
            n: withValue.length,
          })
        : recapText('rankingEmpty', lang),
    xTitle: t('output', lang),
    yTitle: t('kampung', lang),
    unit: 'count',
    table: {
      kind: 'table',
      id: 'output-ranking-data',
      columns: [
        { title: t('kampung', lang), align: 'left' },
        { title: t('output', lang), align: 'right' },
      ],
      rows: ranked.map((x) => [x.r.name, x.value]),
    },
  };
}
