import { computeIndicators, defaultIndicatorCatalogue, expandIndicators } from '@kampung-kb/indicators';
import type { Dataset, Lang } from '@kampung-kb/model';
import type { ReportCell, ReportSection } from '../reportDocument.js';

const TEXT = {
  title: { id: 'Urun rembug warga dan anggaran', en: 'Community proposals (urun rembug warga) and budget' },
  intro: {
    id: 'Usulan warga dari urun rembug yang masuk dan ditindaklanjuti instansi, dan anggaran Kampung KB menurut sumber dana, tahun',
    en: 'Proposals raised at community deliberations (urun rembug warga) and addressed by agencies, and the Kampung KB budget by funding source, year',
  },
  indicator: { id: 'Indikator', en: 'Indicator' },
  value: { id: 'Nilai', en: 'Value' },
} as const;

/** The catalogue's proposal and budget indicators, in catalogue order (one definition each, expanded). */
const DEFINITIONS = expandIndicators(defaultIndicatorCatalogue).filter(
  (d) => d.tags?.includes('proposals') || d.tags?.includes('budget'),
);

/**
 * The city recap's section on the seed programme's loop from community proposals to agency work: the
 * catalogue's proposal and budget indicators for the year of the report, at city level, computed by the
 * indicator engine from the data set (so the figures are those of `kkb indicators --level kota --period <year>`).
 * A budget source without any line is left out; `undefined` when the data set has no proposal and no budget.
 */
export function crossSectorSection(
  dataset: Partial<Dataset>,
  year: string,
  lang: Lang,
): ReportSection | undefined {
  if ((dataset.proposals?.length ?? 0) === 0 && (dataset.budgets?.length ?? 0) === 0) return undefined;
  const results = computeIndicators(dataset, { indicators: DEFINITIONS, level: 'regency', periods: [year] });
  const rows: ReportCell[][] = [];
  for (const d of DEFINITIONS) {
    const r = results.find((x) => x.indicatorId === d.id);
    if (r === undefined || (d.id.startsWith('budget-by-source.') && r.value === null)) continue;
    rows.push([
      d.name[lang],
      d.unit === 'percent' ? { kind: 'percent', value: r.value, decimals: d.decimals ?? 1 } : r.value,
    ]);
  }
  return {
    title: TEXT.title[lang],
    blocks: [
      { kind: 'paragraph', text: `${TEXT.intro[lang]} ${year}.` },
      {
        kind: 'table',
        id: 'proposals-budget',
        columns: [
          { title: TEXT.indicator[lang], align: 'left' },
          { title: TEXT.value[lang], align: 'right' },
        ],
        rows,
      },
    ],
  };
}
