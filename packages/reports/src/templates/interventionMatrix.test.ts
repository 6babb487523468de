import { describe, expect, it } from 'vitest';
import { programmeDataset } from '../__fixtures__/programmeDataset.js';
import { allTables, brokenRelations, chartById, shape, tableById } from '../__fixtures__/programmeHelpers.js';
import { renderMarkdown } from '../renderMarkdown.js';
import type { ReportCell } from '../reportDocument.js';
import { disclosedCells, isSuppressed, type SuppressionPattern } from '../suppressTable.js';
import { type OutputPartition, outputSystem, rowCell, TOTAL_CELL } from './internal/matrixDisclosure.js';
import { interventionMatrix } from './interventionMatrix.js';

const dataset = programmeDataset();
const en = interventionMatrix({ dataset, period: '2020-12' }, { lang: 'en' });
const id = interventionMatrix({ dataset, period: '2020-12' }, { lang: 'id' });
const pub = interventionMatrix({ dataset, period: '2020-12' }, { lang: 'en', public: true });
const pubId = interventionMatrix({ dataset, period: '2020-12' }, { lang: 'id', public: true });
const H: ReportCell = { kind: 'hidden' };
const M = 1_000_000;

describe('interventionMatrix', () => {
  it('counts interventions per kampung and agency, a joint one once per agency (worked by hand)', () => {
    const m = tableById(en, 'matrix');
    expect(m.columns.map((c) => c.title)).toEqual([
      'Kampung',
      'District (kecamatan)',
      'Public works and housing agency (PUPR)',
      'Health agency',
      'Private companies',
      'Kampung KB community members',
      'Agency involvements',
      'Interventions',
    ]);
    expect(m.rows).toEqual([
      ['Kampung KB Melayu', 'Banjarmasin Tengah', 1, 0, 0, 1, 2, 2],
      ['Kampung KB Alalak', 'Banjarmasin Utara', 0, 1, 1, 0, 2, 2],
      ['Kampung KB Sungai Andai', 'Banjarmasin Utara', 2, 1, 0, 0, 3, 2],
    ]);
    expect(m.footer).toEqual([['Total', '', 3, 2, 1, 1, 7, 6]]);
  });

  it('totals outputs and spend per kampung, agency and year, never counting a joint intervention twice', () => {
    const k = tableById(en, 'outputs-by-kampung');
    expect(k.columns.map((c) => c.title).slice(2)).toEqual([
      'Interventions',
      'Neighbourhood road built or repaired (metres)',
      'Houses renovated (bedah rumah) (houses)',
      'Toilets built (toilets)',
      'Waste banks set up (waste banks)',
      'Trainings held (trainings)',
      'Participants (people)',
      'Spend (Rp)',
      'Regional budget (APBD) (Rp)',
      'Companies (CSR) (Rp)',
      'Community self-funding (swadaya) (Rp)',
    ]);
    expect(k.rows.map((r) => r.slice(2))).toEqual([
      [2, 80.25, 8, 0, 1, 0, 3, 205 * M, 200 * M, 0, 5 * M],
      [2, 0, 0, 0, 0, 2, 25, 20 * M, 0, 20 * M, 0],
      [2, 120.5, 3, 12, 0, 0, 40, 230 * M, 230 * M, 0, 0],
    ]);
    const totals = ['Total', 6, 200.75, 11, 12, 1, 2, 68, 455 * M, 430 * M, 20 * M, 5 * M];
    expect(k.footer).toEqual([[totals[0], '', ...totals.slice(1)]]);
    const a = tableById(en, 'outputs-by-agency');
    expect(a.rows).toEqual([
      ['Public works and housing agency (PUPR)', 2, 200.75, 11, 0, 0, 0, 0, 350 * M, 350 * M, 0, 0],
      ['Health agency', 1, 0, 0, 0, 0, 0, 0, null, null, null, null],
      ['Private companies', 1, 0, 0, 0, 0, 2, 25, 20 * M, 0, 20 * M, 0],
      ['Kampung KB community members', 1, 0, 0, 0, 1, 0, 3, 5 * M, 0, 0, 5 * M],
      ['Several agencies (joint)', 1, 0, 0, 12, 0, 0, 40, 80 * M, 80 * M, 0, 0],
    ]);
    // i2 (PUPR + Health) is in the joint row only: its 40 participants and Rp 80 million are counted once.
    expect(a.footer).toEqual([totals]);
    const y = tableById(en, 'outputs-by-year');
    expect(y.rows).toEqual([
      ['2019', 1, 120.5, 3, 0, 0, 0, 0, 150 * M, 150 * M, 0, 0],
      ['2020', 5, 80.25, 8, 12, 1, 2, 68, 305 * M, 280 * M, 20 * M, 5 * M],
    ]);
    expect(y.footer).toEqual([totals]);
    expect(en.footnotes[0]).toContain('Several agencies (joint)');
    for (const t of allTables(en)) expect(brokenRelations(t)).toEqual([]);
  });

  it('lists the interventions by date then id, with agencies, partner and outputs', () => {
    const list = tableById(en, 'interventions');
    expect(list.rows.map((r) => r[0])).toEqual([
      '10 May 2019',
      '14 March 2020',
      '1 June 2020',
      '20 August 2020',
      '9 September 2020',
      '5 November 2020',
    ]);
    expect(list.rows[2]).toEqual([
      '1 June 2020',
      'Kampung KB Alalak',
      'Pelatihan olahan ikan',
      'Private companies · partner: PT Sungai Jaya',
      'Economy',
      'Trainings held: 2 trainings; Participants: 25 people',
      20 * M,
    ]);
    expect(list.rows[1]?.[3]).toBe('Public works and housing agency (PUPR), Health agency');
    expect(tableById(pub, 'interventions').rows[2]?.[5]).toBe(
      'Trainings held: 2 trainings; Participants: × people',
    );
    expect(tableById(id, 'interventions').rows[0]?.[5]).toBe(
      'Jalan lingkungan dibangun/diperbaiki: 120,5 meter; Rumah direhab (bedah rumah): 3 rumah',
    );
  });

  it('charts spend per year by funding source and interventions per agency', () => {
    const spend = chartById(en, 'chart-spend-by-year');
    expect(spend.mark).toBe('stackedBar');
    expect(spend.unit).toBe('rupiah');
    expect(spend.table.rows).toEqual([
      ['2019', 150 * M, 0, 0],
      ['2020', 280 * M, 20 * M, 5 * M],
    ]);
    const agencies = chartById(en, 'chart-interventions-by-agency');
    expect(agencies.mark).toBe('barHorizontal');
    expect(agencies.table.rows).toEqual([
      ['Public works and housing agency (PUPR)', 3],
      ['Health agency', 2],
      ['Private companies', 1],
      ['Kampung KB community members', 1],
    ]);
  });

  it('is in Indonesian with id', () => {
    expect(id.title).toBe('Matriks intervensi instansi × kampung');
    expect(tableById(id, 'outputs-by-agency').rows[4]?.[0]).toBe('Beberapa instansi (bersama)');
    expect(renderMarkdown(id)).toContain('Intervensi sampai akhir Desember 2020');
    expect(renderMarkdown(id)).toContain('455.000.000');
    expect(renderMarkdown(en)).toContain('455,000,000');
  });

  it('keeps the structure and every figure not about residents in a public report', () => {
    expect(shape(pub)).toEqual(shape(en));
    expect(shape(pubId)).toEqual(shape(id));
    expect(tableById(pub, 'matrix')).toEqual(tableById(en, 'matrix'));
    const k = tableById(pub, 'outputs-by-kampung');
    const full = tableById(en, 'outputs-by-kampung');
    // Columns 4 (houses), 5 (toilets), 8 (participants) count households or people; the others are shown.
    for (const [r, row] of [...k.rows, ...(k.footer ?? [])].entries()) {
      const fullRow = [...full.rows, ...(full.footer ?? [])][r] ?? [];
      row.forEach((c, j) => {
        if ([4, 5, 8].includes(j))
          expect(c === fullRow[j] || (c as { kind?: string })?.kind === 'hidden').toBe(true);
        else expect(c).toEqual(fullRow[j]);
      });
    }
    // The small counts (1..4) are hidden: k1's 3 houses, k3's 3 participants, KMKB's 3, 2019's 3 houses.
    expect(k.rows[2]?.[4]).toEqual(H);
    expect(k.rows[0]?.[8]).toEqual(H);
    expect(tableById(pub, 'outputs-by-agency').rows[3]?.[7]).toEqual(H);
    expect(tableById(pub, 'outputs-by-year').rows[0]?.[3]).toEqual(H);
    expect(pub.footnotes.join(' ')).toContain('from 1 to 4');
  });

  it('lets no hidden output count be worked out from the tables, their totals and the list (disclosedCells)', () => {
    const partitions: OutputPartition[] = [
      {
        prefix: 'k',
        rows: new Map([
          ['k3', ['i4', 'i5']],
          ['k2', ['i3', 'i7']],
          ['k1', ['i1', 'i2']],
        ]),
      },
      {
        prefix: 'a',
        rows: new Map([
          ['dinas_pupr', ['i1', 'i4']],
          ['dinas_kesehatan', ['i7']],
          ['swasta', ['i3']],
          ['kmkb', ['i5']],
          ['_joint', ['i2']],
        ]),
      },
      {
        prefix: 'y',
        rows: new Map([
          ['2019', ['i1']],
          ['2020', ['i2', 'i3', 'i4', 'i5', 'i7']],
        ]),
      },
    ];
    const tables = { k: 'outputs-by-kampung', a: 'outputs-by-agency', y: 'outputs-by-year' } as const;
    const lead = { k: 2, a: 1, y: 1 } as const;
    const columns = { housesRenovated: 1, toilets: 2, participants: 5 } as const;
    let hiddenSeen = 0;
    for (const [code, offset] of Object.entries(columns)) {
      const values = new Map(
        dataset.interventions
          .filter((i) => i.date <= '2020-12-31')
          .map((i) => [i.id, (i.outputs as Record<string, number> | undefined)?.[code] ?? 0]),
      );
      const system = outputSystem({ values, partitions, threshold: 5 });
      // The pattern as the public document shows it.
      const shown = new Set<string>();
      const hidden = new Set<string>();
      for (const p of partitions) {
        const table = tableById(pub, tables[p.prefix as keyof typeof tables]);
        const column = lead[p.prefix as keyof typeof lead] + 1 + offset;
        [...p.rows.keys()].forEach((key, r) => {
          const c = table.rows[r]?.[column];
          (typeof c === 'number' ? shown : hidden).add(rowCell(p.prefix, key));
          if (typeof c === 'number') expect(c).toBe(system.published.cells[rowCell(p.prefix, key)]);
        });
        const total = table.footer?.[0]?.[column];
        (typeof total === 'number' ? shown : hidden).add(TOTAL_CELL);
      }
      hiddenSeen += hidden.size;
      const units = Object.keys(system.full.cells).filter((x) => x.startsWith('x:'));
      const pattern: SuppressionPattern = {
        threshold: 5,
        primary: new Set(),
        complementary: new Set([...hidden, ...units]),
      };
      expect(disclosedCells(system.full, pattern).filter((x) => !x.startsWith('x:'))).toEqual([]);
      // Every small count is hidden.
      for (const [cell, v] of Object.entries(system.published.cells)) {
        if (v !== null && v > 0 && v < 5) expect(isSuppressed(pattern, cell)).toBe(true);
      }
    }
    expect(hiddenSeen).toBeGreaterThan(0);
  });

  it('leaves out interventions after the month and says so when there is none', () => {
    expect(tableById(en, 'interventions').rows.some((r) => r[2] === 'Bedah rumah tahap 2')).toBe(false);
    const none = interventionMatrix({ dataset, period: '2019-01' }, { lang: 'en' });
    expect(none.sections[0]?.blocks[0]).toEqual({
      kind: 'notice',
      tone: 'info',
      text: 'No intervention recorded up to the end of January 2019.',
    });
  });
});
