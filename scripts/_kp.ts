import { readDataDir } from '/work/wt/engine-path/packages/kit/src/index.ts';
import * as NEW from '/work/wt/engine-path/packages/indicators/src/index.ts';
import * as OLD from '/work/main/packages/indicators/src/index.ts';
const dir = process.argv[2] ?? '/tmp/e2e/k10';
const rounds = Number(process.argv[3] ?? 5);
const read = await readDataDir(dir);
const ds = (read as { dataset: Parameters<typeof NEW.computeKampungIndicators>[0] }).dataset;
console.log(`${dir}: kampung ${ds.kampung.length}, monthly ${ds.monthly.length}`);
const period = '2020-12';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const runs: Record<string, () => unknown> = {
  old: () => OLD.computeKampungIndicators(ds, period),
  new: () => NEW.computeKampungIndicators(ds, period),
  'new: engine only': () => NEW.computeIndicators(ds, { indicators: NEW.KAMPUNG_PATH_INDICATORS, level: 'kampung', periods: [period] }),
};
const pre = NEW.computeIndicators(ds, { indicators: NEW.KAMPUNG_PATH_INDICATORS, level: 'kampung', periods: [period] });
runs['new: fromResults only'] = () => NEW.kampungIndicatorsFromResults(ds, period, pre);
const wall: Record<string, number[]> = {}; const cp: Record<string, number[]> = {};
const out: Record<string, string> = {};
for (let r = 0; r < rounds; r++) for (const [k, f] of Object.entries(runs)) {
  const t = performance.now(); const c = cpu(); const v = f(); 
  (cp[k] ??= []).push(cpu() - c); (wall[k] ??= []).push(performance.now() - t);
  if (r === 0 && (k === 'old' || k === 'new')) out[k] = JSON.stringify(v);
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)] as number;
for (const k of Object.keys(runs)) console.log(`${k.padEnd(24)} wall median ${med(wall[k]!).toFixed(0).padStart(6)} ms  cpu median ${med(cp[k]!).toFixed(0).padStart(6)} ms  (cpu/old ${(med(cp[k]!) / med(cp.old!)).toFixed(2)})`);
console.log(`outputs equal (old vs new): ${out.old === out.new}`);
