import { classificationLevels, type KampungIndicators } from '@kampung-kb/indicators';
import type { Dataset } from '@kampung-kb/model';
import { indicatorPercent, percentOf, poktanPercent } from './internal/percentValue.js';
import { regionNames } from './internal/regionNames.js';
import { t } from './internal/texts.js';
import { monthLabel } from './monthLabel.js';
import { type ReportContext, smallCellThreshold } from './reportContext.js';
import type { ReportCell, ReportDocument } from './reportDocument.js';
import { suppressPercent } from './suppressSmallCells.js';

/**
 * What the city recap is built from.
 *
 * @example
 * ```ts
 * const input: CityRecapInput = { results: computeKampungIndicators(dataset, '2020-12'), dataset };
 * ```
 */
export interface CityRecapInput {
  /** Every kampung's result for one month, from `computeKampungIndicators`. */
  readonly results: readonly KampungIndicators[];
  /** The data set, for region names (optional when the context has regions). */
  readonly dataset?: Pick<Dataset, 'regions'>;
}

/**
 * Pooled percentage of the summed numerators and denominators of the kampung that have both, rounded once
 * to the shown decimals; `null` when no kampung has a value.
 */
function pooled(results: readonly KampungIndicators[], id: 'cpr' | 'mkjpShare' | 'unmetNeed') {
  let num = 0;
  let den = 0;
  let any = false;
  for (const r of results) {
    const v = r.indicators[id];
    if (v.numerator === null || v.denominator === null) continue;
    num += v.numerator;
    den += v.denominator;
    any = true;
  }
  return { value: any ? percentOf(num, den) : null, numerator: any ? num : null };
}

/**
 * The city recap for one month: how many kampung sit at each classification level, then every kampung
 * with its four indicators, three indices and level (sorted by kecamatan, then name), and a pooled city
 * row computed from summed numerators and denominators (never an average of percentages). Percentages are
 * rounded once to one decimal; in a public report those with a numerator from 1 to threshold − 1 are
 * suppressed.
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
  const ind = (v: KampungIndicators['indicators']['cpr']): ReportCell =>
    pct(indicatorPercent(v), v.numerator);
  const collator = new Intl.Collator(lang === 'id' ? 'id-ID' : 'en-GB');

  const counts = classificationLevels.items.map((l) => ({
    level: l,
    n: results.filter((r) => r.classification.level === l.code).length,
  }));

  const rows = [...results]
    .map((r) => ({ r, names: regionNames(regions, r.regionCode) }))
    .sort(
      (a, b) =>
        collator.compare(a.names.district, b.names.district) ||
        collator.compare(a.r.name, b.r.name) ||
        collator.compare(a.r.kampungId, b.r.kampungId),
    )
    .map(({ r, names }): ReportCell[] => [
      r.name,
      names.village,
      names.district,
      ind(r.indicators.cpr),
      ind(r.indicators.mkjpShare),
      ind(r.indicators.unmetNeed),
      {
        kind: 'percent',
        value: poktanPercent(r.indicators.poktanParticipation.value, r.indicators.poktanParticipation.parts),
      },
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
              { title: t('cpr', lang), align: 'right' },
              { title: t('mkjp', lang), align: 'right' },
              { title: t('unmetNeed', lang), align: 'right' },
              { title: t('poktanShort', lang), align: 'right' },
              { title: t('input', lang), align: 'right' },
              { title: t('process', lang), align: 'right' },
              { title: t('output', lang), align: 'right' },
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
                '',
                '',
                '',
                '',
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
