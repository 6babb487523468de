/**
 * Benchmark of the family CSV reader: `readFamilyFile` (streaming CSV, every cell read, KK and NIK
 * pseudonymised by HMAC-SHA256, each family checked against the model) against a bare parse of the same
 * file in the same run: the kit's CSV splitter alone (`csvRowStream`, same state machine, no cell reading)
 * and `csv-parse` (arrays of strings). Each run is a child process, so its peak RSS
 * (`process.resourceUsage().maxRSS`) is its own; the modes run interleaved, round after round, and medians
 * are compared. Two sizes (default 20,000 and 200,000 families, about 3.5 members each) show whether memory
 * grows with the number of families. Figures only, no assertions. The register is the Banjarmasin family
 * example's seeded synthetic register (`writeSyntheticRegister`, the one `bench/family` reads too), scaled to
 * the nearest whole multiple of the example's families.
 *
 * `pnpm --filter @kampung-kb/family bench` (`-- --sizes 20000,200000 --rounds 3 --dir /tmp/kkb-family-bench`).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { csvRowStream } from '@kampung-kb/kit/core';
import { parse } from 'csv-parse';
import { banjarmasinTargets } from '../../../examples/banjarmasin-family/src/familyPipeline.ts';
import { REGISTER_MONTH } from '../../../examples/banjarmasin-family/src/runExample.ts';
import { writeSyntheticRegister } from '../../../examples/banjarmasin-family/src/syntheticRegister.ts';
import { createHmacPseudonymizer, readFamilyFile } from '../src/node.js';

type Mode = 'reader' | 'reader-cheap-ids' | 'kit-splitter' | 'csv-parse';
const MODES: readonly Mode[] = ['reader', 'reader-cheap-ids', 'kit-splitter', 'csv-parse'];
/** The chunk size `readFamilyFile` reads with; the baselines read the file the same way. */
const CHUNK_BYTES = 1 << 20;
const LETTERS = 'abcdefghijklmnop';
/**
 * A stand-in for the HMAC, for this bench only (NOT a pseudonymizer: it spells the digits as letters): the
 * `reader-cheap-ids` mode shows how much of the reader's time is the HMAC-SHA256 of every KK and NIK.
 */
const cheapIds = (kind: 'nik' | 'kk', digits: string): string =>
  `${kind}_${(digits + digits).slice(0, 20).replace(/[0-9]/g, (d) => LETTERS[Number(d)] as string)}`;

interface Run {
  readonly rows: number;
  readonly families: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function runMode(mode: Mode, file: string): Promise<Run> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let rows = 0;
  let families = 0;
  if (mode === 'reader' || mode === 'reader-cheap-ids') {
    const pseudonymize =
      mode === 'reader' ? createHmacPseudonymizer('bench-secret-of-at-least-16-bytes') : cheapIds;
    for await (const item of readFamilyFile(file, { pseudonymize })) {
      if (item.kind === 'family') families++;
      else if (item.kind === 'summary') rows = item.summary.rows;
    }
  } else if (mode === 'kit-splitter') {
    for await (const batch of csvRowStream(createReadStream(file, { highWaterMark: CHUNK_BYTES })))
      rows += batch.rows.length;
    rows -= 1;
  } else {
    for await (const _record of createReadStream(file, { highWaterMark: CHUNK_BYTES }).pipe(parse())) rows++;
    rows -= 1;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return {
    rows,
    families,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function child(mode: Mode, file: string): Run {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, process.argv[1] as string, '--child', mode, file],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1) as string) as Run;
}

/**
 * The example's synthetic register scaled to about `size` families, written to `dir` once (the file is
 * named by its scale and reused); its path.
 */
async function registerFile(dir: string, size: number): Promise<string> {
  const targets = await banjarmasinTargets();
  const perScale = targets.reduce((sum, t) => sum + t.families, 0);
  const scale = Math.max(1, Math.round(size / perScale));
  const file = join(dir, `register-${scale}.csv`);
  if (existsSync(file)) return file;
  const out = createWriteStream(file);
  await writeSyntheticRegister(targets, {
    month: REGISTER_MONTH,
    seed: 11,
    scale,
    write: (text) =>
      new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve))),
  });
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return file;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) {
    const run = await runMode(process.argv[childAt + 1] as Mode, process.argv[childAt + 2] as string);
    process.stdout.write(`${JSON.stringify(run)}\n`);
    return;
  }
  const sizes = arg('sizes', '20000,200000').split(',').map(Number);
  const rounds = Number(arg('rounds', '3'));
  const dir = arg('dir', '/tmp/kkb-family-bench');
  await mkdir(dir, { recursive: true });
  const peak: Record<Mode, number[]> = {
    reader: [],
    'reader-cheap-ids': [],
    'kit-splitter': [],
    'csv-parse': [],
  };
  for (const size of sizes) {
    const file = await registerFile(dir, size);
    const bytes = (await stat(file)).size;
    const runs: Record<Mode, Run[]> = {
      reader: [],
      'reader-cheap-ids': [],
      'kit-splitter': [],
      'csv-parse': [],
    };
    for (let r = 0; r < rounds; r++) for (const mode of MODES) runs[mode].push(child(mode, file));
    const first = runs.reader[0] as Run;
    const rowsAgree = MODES.every((m) => runs[m].every((run) => run.rows === first.rows));
    console.log(
      `\n${size.toLocaleString('en')} families asked, ${first.rows.toLocaleString('en')} member rows, ${(bytes / 2 ** 20).toFixed(1)} MB ` +
        `(${rounds} interleaved rounds; all modes counted the same rows: ${rowsAgree ? 'yes' : 'NO'}; families accepted: ${first.families.toLocaleString('en')})`,
    );
    console.log(
      'mode             median s   best s   CPU s   rows/s      peak RSS MB   wall ratio to kit-splitter / csv-parse   CPU ratio',
    );
    const med = (m: Mode) => median(runs[m].map((x) => x.seconds));
    const cpu = (m: Mode) => median(runs[m].map((x) => x.cpuSeconds));
    for (const mode of MODES) {
      const s = med(mode);
      const rss = Math.max(...runs[mode].map((x) => x.maxRssMb));
      peak[mode].push(rss);
      console.log(
        `${mode.padEnd(16)} ${s.toFixed(2).padStart(8)} ${Math.min(...runs[mode].map((x) => x.seconds))
          .toFixed(2)
          .padStart(8)} ` +
          `${median(runs[mode].map((x) => x.cpuSeconds))
            .toFixed(2)
            .padStart(7)} ${Math.round(first.rows / s)
            .toLocaleString('en')
            .padStart(10)} ` +
          `${rss.toFixed(0).padStart(13)}   ${(s / med('kit-splitter')).toFixed(2)}× / ${(s / med('csv-parse')).toFixed(2)}×` +
          `${' '.repeat(26)}${(cpu(mode) / cpu('kit-splitter')).toFixed(2)}× / ${(cpu(mode) / cpu('csv-parse')).toFixed(2)}×`,
      );
    }
  }
  if (sizes.length > 1) {
    console.log(`\npeak RSS (MB) by size ${sizes.map((s) => s.toLocaleString('en')).join(' → ')}:`);
    for (const mode of MODES)
      console.log(`  ${mode.padEnd(16)} ${peak[mode].map((x) => x.toFixed(0)).join(' → ')}`);
  }
}

await main();
