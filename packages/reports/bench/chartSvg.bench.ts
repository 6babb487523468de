/**
 * Benchmark: the cost of a chart in an HTML report. A 12-month trend (kampung, city and a dashed target)
 * and a 7-method stacked bar, with different numbers on every call as for 1,000 kampung, rendered by
 * `chartSvg` (a) with the compiled vega spec from the cache (the usual case: kampung share a chart's shape)
 * and (b) with a new shape every time (compile + parse each time), against the baseline of the same run:
 * `renderHtml` of a document holding the chart's table only (what the HTML showed before charts). ROUNDS
 * rounds interleaved, medians of CPU time (user + system; the machine may be shared) printed with the ratio to the baseline, and the time for 1,000 kampung × 4
 * charts extrapolated from the cached median. Run with `pnpm --filter @kampung-kb/reports bench` or
 * `node --conditions=@kampung-kb/source --import tsx packages/reports/bench/chartSvg.bench.ts`.
 */
import { chartSvg } from '../src/charts/chartSvg.js';
import { renderHtml } from '../src/renderHtml.js';
import type { ReportChart, ReportDocument } from '../src/reportDocument.js';

const N = 50;
const ROUNDS = 5;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const METHODS = ['IUD', 'MOW', 'MOP', 'Implan', 'Suntik', 'Pil', 'Kondom'];

/** Deterministic PRNG (mulberry32) so every run sees the same data. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pct = (value: number) => ({
  kind: 'percent' as const,
  value: Math.round(value * 10) / 10,
  decimals: 1,
});

function charts(i: number, rand: () => number, axisTitle: string): ReportChart[] {
  const trend: ReportChart = {
    kind: 'chart',
    id: 'trend-cpr',
    mark: 'line',
    title: `CPR Kampung ${i}, 2020`,
    description: `CPR Kampung ${i}`,
    yTitle: axisTitle,
    unit: 'percent',
    targetSeries: [3],
    table: {
      kind: 'table',
      columns: [{ title: 'Bulan' }, { title: 'Kampung' }, { title: 'Kota' }, { title: 'Target' }],
      rows: MONTHS.map((m) => [`${m} 2020`, pct(40 + rand() * 30), pct(55 + rand() * 5), pct(65)]),
    },
  };
  const mix: ReportChart = {
    kind: 'chart',
    id: 'method-mix',
    mark: 'stackedBar',
    title: `Bauran metode Kampung ${i}`,
    description: `Bauran metode Kampung ${i}`,
    yTitle: axisTitle === 'CPR (%)' ? 'Peserta' : `Peserta ${axisTitle}`,
    table: {
      kind: 'table',
      columns: [{ title: 'Bulan' }, ...METHODS.map((m) => ({ title: m }))],
      rows: MONTHS.slice(-3).map((m) => [m, ...METHODS.map(() => Math.floor(rand() * 200))]),
    },
  };
  return [trend, mix];
}

function tableDoc(c: ReportChart): ReportDocument {
  return { lang: 'id', title: c.title, sections: [{ title: 'S', blocks: [c.table] }], footnotes: [] };
}

/** Milliseconds of CPU (user + system) used by this process: the machine is shared, wall time is not ours. */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const rand = rng(42);
const cached = Array.from({ length: N }, (_, i) => charts(i, rand, 'CPR (%)')).flat();
// A new shape per chart: the axis title differs, so the vega-lite spec (the cache key) differs.
let fresh = 0;
const uncached = () => charts(fresh, rand, `CPR (%) #${fresh++}`);

// Warm up (JIT and the cache of the shared shape).
for (const c of cached.slice(0, 4)) chartSvg(c, 'id');

const times: Record<'baseline' | 'cached' | 'uncached', number[]> = {
  baseline: [],
  cached: [],
  uncached: [],
};
let bytes = 0;
for (let r = 0; r < ROUNDS; r++) {
  let t = cpu();
  for (const c of cached) bytes += renderHtml(tableDoc(c)).length;
  times.baseline.push((cpu() - t) / cached.length);
  t = cpu();
  for (const c of cached) bytes += chartSvg(c, 'id').length;
  times.cached.push((cpu() - t) / cached.length);
  t = cpu();
  const few = 10;
  for (let k = 0; k < few / 2; k++) for (const c of uncached()) bytes += chartSvg(c, 'id').length;
  times.uncached.push((cpu() - t) / few);
}

const base = median(times.baseline);
const row = (name: string, ms: number) =>
  `${name.padEnd(42)} ${ms.toFixed(3).padStart(9)} ms CPU/chart  ×${(ms / base).toFixed(0).padStart(5)} baseline`;
console.log(`chartSvg: ${N * 2} charts per round (12-month trend + method mix), ${ROUNDS} rounds, medians`);
console.log(row('baseline: renderHtml of the chart’s table', base));
console.log(row('chartSvg, compiled spec cached (same shape)', median(times.cached)));
console.log(row('chartSvg, new shape (compile + parse)', median(times.uncached)));
console.log(
  `1,000 kampung × 4 charts ≈ ${((median(times.cached) * 4000) / 1000).toFixed(1)} s CPU cached, ${((median(times.uncached) * 4000) / 1000).toFixed(1)} s without the cache (${bytes} bytes written)`,
);
