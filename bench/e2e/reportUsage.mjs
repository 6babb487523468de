/**
 * Preloaded into every timed child process (`node --import ./reportUsage.mjs …`): when the process exits it
 * writes its peak resident set and CPU time (`process.resourceUsage()`, which counts native memory such as
 * DuckDB's too) as JSON to the file named by KKB_BENCH_USAGE.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.KKB_BENCH_USAGE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }),
    );
  });
}
