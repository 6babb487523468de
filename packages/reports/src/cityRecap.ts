import { classificationLevels, type KampungIndicators, roundRatio } from '@kampung-kb/indicators';
import type { Dataset } from '@kampung-kb/model';
import { regionNames } from './internal/regionNames.js';
import { t } from './internal/texts.js';
import { monthLabel } from './monthLabel.js';
import { type ReportContext, smallCellThreshold } from './reportContext.js';
import type { ReportCell, ReportDocument } from './reportDocument.js';
import { suppressPercent } from './suppressSmallCells.js';

/** What the city recap is built from. */
export interface CityRecapInput {
  /** Every kampung's result for one month, from `computeKampungIndicators`. */
  readonly results: readonly KampungIndicators[];
  /** The data set, for region names (optional when the context has regions). */
  readonly dataset?: Pick<Dataset, 'regions'>;
}

/** Pooled ratio of summed numerators and denominators (×1 since the parts are already counts). */
function pooled(results: readonly KampungIndicators[], id: 'cpr' | 'mkjpShare' | 'unmetNeed') {
  let num = 0;
  let den = 0;
  for (const r of results) {
    const v = r.indicators[id];
    if (v.numerator === null || v.denominator === null) continue;
    num += v.numerator;
    den += v.denominator;
  }
  return { value: roundRatio(num * 100, den, 2), numerator: num, denominator: den };
}

/**
 * The city recap for one month: how many kampung sit at each classification level, then every kampung
 * with its four indicators, three indices and level, and a pooled city row computed from summed
 * numerators and denominators (never an average of percentages).
 *
 * @example
 * ```ts
 * const results = computeKampungIndicators(dataset, '2020-12');
 * const doc = cityRecap({ results, dataset }, { lang: 'en', programme });
 * writeFileSync('recap.md', renderMarkdown(doc));
 * ```
 */
export function cityRecap(input: CityRecapInput, ctx: ReportContext): ReportDocument {
  const lang = ctx.lang;
  const { results } = input;
  const regions = ctx.regions ?? input.dataset?.regions;
  const period = results[0]?.period ?? '';
  const threshold = smallCellThreshold(ctx);
  const pct = (v: number | null, num: number | null): ReportCell =>
    threshold === undefined ? { kind: 'percent', value: v } : suppressPercent(v, num, threshold);

  const counts = classificationLevels.items.map((l) => ({
    level: l,
    n: results.filter((r) => r.classification.level === l.code).length,
  }));

  const rows = [...results]
    .map((r) => ({ r, names: regionNames(regions, r.regionCode) }))
    .sort((a, b) => a.names.district.localeCompare(b.names.district) || a.r.name.localeCompare(b.r.name))
    .map(({ r, names }): ReportCell[] => [
      r.name,
      names.village,
      names.district,
      pct(r.indicators.cpr.value, r.indicators.cpr.numerator),
      pct(r.indicators.mkjpShare.value, r.indicators.mkjpShare.numerator),
      pct(r.indicators.unmetNeed.value, r.indicators.unmetNeed.numerator),
      { kind: 'percent', value: r.indicators.poktanParticipation.value },
      r.classification.indices.input,
      r.classification.indices.process,
      r.classification.indices.output,
      { kind: 'level', level: r.classification.level, label: r.classification.levelLabel[lang] },
    ]);

  const cpr = pooled(results, 'cpr');
  const mkjp = pooled(results, 'mkjpShare');
  const unmet = pooled(results, 'unmetNeed');
  const footnotes = [t('pooledNote', lang), t('definitions', lang)];
  if (threshold !== undefined) footnotes.push(t('suppressed', lang, { n: threshold - 1, t: threshold }));
  footnotes.push(`${t('generated', lang)}${ctx.generatedOn ? ` · ${ctx.generatedOn}` : ''}`);

  return {
    lang,
    title: `${t('recapTitle', lang)}${ctx.programme ? `: ${ctx.programme.city.name}` : ''}`,
    subtitle: [ctx.programme?.name[lang], period ? monthLabel(period, lang) : undefined]
      .filter(Boolean)
      .join(' · '),
    ...(ctx.programme?.synthetic ? { banner: t('synthetic', lang) } : {}),
    sections: [
      {
        title: t('levels', lang),
        blocks: [
          {
            kind: 'table',
            columns: [
              { title: t('level', lang), align: 'left' },
              { title: t('count', lang), align: 'right' },
            ],
            rows: counts.map((c) => [
              { kind: 'level', level: c.level.code, label: c.level.label[lang] },
              c.n,
            ]),
            footer: [[t('total', lang), results.length]],
          },
        ],
      },
      {
        title: t('allKampung', lang),
        blocks: [
          {
            kind: 'table',
            columns: [
              { title: t('kampung', lang), align: 'left' },
              { title: t('kelurahan', lang), align: 'left' },
              { title: t('kecamatan', lang), align: 'left' },
              { title: 'CPR', align: 'right' },
              { title: 'MKJP', align: 'right' },
              { title: 'Unmet need', align: 'right' },
              { title: 'Poktan', align: 'right' },
              { title: 'Input', align: 'right' },
              { title: lang === 'id' ? 'Proses' : 'Process', align: 'right' },
              { title: 'Output', align: 'right' },
              { title: t('level', lang), align: 'left' },
            ],
            rows,
            footer: [
              [
                t('cityTotal', lang),
                '',
                '',
                pct(cpr.value, cpr.numerator),
                pct(mkjp.value, mkjp.numerator),
                pct(unmet.value, unmet.numerator),
                null,
                null,
                null,
                null,
                '',
              ],
            ],
          },
        ],
      },
    ],
    footnotes,
  };
}
