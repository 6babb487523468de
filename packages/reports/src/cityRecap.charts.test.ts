import { computeKampungIndicators, type Target } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { reportDataset } from './__fixtures__/dataset.js';
import { indicatorTrends } from './charts/indicatorTrendChart.js';
import { cityRecap } from './cityRecap.js';
import { monthlyKampungReport } from './monthlyKampungReport.js';
import type { ReportContext } from './reportContext.js';
import type { ReportChart, ReportDocument, ReportTable } from './reportDocument.js';

const ds = reportDataset();
const dec = computeKampungIndicators(ds, '2020-12');
const nov = computeKampungIndicators(ds, '2020-11');
const k1 = dec.find((r) => r.kampungId === 'k1');
const k1nov = nov.find((r) => r.kampungId === 'k1');
if (!k1 || !k1nov) throw new Error('fixture');
const target: Target = {
  indicatorId: 'cpr-portal',
  regionCode: '63.71',
  year: 2020,
  value: 50,
  direction: 'higherIsBetter',
  source: 'RPJMD',
};

function tablesOf(doc: ReportDocument): ReportTable[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'chart' ? [b.table] : [])),
  );
}
function chartsOf(doc: ReportDocument): ReportChart[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : [])));
}
function chart(doc: ReportDocument, id: string): ReportChart {
  const c = chartsOf(doc).find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id}`);
  return c;
}

/** Every document the two templates give for the fixture, in both languages, public and not. */
function documents(): { name: string; doc: ReportDocument }[] {
  const out: { name: string; doc: ReportDocument }[] = [];
  for (const lang of ['id', 'en'] as Lang[]) {
    for (const pub of [false, true]) {
      const ctx: ReportContext = { lang, public: pub, targets: [target] };
      out.push({ name: `recap ${lang} ${pub}`, doc: cityRecap({ results: dec, dataset: ds }, ctx) });
      out.push({
        name: `k1 ${lang} ${pub}`,
        doc: monthlyKampungReport({ dataset: ds, result: k1 as never, previous: k1nov as never }, ctx),
      });
    }
  }
  return out;
}

describe('charts and tables of the city recap and the monthly kampung report', () => {
  it('gives every table and chart an id, unique in its document', () => {
    for (const { name, doc } of documents()) {
      const ids = [...chartsOf(doc).map((c) => c.id), ...tablesOf(doc).map((t) => t.id)];
      expect(
        ids.every((id) => typeof id === 'string' && /^[a-z0-9-]+$/.test(id)),
        name,
      ).toBe(true);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('shows every percentage of a column with the same decimals', () => {
    for (const { name, doc } of documents()) {
      for (const t of tablesOf(doc)) {
        t.columns.forEach((_, c) => {
          const decimals = new Set(
            [...t.rows, ...(t.footer ?? [])].flatMap((r) => {
              const cell = r[c];
              return cell !== null && typeof cell === 'object' && cell.kind === 'percent'
                ? [cell.decimals]
                : [];
            }),
          );
          expect(decimals.size, `${name} ${t.id} column ${c}`).toBeLessThanOrEqual(1);
          expect(
            [...decimals].every((d) => d === 2),
            `${name} ${t.id}`,
          ).toBe(true);
        });
      }
    }
  });

  it('public and non-public documents have the same blocks, rows and columns', () => {
    const shape = (doc: ReportDocument) =>
      doc.sections.map((s) =>
        s.blocks.map((b) =>
          b.kind === 'table' || b.kind === 'chart'
            ? [b.kind, b.id, (b.kind === 'chart' ? b.table : b).rows.map((r) => r.length)]
            : b.kind,
        ),
      );
    const docs = documents();
    // Per language: recap, report, public recap, public report.
    for (let k = 0; k < docs.length; k += 4) {
      for (const j of [k, k + 1]) {
        const a = docs[j] as { name: string; doc: ReportDocument };
        const b = docs[j + 2] as { doc: ReportDocument };
        expect(shape(a.doc), a.name).toEqual(shape(b.doc));
      }
    }
  });

  it('recap: kampung per level and ranked by the output index, with worked values', () => {
    const doc = cityRecap({ results: dec, dataset: ds }, { lang: 'en' });
    const levels = chart(doc, 'kampung-levels-chart');
    expect(levels.mark).toBe('barHorizontal');
    expect(levels.table.rows).toEqual([
      ['Basic', 2],
      ['Developing', 1],
      ['Self-reliant', 0],
      ['Sustainable', 0],
    ]);
    expect(levels.description).toBe('3 kampung: 2 Basic, 1 Developing, 0 Self-reliant, 0 Sustainable.');
    const levelTable = tablesOf(doc).find((t) => t.id === 'kampung-levels');
    expect(levelTable?.relations).toEqual([
      {
        total: { row: 4, column: 1 },
        parts: [0, 1, 2, 3].map((row) => ({ row, column: 1 })),
      },
    ]);
    // Output indices: k2 3.75, k3 2.75, k1 2.5.
    const ranking = chart(doc, 'output-ranking');
    expect(ranking.mark).toBe('barHorizontal');
    expect(ranking.table.rows).toEqual([
      [`Kampung <Uji> & "Co" 'Baru'`, 3.75],
      ['Kampung KB Alalak', 2.75],
      ['Kampung KB Sungai Andai', 2.5],
    ]);
  });

  it('recap: the city trend with its target, or none without monthly history', () => {
    const doc = cityRecap({ results: dec, dataset: ds }, { lang: 'en', targets: [target] });
    const trend = chart(doc, 'city-trend');
    // Dec 2020 city CPR 234/410 = 57.07 % (as the pooled row), target 50.
    expect(trend.table.rows[1]?.slice(0, 2)).toEqual([
      'December 2020',
      { kind: 'percent', value: 57.07, decimals: 2 },
    ]);
    expect(trend.targetSeries).toEqual([4]);
    const withoutHistory = cityRecap({ results: dec, dataset: { regions: ds.regions } }, { lang: 'en' });
    expect(chartsOf(withoutHistory).map((c) => c.id)).toEqual(['kampung-levels-chart', 'output-ranking']);
    const noDataset = cityRecap({ results: dec }, { lang: 'en', regions: ds.regions });
    expect(chartsOf(noDataset).map((c) => c.id)).toEqual(['kampung-levels-chart', 'output-ranking']);
  });

  it('monthly: a report without `trends` equals one given the month’s trends (computed once for all)', () => {
    const ctx: ReportContext = { lang: 'en', public: true, targets: [target] };
    const trends = indicatorTrends({ dataset: ds, period: '2020-12' }, ctx);
    for (const result of dec) {
      const given = monthlyKampungReport({ dataset: ds, result, trends }, ctx);
      expect(monthlyKampungReport({ dataset: ds, result }, ctx)).toEqual(given);
    }
  });

  it('monthly: the kampung trend and the method mix as the method table shows it', () => {
    const doc = monthlyKampungReport({ dataset: ds, result: k1 as never }, { lang: 'en', targets: [target] });
    const trend = chart(doc, 'kampung-trend');
    expect(trend.table.rows.map((r) => r[1])).toEqual([
      { kind: 'percent', value: 42, decimals: 2 },
      { kind: 'percent', value: 43.5, decimals: 2 },
    ]);
    expect(trend.targetSeries).toEqual([4]);
    const mix = chart(doc, 'method-mix');
    // k1 December: IUD 10, MOW 2, MOP 0, implant 20, injectable 35, pill 12, condom 8.
    expect(mix.table.rows.map((r) => r[1])).toEqual([10, 2, 0, 8, 20, 35, 12]);
    const pub = monthlyKampungReport({ dataset: ds, result: k1 as never }, { lang: 'en', public: true });
    const pubMix = chart(pub, 'method-mix');
    const methods = tablesOf(pub).find((t) => t.id === 'method-users');
    // The chart plots exactly the counts the public method table shows: MOW 2 is hidden in both.
    expect(pubMix.table.rows.map((r) => r[1])).toEqual(methods?.rows.map((r) => r[2]));
    expect(
      pubMix.table.rows.some((r) => r[1] !== null && typeof r[1] === 'object' && r[1].kind === 'hidden'),
    ).toBe(true);
    expect(methods?.relations?.[0]?.total).toEqual({ row: 7, column: 2 });
  });
});
