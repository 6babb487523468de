import { readDataDir } from '@kampung-kb/kit';
import { computeKampungIndicators } from '@kampung-kb/indicators';
import { indicatorTrends, monthlyKampungReport } from '@kampung-kb/reports';
import { generateDataDir } from '../bench/e2e/generateDataDir.js';

async function run(dir: string, label: string) {
  const { dataset, programme } = await readDataDir(dir);
  const period = dataset.monthly.reduce((m, r) => (r.period > m ? r.period : m), '');
  const ctx = { lang: 'en' as const, public: true, ...(programme ? { programme } : {}) };
  const results = computeKampungIndicators(dataset, period);
  const times: Record<string, number[]> = { once: [], perKampung5: [], reportsShared: [] };
  for (let round = 0; round < 3; round++) {
    let t = performance.now();
    const trends = indicatorTrends({ dataset, period }, ctx);
    times.once!.push(performance.now() - t);
    // What a per-kampung recomputation would cost, for 5 kampung (then scaled).
    t = performance.now();
    for (let k = 0; k < 5; k++) indicatorTrends({ dataset, period }, ctx);
    times.perKampung5!.push(performance.now() - t);
    t = performance.now();
    for (const result of results) monthlyKampungReport({ dataset, result, trends }, ctx);
    times.reportsShared!.push(performance.now() - t);
  }
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[1] as number;
  const once = med(times.once!);
  const per = (med(times.perKampung5!) / 5) * results.length;
  console.log(`${label}: ${results.length} kampung, period ${period}; trends once ${once.toFixed(0)} ms; ` +
    `per-kampung recomputation (extrapolated) ${per.toFixed(0)} ms (×${(per / once).toFixed(1)}); ` +
    `all monthly reports with shared trends ${med(times.reportsShared!).toFixed(0)} ms`);
}
await run('/work/wt/rep-existing/examples/banjarmasin/data', 'banjarmasin');
await generateDataDir('/tmp/rep-existing-1000', 1000, { months: 12, seed: 7 });
await run('/tmp/rep-existing-1000', 'synthetic');
