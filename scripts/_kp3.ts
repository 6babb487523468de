import { readDataDir } from '/work/wt/engine-path/packages/kit/src/index.ts';
import * as NEW from '/work/wt/engine-path/packages/indicators/src/index.ts';
const read = await readDataDir('/tmp/e2e/k10');
const ds = (read as { dataset: Parameters<typeof NEW.computeKampungIndicators>[0] }).dataset;
const pre = NEW.computeIndicators(ds, { indicators: NEW.KAMPUNG_PATH_INDICATORS, level: 'kampung', periods: ['2020-12'] });
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start');
for (let i = 0; i < 4; i++) NEW.kampungIndicatorsFromResults(ds, '2020-12', pre);
const { profile } = await s.post('Profiler.stop');
const self = new Map<string, number>(); const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
for (const id of profile.samples) { const n: any = byId.get(id); const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-1)}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + 1); }
const tot = profile.samples.length;
[...self].sort((a, b) => b[1] - a[1]).slice(0, 22).forEach(([k, c]) => console.log((100 * c / tot).toFixed(1) + '%', k));
