/**
 * One measured run of the family benchmark, in its own process (family.bench.ts spawns it):
 * `baseline <file>` reads the CSV and splits it into rows with the kit's streaming CSV reader and does
 * nothing else; `full <file> <dataDir>` runs `kkb family` (read, pseudonymise, check, tally, write the
 * tallies) and then `kkb indicators` for the family indicators of every kampung on that data directory.
 * Prints one JSON line: seconds, CPU seconds, peak RSS (MiB) and what was counted.
 */
import { bareParse, familyToIndicators } from '../../examples/banjarmasin-family/src/familyPipeline.ts';

const [mode, file, dataDir] = process.argv.slice(2);
const started = performance.now();
const cpu0 = process.cpuUsage();
let count = 0;
let code = 0;
if (mode === 'baseline') {
  count = await bareParse(file as string);
} else {
  process.env['KKB_BENCH_SECRET'] = 'benchmark-secret-of-enough-bytes';
  const r = await familyToIndicators(file as string, dataDir as string, 'KKB_BENCH_SECRET');
  count = r.chars;
  code = r.code;
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
