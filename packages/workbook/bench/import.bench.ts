/**
 * Benchmark of `importFile` on workbooks in the template layout (contracts §3: instructions, a monthly
 * sheet with human headers on row 1 and field paths on row 2, a hidden `_kkb` sheet), generated from a
 * seeded generator: 21 kampung × 12 months (a city like Banjarmasin) and 1,000 kampung × 12 months. Each
 * import goes into a fresh temporary data directory (a `programme.json` only), so every row is new and
 * `monthly.csv` is written. Printed figures (no assertions), all in the same run:
 *
 * 1. `importFile`: rows/s (median of the runs) and the peak heap above the start (sampled every 5 ms);
 * 2. the baseline: exceljs's streaming `WorkbookReader` over the same file, touching every row's values and
 *    doing nothing else, with the ratio import / baseline.
 *
 * Run with `pnpm --filter @kampung-kb/workbook bench`. `KKB_BENCH_RUNS=3` changes the number of runs.
 */
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recordTypeInfo } from '@kampung-kb/model';
import ExcelJS from 'exceljs';
import { importFile } from '../src/import/importFile.js';
import { recordFields } from '../src/import/internal/cells.js';

const RUNS = Number(process.env['KKB_BENCH_RUNS'] ?? 5);
const PROGRAMME = resolve(import.meta.dirname, '../../../examples/banjarmasin/data/programme.json');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A workbook of `kampung` × 12 monthly rows of 2020, written with exceljs's streaming writer. */
async function generate(path: string, kampung: number): Promise<number> {
  const r = rng(kampung);
  const n = (base: number): number => base + Math.floor(r() * base);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  const intro = wb.addWorksheet('Petunjuk');
  intro.addRow(['Isi laporan bulanan: satu baris per kampung per bulan.']).commit();
  intro.commit();
  const label = recordTypeInfo('monthly').label.id.slice(0, 31);
  const ws = wb.addWorksheet(label, { views: [{ state: 'frozen', ySplit: 2 }] });
  const required = recordFields('monthly').filter((f) => !f.optional || f.path.startsWith('users.'));
  const paths = required.map((f) => f.path);
  ws.addRow(paths.map((p) => p.replace('.', ' '))).commit();
  ws.addRow(paths).commit();
  let rows = 0;
  for (let m = 1; m <= 12; m++) {
    for (let k = 0; k < kampung; k++) {
      const values = paths.map((p) => {
        if (p === 'kampungId') return `kampung-${k}`;
        if (p === 'period') return `2020-${String(m).padStart(2, '0')}`;
        return n(p === 'jknHolders' ? 1100 : 20);
      });
      ws.addRow(values).commit();
      rows++;
    }
  }
  ws.commit();
  const meta = wb.addWorksheet('_kkb', { state: 'hidden' });
  for (const row of [
    ['kkb-template'],
    ['version', 1],
    ['lang', 'id'],
    ['cityCode', '63.71'],
    ['period', ''],
    [`sheet:${label}`, 'monthly'],
  ])
    meta.addRow(row).commit();
  meta.commit();
  await wb.commit();
  return rows;
}

interface Run {
  readonly seconds: number;
  /** User + system CPU time of the process, steadier than wall time on a busy machine. */
  readonly cpuSeconds: number;
  readonly peakHeap: number;
}

async function timed(body: () => Promise<void>): Promise<Run> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  };
  const timer = setInterval(sample, 5);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await body();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  sample();
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, peakHeap: peak };
}

function median(runs: readonly Run[]): Run {
  const mid = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    seconds: mid(runs.map((r) => r.seconds)),
    cpuSeconds: mid(runs.map((r) => r.cpuSeconds)),
    peakHeap: Math.max(...runs.map((r) => r.peakHeap)),
  };
}

async function baseline(file: string): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>)
      cells += (row.values as unknown[]).length;
  }
  if (cells === 0) throw new Error('empty workbook');
}

function line(name: string, rows: number, run: Run): string {
  const rate = Math.round(rows / run.seconds).toLocaleString('en');
  const cpuRate = Math.round(rows / run.cpuSeconds).toLocaleString('en');
  return `${name.padEnd(28)} ${rows.toLocaleString('en').padStart(7)} rows ${(run.seconds * 1000).toFixed(0).padStart(6)} ms wall ${rate.padStart(7)} rows/s ${(run.cpuSeconds * 1000).toFixed(0).padStart(6)} ms CPU ${cpuRate.padStart(7)} rows/s  peak heap +${mb(run.peakHeap)}`;
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'kkb-import-bench-'));
  console.log(
    `importFile benchmark, Node ${process.version}, median of ${RUNS} runs (peak heap: max of the runs)\n`,
  );
  try {
    for (const kampung of [21, 1000]) {
      const file = join(work, `isian-${kampung}.xlsx`);
      const rows = await generate(file, kampung);
      console.log(`${kampung} kampung × 12 months: ${file} (${mb((await stat(file)).size)})`);
      const imports: Run[] = [];
      const bases: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const dir = await mkdtemp(join(work, 'data-'));
        await copyFile(PROGRAMME, join(dir, 'programme.json'));
        let result: Awaited<ReturnType<typeof importFile>> | undefined;
        imports.push(
          await timed(async () => {
            result = await importFile(file, { into: dir });
          }),
        );
        if (result?.imported !== rows || result.fatal) {
          throw new Error(
            `import gave ${JSON.stringify({ ...result, rejections: result?.rejections.slice(0, 2) })}`,
          );
        }
        bases.push(await timed(() => baseline(file)));
        await rm(dir, { recursive: true, force: true });
      }
      const imp = median(imports);
      const base = median(bases);
      console.log(line('  importFile', rows, imp));
      console.log(line('  baseline (exceljs stream)', rows, base));
      console.log(
        `  ratio import / baseline: ${(imp.seconds / base.seconds).toFixed(2)}× wall, ${(imp.cpuSeconds / base.cpuSeconds).toFixed(2)}× CPU\n`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
