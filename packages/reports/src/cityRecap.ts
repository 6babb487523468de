import { classificationLevels, type KampungIndicators } from '@kampung-kb/indicators';
import type { Dataset } from '@kampung-kb/model';
import { INDICATOR_CELLS, type KampungDisclosure, kampungDisclosure } from './internal/kampungDisclosure.js';
import { indicatorPercent, percentOf, poktanPercent } from './internal/percentValue.js';
import { regionNames } from './internal/regionNames.js';
import { t } from './internal/texts.js';
import { monthLabel } from './monthLabel.js';
import { type ReportContext, smallCellThreshold } from './reportContext.js';
import type { ReportCell, ReportDocument } from './reportDocument.js';

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
  /**
   * The data set: region names (optional when the context has regions) and, for a public recap, the
   * monthly reports, so that each kampung's percentages are hidden exactly when its own public report
   * hides them. A public recap without them hides every percentage of a kampung that has a monthly report.
   */
  readonly dataset?: Pick<Dataset, 'regions'> & { readonly monthly?: Dataset['monthly'] };
}

type Pooled = 'cpr' | 'mkjpShare' | 'unmetNeed';

/**
 * Pooled percentage of the summed numerators and denominators of the kampung that have both, rounded once
 * to the shown decimals; `null` when no kampung has a value. Hidden in a public recap when a kampung's
 * numerator or denominator is hidden (with the other kampung's figures the pooled value would give it).
 */
function pooled(
  results: readonly KampungIndicators[],
  shows: readonly KampungDisclosure[],
  id: Pooled,
): ReportCell {
  let num = 0;
  let den = 0;
  let any = false;
  let hidden = false;
  results.forEach((r, k) => {
    const v = r.indicators[id];
    if (v.numerator === null || v.denominator === null) return;
    num += v.numerator;
    den += v.denominator;
    any = true;
    hidden ||= shows[k]?.hides(...INDICATOR_CELLS[id]) ?? false;
  });
  if (any && hidden) return { kind: 'hidden' };
  return { kind: 'percent', value: any ? percentOf(num, den) : null };
}

/**
 * The city recap for one month: how many kampung sit at each classification level, then every kampung
 * with its four indicators, three indices and level (sorted by kecamatan, then name), and a pooled city
 * row computed from summed numerators and denominators (never an average of percentages). Percentages are
 * rounded once to one decimal. In a public report a kampung's percentage is hidden (`×`) exactly when its
 * own public monthly report hides it (a small or complementary figure it is computed from, see
 * {@link suppressTable}), and a pooled percentage when any kampung's figures behind it are hidden.
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
  const shows = results.map((r) =>
    kampungDisclosure(
      r,
      input.dataset?.monthly?.find((m) => m.kampungId === r.kampungId && m.period === r.period),
      threshold,
    ),
  );
  const showOf = new Map(results.map((r, k) => [r, shows[k] as KampungDisclosure]));
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
    .map(({ r, names }): ReportCell[] => {
      const show = showOf.get(r) as KampungDisclosure;
      const ind = (id: Pooled): ReportCell =>
        show.percent(indicatorPercent(r.indicators[id]), ...INDICATOR_CELLS[id]);
      const poktan = r.indicators.poktanParticipation;
      return [
        r.name,
        names.village,
        names.district,
        ind('cpr'),
        ind('mkjpShare'),
        ind('unmetNeed'),
        show.percent(poktanPercent(poktan.value, poktan.parts), ...show.poktanCells),
        r.classification.indices.input,
        r.classification.indices.process,
        r.classification.indices.output,
        { kind: 'level', level: r.classification.level, label: r.classification.levelLabel[lang] },
      ];
    });

  const footnotes = [t('pooledNote', lang), t('definitions', lang)];
  if (threshold !== undefined) footnotes.push(t('hiddenPublic', lang, { n: threshold - 1 }));
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
                pooled(results, shows, 'cpr'),
                pooled(results, shows, 'mkjpShare'),
                pooled(results, shows, 'unmetNeed'),
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
