/**
 * The family benchmark (`pnpm bench:family`; `-- --sizes 20000,100000` for a quick run, default
 * 100,000 and 1,000,000 families): for each size it writes a seeded synthetic PK21 register (about 3 members
 * per family; the Banjarmasin example's 21 kampung, families multiplied) into `--dir` (default
 * /tmp/kkb-bench-family), then times, each in its own child process, rounds interleaved (`--rounds`,
 * default 1):
 *
 * - baseline: reading and splitting the same CSV into rows with the kit's streaming CSV reader, nothing else;
 * - full: `kkb family` (read, pseudonymise KK/NIK, check every family, tally per kampung, write the tallies
 *   into a copy of the Banjarmasin data directory) then `kkb indicators` on it for the family indicators.
 *
 * It prints seconds, CPU seconds and peak RSS of both, and the ratios full / baseline. Memory is flat when
 * the full path's peak RSS does not grow with the size. Figures only: nothing here asserts on time.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { banjarmasinTargets } from '../../examples/banjarmasin-family/src/familyPipeline.ts';
import { BANJARMASIN_DATA, REGISTER_MONTH } from '../../examples/banjarmasin-family/src/runExample.ts';
import { writeSyntheticRegister } from '../../examples/banjarmasin-family/src/syntheticRegister.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    rounds: { type: 'string', default: '1' },
    dir: { type: 'string', default: '/tmp/kkb-bench-family' },
  },
});
const sizes = (values.sizes ?? '')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const rounds = Math.max(1, Number(values.rounds));
const dir = values.dir as string;
await mkdir(dir, { recursive: true });

interface Run {
  readonly mode: string;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMiB: number;
  readonly count: number;
  readonly code: number;
}

function measure(args: string[]): Run {
  const r = spawnSync(
    process.execPath,
    ['--conditions=@kampung-kb/source', '--import', 'tsx', join(here, 'worker.ts'), ...args],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`worker failed: ${r.stderr.slice(0, 400)}`);
  return JSON.parse(line) as Run;
}

const targets = await banjarmasinTargets();
const perScale = targets.reduce((s, t) => s + t.families, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (n: number, d = 2) => n.toFixed(d);

console.log(
  `family benchmark: sizes ${sizes.join(', ')} families requested, ${rounds} round(s), files in ${dir}`,
);
console.log(
  'families   members     MiB  | bare parse s  cpu s  RSS MiB | full s  cpu s  RSS MiB | ratio s  ratio RSS',
);
for (const size of sizes) {
  const scale = Math.max(1, Math.round(size / perScale));
  const file = join(dir, `register-${scale}.csv`);
  let families = scale * perScale;
  let members = 0;
  if (!existsSync(file)) {
    const out = createWriteStream(file);
    const done = await writeSyntheticRegister(targets, {
      month: REGISTER_MONTH,
      seed: 20201231,
      scale,
      write: (t) =>
        new Promise<void>((res) => {
          if (out.write(t)) res();
          else out.once('drain', res);
        }),
    });
    await new Promise<void>((res) => out.end(res));
    families = done.families;
    members = done.rows;
  }
  const base: Run[] = [];
  const full: Run[] = [];
  for (let r = 0; r < rounds; r++) {
    base.push(measure(['baseline', file]));
    const data = join(dir, `data-${scale}`);
    await rm(data, { recursive: true, force: true });
    await cp(BANJARMASIN_DATA, data, { recursive: true });
    full.push(measure(['full', file, data]));
  }
  if (members === 0) members = (base[0]?.count ?? 1) - 1;
  const b = {
    s: median(base.map((x) => x.seconds)),
    c: median(base.map((x) => x.cpuSeconds)),
    m: median(base.map((x) => x.peakRssMiB)),
  };
  const f = {
    s: median(full.map((x) => x.seconds)),
    c: median(full.map((x) => x.cpuSeconds)),
    m: median(full.map((x) => x.peakRssMiB)),
  };
  const mib = statSync(file).size / (1 << 20);
  console.log(
    `${String(families).padStart(8)} ${String(members).padStart(9)} ${fmt(mib, 0).padStart(7)} | ${fmt(b.s).padStart(12)} ${fmt(b.c).padStart(6)} ${fmt(b.m, 0).padStart(8)} | ${fmt(f.s).padStart(6)} ${fmt(f.c).padStart(6)} ${fmt(f.m, 0).padStart(8)} | ${fmt(f.s / b.s).padStart(7)} ${fmt(f.m / b.m).padStart(10)}${full.some((x) => x.code !== 0) ? '  (kkb exit ' + full.map((x) => x.code).join('/') + ')' : ''}`,
  );
}
