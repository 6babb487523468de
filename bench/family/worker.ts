/**
 * One measured run of the family benchmark, in its own process (family.bench.ts spawns it):
 * `baseline <file>` reads the CSV and splits it into rows with the kit's streaming CSV reader and does
 * nothing else; `full <file> <dataDir>` runs `kkb family` (read, pseudonymise, check, tally, write the
 * tallies) and then `kkb indicators` for the family indicators of every kampung on that data directory.
 * Prints one JSON line: seconds, CPU seconds, peak RSS (MiB) and what was counted.
 */
import { createReadStream } from 'node:fs';
import { main } from '@kampung-kb/cli';
import { csvRowStream } from '@kampung-kb/kit';

const [mode, file, dataDir] = process.argv.slice(2);
const started = performance.now();
const cpu0 = process.cpuUsage();
let count = 0;
let code = 0;
if (mode === 'baseline') {
  for await (const batch of csvRowStream(createReadStream(file as string, { highWaterMark: 1 << 16 }))) {
    count += batch.rows.length;
  }
} else {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), cwd: process.cwd() };
  process.env['KKB_BENCH_SECRET'] = 'benchmark-secret-of-enough-bytes';
  code = await main(['family', file as string, '--data', dataDir as string, '--secret-env', 'KKB_BENCH_SECRET'], io);
  const indicators = ['family-cpr', 'family-unmet-need', 'family-unmet-need-portal'].flatMap((i) => ['--indicator', i]);
  const c2 = await main(['indicators', dataDir as string, '--level', 'kampung', '--json', ...indicators], {
    ...io,
    out: (l: string) => {
      count += l.length;
    },
  });
  code = Math.max(code, c2);
}
const cpu = process.cpuUsage(cpu0);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    mode,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    count,
    code,
  })}\n`,
);
