/**
 * Benchmark of the CLI on a national-scale data directory: 84,000 kampung (about the number of villages
 * in Indonesia) × 60 months (2016–2020) = 5,040,000 monthly reports in one 350 MB CSV, with their kampung
 * and population files, generated into a temporary directory (rows written as they are made, never held).
 * Each command runs in a child process capped at 1 GB of heap (`--max-old-space-size=1024`) and reports
 * its wall and CPU time and peak RSS:
 *
 * 1. `kkb validate <dir> --today 2026-11-30` (every record through the streaming validator);
 * 2. `kkb indicators <dir> --json` (every kampung's indicators and classification, latest month);
 * 3. `kkb indicators <dir> --level kota --period 2020Q4 --json` (the whole catalogue for the city).
 *
 * Baseline in the same run, on a tenth of the data (8,400 kampung × 60 months = 504,000 reports), where
 * it still fits: the whole directory read into memory (`readDataDir`) and validated with
 * `validateDataset`, against the streaming `kkb validate` on the same directory; the memory per report of
 * each is printed. Figures only, no assertions.
 *
 * Run with `pnpm --filter @kampung-kb/cli bench` (about ten minutes on a 2-core machine).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const EXAMPLE = join(HERE, '../../../examples/banjarmasin/data');
const MONTHS = 60;
const HEADER =
  'kampungId,period,users.iud,users.mow,users.mop,users.implant,users.injectable,users.pill,users.condom,nonUsers.pregnant,nonUsers.ias,nonUsers.iat,nonUsers.tial,poktanParticipants.bkb,poktanParticipants.bkr,poktanParticipants.bkl,poktanParticipants.uppka,poktanParticipants.pikr,jknHolders';
/** PUS of the population row copied from the example (every kampung gets the same). */
let PUS = 0;
const KELURAHAN = ['63.71.04.1010', '63.71.01.1004', '63.71.02.1002', '63.71.03.1005', '63.71.05.1001'];

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function write(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines)
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}

async function generate(dir: string, kampung: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  await copyFile(join(EXAMPLE, 'regions.csv'), join(dir, 'regions.csv'));
  await copyFile(join(EXAMPLE, 'programme.json'), join(dir, 'programme.json'));
  const ids = Array.from({ length: kampung }, (_, k) => `kampung-${k}`);
  await writeFile(
    join(dir, 'kampung.json'),
    JSON.stringify(
      ids.map((id, k) => ({
        id,
        name: `Kampung KB ${k}`,
        regionCode: KELURAHAN[k % KELURAHAN.length],
        designationDate: '2016-01-15',
        mainCriteria: ['lowKbParticipation'],
        areaCriteria: ['riverbank'],
      })),
    ),
  );
  const popHeader = (await import('node:fs'))
    .readFileSync(join(EXAMPLE, 'population.csv'), 'utf8')
    .split('\n');
  const popRow = (popHeader[1] as string).split(',').slice(2).join(',');
  PUS = Number((popHeader[1] as string).split(',')[popHeader[0]?.split(',').indexOf('pus') ?? -1]);
  await write(join(dir, 'population.csv'), [
    popHeader[0] as string,
    ...ids.map((id) => `${id},2016-01,${popRow}`),
  ]);
  const r = rng(42);
  const n = (max: number) => Math.floor(r() * max);
  function* rows(): Generator<string> {
    yield HEADER;
    for (let m = 0; m < MONTHS; m++) {
      const period = `${2016 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      for (const id of ids) {
        // Users and non-users add up to the population file's PUS, as the balance rule asks.
        const users = [n(20), n(6), n(2), n(20), n(70), n(40), n(8)];
        const pregnant = n(15);
        const iat = n(12);
        const tial = n(9);
        const ias = PUS - users.reduce((a, b) => a + b, 0) - pregnant - iat - tial;
        yield `${id},${period},${users.join(',')},${pregnant},${ias},${iat},${tial},${n(50)},${n(60)},${n(40)},${n(35)},${n(50)},${n(1100)}`;
      }
    }
  }
  await write(join(dir, 'monthly.csv'), rows());
}

function run(label: string, args: string[]): { peakRssMB: number; cpuS: number } {
  const r = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=1024',
      '--conditions=@kampung-kb/source',
      '--import',
      'tsx',
      join(HERE, 'runMain.ts'),
      ...args,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const line = r.stderr.trim().split('\n').at(-1) ?? '';
  let f: { code: number; wallS: number; cpuS: number; peakRssMB: number; outBytes: number };
  try {
    f = JSON.parse(line);
  } catch {
    console.log(`${label}: failed (status ${r.status}, signal ${r.signal}): ${r.stderr.slice(-400)}`);
    return { peakRssMB: Number.NaN, cpuS: Number.NaN };
  }
  console.log(
    `${label}: exit ${f.code}, ${f.wallS.toFixed(1)} s wall, ${f.cpuS.toFixed(1)} s CPU, peak RSS ${f.peakRssMB.toFixed(0)} MB, ${f.outBytes.toLocaleString('en')} output`,
  );
  return f;
}

const root = await mkdtemp(join(tmpdir(), 'kkb-large-'));
try {
  const small = join(root, 'small');
  const large = join(root, 'large');
  console.log('generating 8,400 × 60 and 84,000 × 60 monthly reports …');
  await generate(small, 8_400);
  await generate(large, 84_000);

  console.log('\nbaseline, 504,000 reports:');
  const whole = run('  whole directory in memory, validateDataset', ['--whole', small]);
  const streamed = run('  kkb validate (streaming)', ['validate', small, '--today', '2026-11-30']);
  console.log(
    `  peak RSS per report: in memory ${((whole.peakRssMB * 1024 * 1024) / 504_000).toFixed(0)} B, streaming ${((streamed.peakRssMB * 1024 * 1024) / 504_000).toFixed(0)} B (${(whole.peakRssMB / streamed.peakRssMB).toFixed(1)}×)`,
  );

  console.log('\n5,040,000 reports, heap capped at 1 GB:');
  run('  kkb validate', ['validate', large, '--today', '2026-11-30']);
  run('  kkb indicators --json', ['indicators', large, '--json']);
  run('  kkb indicators --level kota --period 2020Q4 --json', [
    'indicators',
    large,
    '--level',
    'kota',
    '--period',
    '2020Q4',
    '--json',
  ]);
} finally {
  await rm(root, { recursive: true, force: true });
}
