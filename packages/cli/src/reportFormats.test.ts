import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultIndicatorCatalogue, roundRatio } from '@kampung-kb/indicators';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo.js';
import { DEFAULT_CHROMIUM, openPdfRenderer, type PdfRenderer } from './internal/htmlToPdf.js';
import { main } from './main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/banjarmasin/data');
const PERIOD = '2020-12';

async function run(args: string[], cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A sheet's first row as texts, by column number (index 0 unused, as exceljs numbers columns from 1). */
function headerOf(ws: ExcelJS.Worksheet): string[] {
  return Array.from(ws.getRow(1).values as unknown[], (v) => (v == null ? '' : String(v)));
}

function tmp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();
}

describe('kkb report --format', () => {
  it('is a usage error naming an unknown format', async () => {
    const out = tmp('kkb-fmt-');
    const r = await run(['report', EXAMPLE, '--out', out, '--format', 'html,xslx', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown format 'xslx'");
    expect(r.err).toContain('Did you mean xlsx?');
    expect(listFiles(out)).toEqual([]);
  });

  it('writes nothing and says why in the language asked when Chromium is missing for PDF', async () => {
    const out = tmp('kkb-fmt-');
    const r = await run([
      'report',
      EXAMPLE,
      '--out',
      out,
      '--format',
      'html,pdf',
      '--chromium',
      '/nonexistent/chromium',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('PDF butuh Chromium, tetapi tidak ada di /nonexistent/chromium');
    expect(r.err).toContain('Tidak ada berkas yang ditulis.');
    expect(listFiles(out)).toEqual([]);
    const en = await run([
      'report',
      EXAMPLE,
      '--out',
      out,
      '--format',
      'pdf',
      '--chromium',
      '/nonexistent/chromium',
      '--lang',
      'en',
    ]);
    expect(en.err).toContain('PDF needs Chromium, but there is none at /nonexistent/chromium');
  });

  it('refuses a targets file that does not check, before reading the data', async () => {
    const dir = tmp('kkb-fmt-');
    const targets = join(dir, 'targets.json');
    writeFileSync(targets, JSON.stringify({ targets: [{ indicatorId: 'cpr-portal' }] }));
    const r = await run(['report', EXAMPLE, '--out', join(dir, 'out'), '--targets', targets, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('writes html, md, xlsx and csv for every document, named by the document, and lists them in --json', async () => {
    const out = tmp('kkb-fmt-');
    const r = await run([
      'report',
      EXAMPLE,
      '--out',
      out,
      '--format',
      'csv,xlsx,md',
      '--json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { formats: string[]; files: string[] };
    expect(json.formats).toEqual(['csv', 'xlsx', 'md']);
    const files = listFiles(out);
    expect([...json.files].sort()).toEqual(files);
    expect(files).toContain(`city-recap-${PERIOD}.xlsx`);
    expect(files).toContain(`city-recap-${PERIOD}.md`);
    expect(files).toContain(`kampung/alalak-selatan-${PERIOD}.xlsx`);
    expect(files.some((f) => f.startsWith(`city-recap-${PERIOD}/`) && f.endsWith('.csv'))).toBe(true);
    expect(files.some((f) => f.startsWith(`kampung/alalak-selatan-${PERIOD}/`) && f.endsWith('.csv'))).toBe(
      true,
    );
    expect(files.some((f) => f.endsWith('.html'))).toBe(false);
    // 47 documents (the city's five, and a monthly report and a profile for each of the 21 kampung): each an
    // .xlsx, an .md and a folder of CSV files
    expect(files.filter((f) => f.endsWith('.xlsx'))).toHaveLength(47);
  }, 300_000);

  it('writes the same bytes twice (XLSX and CSV)', async () => {
    const a = tmp('kkb-fmt-');
    const b = tmp('kkb-fmt-');
    expect((await run(['report', EXAMPLE, '--out', a, '--format', 'xlsx,csv'])).code).toBe(0);
    expect((await run(['report', EXAMPLE, '--out', b, '--format', 'xlsx,csv'])).code).toBe(0);
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  }, 300_000);
});

interface EngineResult {
  readonly indicatorId: string;
  readonly orgUnit: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
}

describe('the city recap as XLSX gives the numbers of kkb indicators --json (issue 10, done when)', () => {
  it('CPR, MKJP share and unmet need per kampung and for the city', async () => {
    const out = tmp('kkb-xlsx-');
    expect(
      (await run(['report', EXAMPLE, '--out', out, '--format', 'xlsx', '--period', PERIOD, '--lang', 'en']))
        .code,
    ).toBe(0);
    const ids = ['cpr-portal', 'mkjp-share', 'unmet-need'];
    const engine = async (level: string) => {
      const r = await run([
        'indicators',
        EXAMPLE,
        '--json',
        '--level',
        level,
        '--period',
        PERIOD,
        ...ids.flatMap((i) => ['--indicator', i]),
      ]);
      expect(r.code).toBe(0);
      return (JSON.parse(r.out) as { results: EngineResult[] }).results;
    };
    const kampungJson = JSON.parse(
      (await run(['indicators', EXAMPLE, '--json', '--period', PERIOD])).out,
    ) as {
      kampung: { id: string; name: string }[];
    };
    const idByName = new Map(kampungJson.kampung.map((k) => [k.name, k.id]));
    const perKampung = await engine('kampung');
    const city = await engine('kota');
    // Both the report and the engine round each percentage once, from the exact numerator and denominator,
    // to the indicator's decimals in the catalogue.
    const decimals = (id: string) => defaultIndicatorCatalogue.find((d) => d.id === id)?.decimals;
    const exact = (r: EngineResult | undefined, d: number) =>
      r?.numerator == null || r.denominator == null || r.denominator === 0
        ? null
        : roundRatio(r.numerator * 100, r.denominator, d);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, `city-recap-${PERIOD}.xlsx`)) as unknown as ArrayBuffer);
    const sheet = wb.worksheets.find((ws) => {
      const header = headerOf(ws);
      return header.some((h) => h.startsWith('CPR')) && header.some((h) => h.startsWith('Kampung'));
    });
    if (!sheet) throw new Error('no sheet with the kampung and their CPR');
    const header = headerOf(sheet);
    const col = (prefix: string) => header.findIndex((h) => h.startsWith(prefix));
    const columns = { 'cpr-portal': col('CPR'), 'mkjp-share': col('MKJP'), 'unmet-need': col('Unmet need') };
    expect(Object.values(columns).every((c) => c > 0)).toBe(true);
    let kampungRows = 0;
    let cityRows = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const name = String(row.getCell(1).value);
      const id = idByName.get(name);
      for (const [indicatorId, c] of Object.entries(columns)) {
        const cell = row.getCell(c);
        const d = decimals(indicatorId) ?? 1;
        expect(cell.numFmt, `${name} ${indicatorId}: the catalogue's ${d} decimals`).toBe(
          `${d > 0 ? `0.${'0'.repeat(d)}` : '0'}" %"`,
        );
        const r =
          id !== undefined
            ? perKampung.find((x) => x.orgUnit === id && x.indicatorId === indicatorId)
            : city.find((x) => x.indicatorId === indicatorId);
        expect(r, `${name} ${indicatorId} in kkb indicators --json`).toBeDefined();
        expect(cell.value, `${name} ${indicatorId}`).toBe(r?.value);
        expect(cell.value, `${name} ${indicatorId}`).toBe(exact(r, d));
      }
      if (id !== undefined) kampungRows++;
      else cityRows++;
    });
    expect(kampungRows).toBe(21);
    expect(cityRows).toBe(1);
  }, 300_000);
});

describe('the city recap as PDF (issue 10, done when)', () => {
  let renderer: PdfRenderer | undefined;
  beforeAll(async () => {
    const opened = await openPdfRenderer(process.env['KKB_CHROMIUM'] || DEFAULT_CHROMIUM);
    if (!opened.ok) throw new Error(`Chromium not usable (${opened.reason}): run scripts/setup.sh`);
    renderer = opened.renderer;
  }, 120_000);
  afterAll(async () => {
    await renderer?.close();
  });

  it('has the total row once, the table header on every page with table rows, and page numbers', async () => {
    const out = tmp('kkb-pdf-');
    expect(
      (
        await run([
          'report',
          EXAMPLE,
          '--out',
          out,
          '--format',
          'html,xlsx',
          '--period',
          PERIOD,
          '--lang',
          'en',
        ])
      ).code,
    ).toBe(0);
    if (!renderer) throw new Error('no renderer');
    const pdfPath = join(out, 'recap.pdf');
    writeFileSync(
      pdfPath,
      await renderer.render(readFileSync(join(out, `city-recap-${PERIOD}.html`), 'utf8'), 'en'),
    );
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    // The total row's label, from the same run's workbook: the last row of the sheet with the kampung.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, `city-recap-${PERIOD}.xlsx`)) as unknown as ArrayBuffer);
    const sheet = wb.worksheets.find((ws) => headerOf(ws).some((h) => h.startsWith('CPR')));
    const totalLabel = String(sheet?.getRow(sheet.rowCount).getCell(1).value);
    expect(totalLabel).toMatch(/City/);
    // A row of the kampung table: a kampung name, then at least three decimal numbers (the percentages)
    // on the line; the chart of kampung ranked by their index lists names without figures.
    const figures = (line: string) => (line.match(/\b\d+\.\d+\b/g) ?? []).length;
    const isTableRow = (line: string) => /^\s*Kampung KB /.test(line) && figures(line) >= 3;
    const isHeader = (line: string) => /^\s*Kampung\s{2,}.*CPR.*MKJP/.test(line);
    const isTotal = (line: string) => line.trimStart().startsWith(totalLabel) && figures(line) >= 3;
    const pagesWithRows = pages.filter((p) => p.split('\n').some(isTableRow));
    expect(pagesWithRows.length, 'the kampung table spans pages').toBeGreaterThanOrEqual(2);
    for (const page of pagesWithRows) {
      const lines = page.split('\n');
      const header = lines.findIndex(isHeader);
      expect(header, 'a table header on every page with table rows').toBeGreaterThanOrEqual(0);
      expect(lines.findIndex(isTableRow)).toBeGreaterThan(header);
    }
    expect(text.split('\n').filter(isTotal), 'the total row exactly once').toHaveLength(1);
    pages.forEach((page, k) => {
      expect(page).toContain(`Page ${k + 1} of ${pages.length}`);
    });
  }, 300_000);

  it('writes a PDF for every document through the CLI', async () => {
    // Two kampung of the example, so the run prints nine documents: the city's five, and a monthly report
    // and a profile per kampung.
    const data = tmp('kkb-pdf-data-');
    cpSync(EXAMPLE, data, { recursive: true });
    const kampung = JSON.parse(readFileSync(join(data, 'kampung.json'), 'utf8')) as { id: string }[];
    const kept = kampung.filter((k) => k.id === 'alalak-selatan' || k.id === 'basirih');
    expect(kept).toHaveLength(2);
    writeFileSync(join(data, 'kampung.json'), JSON.stringify(kept));
    const out = tmp('kkb-pdf-out-');
    const r = await run(['report', data, '--out', out, '--format', 'pdf', '--json', '--lang', 'id']);
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as { files: string[] }).files.sort()).toEqual([
      `city-recap-${PERIOD}.pdf`,
      `classification-${PERIOD}.pdf`,
      `evaluation-${PERIOD}.pdf`,
      `interventions-${PERIOD}.pdf`,
      `kampung/alalak-selatan-${PERIOD}.pdf`,
      `kampung/alalak-selatan-profile-${PERIOD}.pdf`,
      `kampung/basirih-${PERIOD}.pdf`,
      `kampung/basirih-profile-${PERIOD}.pdf`,
      `proposals-${PERIOD}.pdf`,
    ]);
    const recap = join(out, `city-recap-${PERIOD}.pdf`);
    expect(readFileSync(recap).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', ['-layout', recap, '-'], { encoding: 'utf8' })).toMatch(
      /Halaman 1 dari \d/,
    );
  }, 300_000);
});
