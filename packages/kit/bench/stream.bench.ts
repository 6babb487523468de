/**
 * Benchmark of the streaming reader: a generated monthly CSV of 5,000,000 rows (about 390 MB, the
 * documented columns of `examples/banjarmasin/data/monthly.csv`: 10,000 kampung × 500 months) in a
 * temporary directory, read through `streamDataDir` (splitting, schema-driven cell coercion, a record
 * event each). Printed figures (no assertions), all in the same run:
 *
 * 1. `streamDataDir`: rows/s, peak heap (sampled every 250,000 records, garbage included) and the
 *    process's peak RSS (`process.resourceUsage().maxRSS`) right after it;
 * 2. baselines over the same file: a plain `csv-parse` streaming loop (arrays of strings, no coercion,
 *    no line numbers) and the kit's own splitter alone (same work as csv-parse), with the ratios;
 * 3. the whole-file reader the kit had before (`readFile`, decode, `recordsFromCsv`) on 200,000 rows of
 *    the same file: heap per row, extrapolated to the 5,000,000 rows.
 *
 * Run with `pnpm --filter @kampung-kb/kit bench` (node `--max-old-space-size=1024 --expose-gc`, so the
 * run itself shows that 5 M rows fit in 1 GB). `KKB_BENCH_ROWS=500000` makes a shorter run.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parse } from 'csv-parse';
import { CsvRowSplitter } from '../src/internal/csvRowSplitter.js';
import { decodeUtf8 } from '../src/internal/decodeUtf8.js';
import { recordsFromCsv } from '../src/recordsFromCsv.js';
import { streamDataDir } from '../src/streamDataDir.js';

const ROWS = Number(process.env['KKB_BENCH_ROWS'] ?? 5_000_000);
const WHOLE_FILE_ROWS = 200_000;
const KAMPUNG = 10_000;
const HEADER =
  'kampungId,period,users.iud,users.mow,users.mop,users.implant,users.injectable,users.pill,users.condom,nonUsers.pregnant,nonUsers.ias,nonUsers.iat,nonUsers.tial,poktanParticipants.bkb,poktanParticipants.bkr,poktanParticipants.bkl,poktanParticipants.uppka,poktanParticipants.pikr,jknHolders';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;
const heap = (): number => process.memoryUsage().heapUsed;

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Row `i`: kampung `i % KAMPUNG`, month `i / KAMPUNG` from January 2000, counts as in the example. */
function row(i: number, r: () => number): string {
  const month = Math.floor(i / KAMPUNG);
  const period = `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  const n = (base: number): number => base + Math.floor(r() * base);
  return `kampung-${i % KAMPUNG},${period},${n(20)},${n(6)},${n(2)},${n(20)},${n(70)},${n(40)},${n(8)},${n(15)},${n(70)},${n(12)},${n(9)},${n(50)},${n(60)},${n(40)},${n(35)},${n(50)},${n(1100)}`;
}

async function generate(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const r = rng(7);
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write(`${HEADER}\n`);
  const batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    batch.push(row(i, r));
    if (batch.length === 10_000 || i === rows - 1) {
      await write(`${batch.join('\n')}\n`);
      batch.length = 0;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

interface Run {
  readonly rows: number;
  readonly seconds: number;
  /** User + system CPU time of the process (includes GC threads), steadier than wall time on a busy machine. */
  readonly cpuSeconds: number;
  readonly peakHeap: number;
}

async function timed(body: (sample: () => void) => Promise<number>): Promise<Run> {
  gc();
  const base = heap();
  let peakHeap = 0;
  const sample = (): void => {
    peakHeap = Math.max(peakHeap, heap() - base);
  };
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const rows = await body(sample);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  sample();
  return { rows, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakHeap };
}

function line(name: string, run: Run, extra = ''): void {
  const rate = Math.round(run.rows / run.seconds).toLocaleString('en');
  const cpuRate = Math.round(run.rows / run.cpuSeconds).toLocaleString('en');
  console.log(
    `${name.padEnd(34)} ${run.rows.toLocaleString('en').padStart(10)} rows  ${run.seconds.toFixed(1).padStart(6)} s wall ${rate.padStart(9)} rows/s  ${run.cpuSeconds.toFixed(1).padStart(6)} s CPU ${cpuRate.padStart(9)} rows/s  peak heap +${mb(run.peakHeap)}${extra}`,
  );
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kkb-stream-bench-'));
  const path = join(dir, 'monthly.csv');
  try {
    console.log(`Generating ${ROWS.toLocaleString('en')} monthly rows…`);
    await generate(path, ROWS);
    const bytes = (await stat(path)).size;
    console.log(
      `${path}: ${mb(bytes)}, Node ${process.version}, heap limit ${mb(getHeapStatistics().heap_size_limit)}\n`,
    );

    // 1. The streaming reader, first, so that the peak RSS after it is its own.
    let jkn = 0;
    let issues = 0;
    const stream = await timed(async (sample) => {
      let n = 0;
      for await (const e of streamDataDir(dir)) {
        if (e.kind === 'record') {
          n++;
          jkn += e.record['jknHolders'] as number;
          if (n % 250_000 === 0) sample();
        } else if (e.kind === 'issue') issues++;
      }
      return n;
    });
    const rssStream = maxRss();
    line('streamDataDir (coerced records)', stream, `  peak RSS ${mb(rssStream)}`);
    console.log(`  checksum: jknHolders total ${jkn.toLocaleString('en')}, ${issues} issues`);

    // 2. Baselines over the same file: parsing only.
    const csvParse = await timed(async (sample) => {
      let n = 0;
      const parser = createReadStream(path, { highWaterMark: 64 * 1024 }).pipe(parse({ bom: true }));
      for await (const record of parser as AsyncIterable<string[]>) {
        if (record.length > 0) n++;
        if (n % 250_000 === 0) sample();
      }
      return n - 1;
    });
    line('csv-parse loop (no coercion)', csvParse);
    const split = await timed(async (sample) => {
      let n = 0;
      const splitter = new CsvRowSplitter(() => {
        n++;
        if (n % 250_000 === 0) sample();
      });
      const decoder = new TextDecoder();
      for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
        splitter.push(decoder.decode(chunk as Buffer, { stream: true }));
      }
      splitter.push(decoder.decode());
      splitter.end();
      return n - 1;
    });
    line('kit splitter alone (no coercion)', split);
    console.log(
      `  ratios of CPU time: streamDataDir / csv-parse ${(stream.cpuSeconds / csvParse.cpuSeconds).toFixed(2)}×, splitter / csv-parse ${(split.cpuSeconds / csvParse.cpuSeconds).toFixed(2)}×`,
    );

    // 3. The whole-file reader of before, on the first rows only (all of them would not fit).
    const small = join(dir, 'monthly-small.csv');
    await generate(small, Math.min(WHOLE_FILE_ROWS, ROWS));
    let kept: unknown;
    const whole = await timed(async () => {
      const read = recordsFromCsv('monthly', decodeUtf8(await readFile(small)).text, 'monthly-small.csv');
      kept = read;
      gc();
      return read.records.length;
    });
    const perRow = whole.peakHeap / whole.rows;
    line('whole-file reader (before)', whole, `  ${Math.round(perRow)} B/row live`);
    console.log(
      `  extrapolated to ${ROWS.toLocaleString('en')} rows: ${mb(perRow * ROWS)} of heap, against +${mb(stream.peakHeap)} streamed (${Math.round((perRow * ROWS) / Math.max(stream.peakHeap, 1))}×)`,
    );
    void kept;
    console.log(`\npeak RSS of the whole run: ${mb(maxRss())}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
