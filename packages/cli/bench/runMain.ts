/**
 * Runs one `kkb` command in this process (for the large-data benchmark, started in a child process with
 * `--max-old-space-size`) and prints, on standard error, one JSON line: exit code, wall and CPU seconds,
 * peak RSS in MB, and the bytes written to stdout and stderr (the output itself is discarded). With
 * `--whole` as first argument it instead reads the directory whole (`readDataDir`) and validates it with
 * `validateDataset`: the in-memory path, as a baseline.
 */
import { readDataDir } from '@kampung-kb/kit';
import { validateDataset } from '@kampung-kb/rules';
import { main } from '../src/main.js';

const args = process.argv.slice(2);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let outBytes = 0;
let errBytes = 0;
let code: number;
if (args[0] === '--whole') {
  const read = await readDataDir(args[1] as string);
  const result = validateDataset(read.dataset, { today: '2026-11-30' });
  outBytes = result.issues.length;
  code = 0;
} else {
  code = await main(args, {
    out: (s) => {
      outBytes += s.length + 1;
    },
    err: (s) => {
      errBytes += s.length + 1;
    },
    cwd: process.cwd(),
  });
}
const cpu = process.cpuUsage(cpu0);
process.stderr.write(
  `${JSON.stringify({
    code,
    wallS: (performance.now() - t0) / 1000,
    cpuS: (cpu.user + cpu.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    outBytes,
    errBytes,
  })}\n`,
);
