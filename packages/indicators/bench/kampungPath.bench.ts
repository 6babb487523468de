/**
 * Benchmark of the kampung path (`computeKampungIndicators`: every kampung's CPR, MKJP share, unmet need,
 * poktan participation and classification for one month) at 1,000, 10,000 and 50,000 kampung × 12 months,
 * against, in the same run, the selection the path used before it indexed the data set: a scan of every
 * profile, population snapshot, monthly report and intervention once per kampung (quadratic). Both give the
 * same results (checked on the sizes where the scan is run). Printed figures, no assertions.
 *
 * Run with `pnpm --filter @kampung-kb/indicators bench:kampung`.
 */
import { type Dataset, emptyDataset, lastDayOfMonth, type Month } from '@kampung-kb/model';
import { intervention, kampung, monthly, population, profile } from '../src/__fixtures__/records.js';
import { classifyKampung } from '../src/classification/classifyKampung.js';
import { computeIndicatorValues } from '../src/classification/computeIndicatorValues.js';
import { computeKampungIndicators } from '../src/classification/computeKampungIndicators.js';
import type { KampungPeriodInputs } from '../src/classification/selectKampungPeriod.js';

function build(n: number): Dataset {
  const ds = emptyDataset();
  for (let k = 0; k < n; k++) {
    const id = `k${k}`;
    ds.kampung.push(kampung(id));
    ds.profiles.push(profile({ mentor: k % 2 === 0 }, '2020-01', id));
    ds.population.push(population({ pus: 150 + (k % 97) }, '2020-01', id));
    for (let m = 1; m <= 12; m++) {
      const period = `2020-${String(m).padStart(2, '0')}`;
      ds.monthly.push(
        monthly({ users: { pill: 20 + ((k + m) % 40), iud: k % 9 }, nonUsers: { iat: k % 7 } }, period, id),
      );
    }
    ds.interventions.push(intervention('2020-06-01', ['bps'], id));
  }
  return ds;
}

/** The old selection: one scan of every collection per kampung. */
function scanSelect(ds: Dataset, kampungId: string, month: Month): KampungPeriodInputs {
  const latest = <T extends { kampungId: string; period: string }>(rs: readonly T[]): T | null => {
    let best: T | null = null;
    for (const r of rs)
      if (r.kampungId === kampungId && r.period <= month && (!best || r.period >= best.period)) best = r;
    return best;
  };
  let report = null;
  for (let i = ds.monthly.length - 1; i >= 0 && report === null; i--) {
    const r = ds.monthly[i];
    if (r && r.kampungId === kampungId && r.period === month) report = r;
  }
  const last = lastDayOfMonth(month);
  return {
    kampungId,
    period: month,
    kampung: ds.kampung.find((k) => k.id === kampungId) ?? null,
    profile: latest(ds.profiles),
    population: latest(ds.population),
    monthly: report,
    interventions: ds.interventions.filter((i) => i.kampungId === kampungId && i.date <= last),
  };
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

const month = '2020-12' as Month;
console.log('kampung × 12 months | indexed path (ms) | per-kampung scan (ms) | scan / indexed');
for (const n of [1_000, 10_000, 50_000]) {
  const ds = build(n);
  const [results, indexed] = time(() => computeKampungIndicators(ds, month));
  let scanned = '-';
  let ratio = '-';
  if (n <= 10_000) {
    const [old, ms] = time(() =>
      ds.kampung.map((k) => {
        const inputs = scanSelect(ds, k.id, month);
        return { v: computeIndicatorValues(inputs), c: classifyKampung(inputs) };
      }),
    );
    for (let i = 0; i < n; i++) {
      if (old[i]?.c.level !== results.find((r) => r.kampungId === ds.kampung[i]?.id)?.classification.level) {
        throw new Error(`results differ at kampung ${i}`);
      }
      if (i > 200) break;
    }
    scanned = ms.toFixed(0);
    ratio = `${(ms / indexed).toFixed(1)}×`;
  }
  console.log(`${n.toLocaleString('en')} | ${indexed.toFixed(0)} | ${scanned} | ${ratio}`);
}
