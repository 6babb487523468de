import { classificationSubIndicators, computeKampungIndicators } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import { shapeOf, tablesOf } from '../__fixtures__/profileChecks.js';
import { profileDataset } from '../__fixtures__/profileDataset.js';
import { renderMarkdown } from '../renderMarkdown.js';
import type { ReportContext } from '../reportContext.js';
import type { ReportDocument, ReportTable } from '../reportDocument.js';
import { classificationReport } from './classificationReport.js';

const ds = profileDataset();
const period = '2020-06';
const results = computeKampungIndicators(ds, period);
const input = { dataset: ds, period, results };
const en: ReportContext = { lang: 'en', regions: ds.regions };
const id: ReportContext = { lang: 'id', regions: ds.regions };

function tableOf(doc: ReportDocument, tableId: string): ReportTable {
  const found = tablesOf(doc).find((t) => t.id === tableId)?.table;
  if (!found) throw new Error(`no table ${tableId}`);
  return found;
}

const level = (code: string, label: string) => ({ kind: 'level', level: code, label });

describe('classificationReport', () => {
  it('counts kampung per level, the kampung without a June report apart (never as Dasar)', () => {
    const doc = classificationReport(input, en);
    const t = tableOf(doc, 'kampung-per-level');
    // p3 Developing (3.2, 3, 2.5), p1 Sustainable (3.2, 3.33, 3.5), p2 no June report.
    expect(t.rows.map((r) => r[1])).toEqual([0, 1, 0, 1, 1]);
    expect(t.rows[4]?.[0]).toEqual(level('no-report', 'No report'));
    expect(t.footer).toEqual([['Total', 3]]);
    expect(t.relations).toEqual([
      {
        total: { row: 5, column: 1 },
        parts: [0, 1, 2, 3, 4].map((row) => ({ row, column: 1 })),
      },
    ]);
    const chart = tablesOf(doc).find((x) => x.id === 'kampung-per-level-chart')?.chart;
    expect(chart?.mark).toBe('barHorizontal');
    expect(chart?.table.rows).toEqual(t.rows);
    expect(chart?.description).toBe(
      '3 kampung: Basic 0, Developing 1, Self-reliant 0, Sustainable 1, No report 1.',
    );
  });

  it('lists every kampung’s sub-scores as computeKampungIndicators gives them, by kecamatan then name', () => {
    const doc = classificationReport(input, en);
    const t = tableOf(doc, 'sub-indicator-scores');
    expect(t.columns.map((c) => c.title)).toEqual([
      'Kampung',
      'District (kecamatan)',
      ...classificationSubIndicators.map((d) => d.label.en),
      'Input index',
      'Process index',
      'Output index',
      'Level',
    ]);
    // Banjarmasin Tengah (Melayu), then Banjarmasin Utara: Alalak before Sungai Andai.
    expect(t.rows.map((r) => r[0])).toEqual([
      'Kampung KB Melayu',
      'Kampung KB Alalak',
      'Kampung KB Sungai Andai',
    ]);
    for (const row of t.rows.slice(1)) {
      const r = results.find((x) => x.name === row[0]);
      expect(row.slice(2, 14)).toEqual(r?.classification.subIndicators.map((s) => s.score));
      expect(row.slice(14, 17)).toEqual([
        r?.classification.indices.input,
        r?.classification.indices.process,
        r?.classification.indices.output,
      ]);
    }
    // Worked for p3: MKJP 3/60 = 5 % → 1, unmet need 15/100 = 15 % → 1, CPR 60 % → 4, poktan 50 % → 4.
    expect(t.rows[1]?.slice(10, 14)).toEqual([4, 4, 1, 1]);
    expect(t.rows[1]?.slice(14)).toEqual([3.2, 3, 2.5, level('berkembang', 'Developing')]);
    // p2: no profile (input and process 1), no June report: output not assessed, "No report".
    expect(t.rows[0]?.slice(2)).toEqual([
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      null,
      null,
      null,
      null,
      1,
      1,
      null,
      level('no-report', 'No report'),
    ]);
    const md = renderMarkdown(classificationReport(input, id));
    expect(md).toContain(
      '| Kampung KB Melayu | Banjarmasin Tengah | 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 | — | — | — | — | 1 | 1 | — | Tidak ada laporan |',
    );
  });

  it('ranks the kampung by the output index, the one without a report last and not plotted', () => {
    const doc = classificationReport(input, en);
    const chart = tablesOf(doc).find((x) => x.id === 'output-index-ranking')?.chart;
    expect(chart?.mark).toBe('barHorizontal');
    expect(chart?.table.rows).toEqual([
      ['Kampung KB Sungai Andai', 3.5],
      ['Kampung KB Alalak', 2.5],
      ['Kampung KB Melayu', null],
    ]);
    expect(chart?.description).toBe(
      'Highest output index Kampung KB Sungai Andai (3.5), lowest Kampung KB Alalak (2.5); 1 kampung without a report are not plotted.',
    );
  });

  it('says what would lift each kampung one level, naming the sub-indicator to change', () => {
    const t = tableOf(classificationReport(input, en), 'next-level');
    expect(t.rows).toEqual([
      [
        'Kampung KB Melayu',
        level('no-report', 'No report'),
        null,
        null,
        'No monthly report for June 2020: send it first, then the level can be assessed.',
      ],
      // Output 2.5 needs 2 points: MKJP 1 → 3 (one sub-indicator; before unmet need in the portal's order).
      [
        'Kampung KB Alalak',
        level('berkembang', 'Developing'),
        level('berkelanjutan', 'Sustainable'),
        2,
        'MKJP share from 5 % to ≥ 23 % (score 1 → 3)',
      ],
      [
        'Kampung KB Sungai Andai',
        level('berkelanjutan', 'Sustainable'),
        null,
        0,
        'already the highest level',
      ],
    ]);
    const tid = tableOf(classificationReport(input, id), 'next-level');
    expect(tid.rows[1]?.[4]).toBe('Kesertaan MKJP dari 5 % ke ≥ 23 % (skor 1 → 3)');
  });

  it('does not quote a hidden value in a public plan (MKJP users 3 are hidden in p3’s June report)', () => {
    for (const [ctx, text] of [
      [en, 'MKJP share: current value hidden (public report), needs ≥ 23 % (score 1 → 3)'],
      [id, 'Kesertaan MKJP: nilai sekarang disamarkan (laporan publik), perlu ≥ 23 % (skor 1 → 3)'],
    ] as const) {
      const pub = classificationReport(input, { ...ctx, public: true });
      expect(tableOf(pub, 'next-level').rows[1]?.[4]).toBe(text);
      expect(renderMarkdown(pub)).not.toContain('5 %');
      expect(shapeOf(pub)).toEqual(shapeOf(classificationReport(input, ctx)));
      // Scores, indices and levels are shown as the public monthly report shows them.
      expect(tableOf(pub, 'sub-indicator-scores').rows).toEqual(
        tableOf(classificationReport(input, ctx), 'sub-indicator-scores').rows,
      );
    }
  });

  it('has the shared title, subtitle and public footnote', () => {
    const doc = classificationReport(input, {
      ...id,
      public: true,
      programme: {
        name: { id: 'Program Kampung KB', en: 'Kampung KB programme' },
        city: { code: '63.71', name: 'Kota Banjarmasin' },
        synthetic: true,
      },
    });
    expect(doc.title).toBe('Laporan klasifikasi Kampung KB: Kota Banjarmasin');
    expect(doc.subtitle).toBe('Program Kampung KB · Juni 2020');
    expect(doc.banner).toContain('DATA SINTETIS');
    expect(doc.footnotes.some((f) => f.startsWith('Laporan publik: jumlah 1 sampai 4'))).toBe(true);
  });
});
