import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCandidatesTemplate } from '@kampung-kb/workbook';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cliIo.js';
import { main } from '../main.js';

// `kkb sites` end to end on examples/banjarmasin/data, through main().
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const data = join(root, 'examples', 'banjarmasin', 'data');

async function run(args: string[], cwd = root): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface SitesJson {
  source: string;
  period?: string;
  withoutData?: unknown[];
  rows?: Record<string, number>;
  issues?: { code: string; location: { file: string; line: number; field: string } }[];
  sites: {
    rank: number;
    regionCode: string;
    name?: string;
    score: number;
    maxScore: number;
    designated: string[];
    noData: string[];
    contributions: { code: string; points: number; noData: boolean }[];
  }[];
}

const CANDIDATES = [
  'regionCode,name,main.lowKbParticipation,main.highPoverty,area.slum,area.riverbank,area.dense,cpr,povertyShare,density',
  '63.71.01.1005,Kelayan Tengah,ya,ya,ya,,,40,30,20000',
  '6371041010,Sungai Andai,tidak,,,ya,,60,10,5000',
  '63.71.02.1008,Pekapuran Raya,,,mungkin,,,50,,',
  '63.71.05.1009,Melayu,,ya,,,ya,"50",,12500',
].join('\n');

describe('kkb sites (examples/banjarmasin)', () => {
  it('ranks the kelurahan with a Kampung KB from the data, each explained, all marked designated', async () => {
    const r = await run(['sites', data, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as SitesJson;
    expect(doc.source).toBe('data');
    expect(doc.withoutData).toEqual([]);
    expect(doc.sites).toHaveLength(21);
    for (const s of doc.sites) {
      expect(s.designated.length).toBeGreaterThan(0);
      // Poverty and density are not in a data directory: no data, never 0 silently.
      expect(s.noData).toEqual(expect.arrayContaining(['povertyShare', 'density']));
      const sum = s.contributions.reduce((a, c) => a + c.points, 0);
      expect(Math.abs(sum - s.score)).toBeLessThan(1e-9);
    }
    const scores = doc.sites.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('ranks a candidates file with hand-computed scores, rejecting the bad row (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-sites-'));
    writeFileSync(join(dir, 'kandidat.csv'), CANDIDATES);
    const r = await run(['sites', data, '--candidates', 'kandidat.csv', '--json'], dir);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as SitesJson;
    expect(doc.rows).toEqual({ read: 4, accepted: 3, ignored: 0, rejected: 1 });
    expect(doc.issues?.map((i) => [i.code, i.location.file, i.location.line, i.location.field])).toEqual([
      ['candidate-invalid', 'kandidat.csv', 4, 'area.slum'],
    ]);
    // Default weights, max 29. Ranges: CPR 40–60, poor families 10–30 %, density 5,000–20,000.
    // Kelayan Tengah: 3 + 3 + 1 (slum) + 3 (CPR lowest) + 3 (poorest) + 1 (densest) = 14
    // Melayu: 3 (poverty) + 1 (dense) + 3 × (60 − 50)/20 + 1 × (12,500 − 5,000)/15,000 = 5.5 + 0.5 = 6, no poverty data
    // Sungai Andai: 1 (riverbank) + 0 (CPR highest, least poor, least dense) = 1; already a Kampung KB
    expect(doc.sites.map((s) => [s.rank, s.regionCode, s.score, s.designated])).toEqual([
      [1, '63.71.01.1005', 14, []],
      [2, '63.71.05.1009', 6, []],
      [3, '63.71.04.1010', 1, ['sungai-andai']],
    ]);
    expect(doc.sites[1]?.noData).toContain('povertyShare');
    expect(doc.sites[1]?.contributions.find((c) => c.code === 'povertyShare')).toMatchObject({
      noData: true,
      points: 0,
    });
  });

  it('explains every rank in the language asked and names the rejected row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-sites-'));
    writeFileSync(join(dir, 'kandidat.csv'), CANDIDATES);
    const id = await run(['sites', data, '--candidates', 'kandidat.csv'], dir);
    expect(id.code).toBe(1);
    expect(id.out).toContain(
      "Kandidat dari 'kandidat.csv': 4 baris dibaca, 3 diterima, 0 kosong, 1 ditolak.",
    );
    expect(id.out).toContain('1. Kelayan Tengah (63.71.01.1005) — skor 14 dari 29');
    expect(id.out).toContain('+1,5  CPR (peserta KB aktif per PUS): 50 % (bobot 3)');
    expect(id.out).toContain('sudah Kampung KB: sungai-andai');
    expect(id.err).toContain('kandidat.csv');
    expect(id.err).toContain("'mungkin' bukan ya/tidak");
    const en = await run(['sites', data, '--candidates', 'kandidat.csv', '--lang', 'en'], dir);
    // Melayu has data for poverty (3), dense (1), CPR (3) and density (1): 8 of 29 = 27.59 % of the weight.
    expect(en.out).toContain('2. Melayu (63.71.05.1009) — score 6 of 29; data for 27.59% of the weight');
    expect(en.out).toMatch(/no data: .*Share of poor families/);
    expect(en.err).toContain('1 candidate row rejected and not ranked');
  });

  it('exits 2 when the candidates file cannot be read', async () => {
    const r = await run(['sites', data, '--candidates', 'none.xlsx', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Candidates file 'none.xlsx' cannot be read (ENOENT)");
  });

  it('reads the candidates workbook of the template, filled like an operator', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-sites-'));
    const regions = [
      { code: '63.71.01.1005', name: 'Kelayan Tengah' },
      { code: '63.71.04.1010', name: 'Sungai Andai' },
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeCandidatesTemplate(regions, { lang: 'id' })) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Kandidat') as ExcelJS.Worksheet;
    const col = (path: string) => (sheet.getRow(2).values as unknown[]).indexOf(path);
    sheet.getCell(3, col('area.slum')).value = 'ya';
    sheet.getCell(3, col('cpr')).value = 38.5;
    sheet.getCell(4, col('area.slum')).value = 'tidak';
    sheet.getCell(4, col('cpr')).value = 61;
    writeFileSync(join(dir, 'kandidat.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await run(['sites', data, '--candidates', 'kandidat.xlsx', '--json'], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as SitesJson;
    // Kelayan Tengah: slum 1 + CPR 3 × (61 − 38.5) / 22.5 = 4; Sungai Andai: 0, already a Kampung KB
    expect(doc.sites.map((s) => [s.rank, s.regionCode, s.score, s.designated])).toEqual([
      [1, '63.71.01.1005', 4, []],
      [2, '63.71.04.1010', 0, ['sungai-andai']],
    ]);
  });

  it('takes the month of CPR and unmet need with --period', async () => {
    const r = await run(['sites', data, '--period', '2020-06', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as SitesJson).period).toBe('2020-06');
  });
});
