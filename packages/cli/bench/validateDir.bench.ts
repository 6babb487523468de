/**
 * Benchmark of `kkb validate <dir>` as the CLI runs it by default, reading the files included: the command
 * (`main(['validate', dir, …])`, in process, from the sources) on a generated data directory of
 * `KKB_BENCH_KAMPUNG` (default 20,000) kampung × 12 months (the end-to-end bench's generator,
 * bench/e2e/generateDataDir.ts; valid data), against a hand-written loop in the same run that reads the same
 * files by plain string splitting and runs the built-in value checks on every monthly report, unrolled
 * (users + non-users = PUS, five poktan within their targets, JKN holders within the population, MKJP within
 * the users, CPR at most 100 %, the population snapshot in force by kampung). The command does more
 * (schema checks of every record, references, duplicates, completeness, dates, issue building), so the
 * ratio is an upper bound on what the rules cost. ROUNDS rounds interleaved; median and best. Figures only.
 *
 * Run with `pnpm --filter @kampung-kb/cli bench:validate` (`pnpm --filter @kampung-kb/cli bench` runs it too).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataDir } from '../../../bench/e2e/generateDataDir.ts';
import { main } from '../src/main.js';

const KAMPUNG = Number(process.env['KKB_BENCH_KAMPUNG'] ?? 20000);
const ROUNDS = 3;
const DIR = `/tmp/kkb-bench-validate-k${KAMPUNG}`;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** The hand loop: reading and the value checks; returns the number of failed checks. */
function hand(dir: string): { reports: number; fired: number } {
  const popText = readFileSync(join(dir, 'population.csv'), 'utf8').split('\n');
  const head = (popText[0] ?? '').split(',');
  const col = (n: string) => head.indexOf(n);
  const [cPus, cFam, cU5, cAdo, cEld, cAdol] = [
    'pus',
    'families',
    'familiesWithUnderFives',
    'familiesWithAdolescents',
    'familiesWithElderly',
    'adolescents',
  ].map(col) as [number, number, number, number, number, number];
  const bandCols = head.flatMap((h, i) => (h.startsWith('male.') || h.startsWith('female.') ? [i] : []));
  interface Snap {
    period: string;
    pus: number;
    fam: number;
    u5: number;
    ado: number;
    eld: number;
    adol: number;
    total: number;
  }
  const snaps = new Map<string, Snap[]>();
  for (let i = 1; i < popText.length; i++) {
    const c = (popText[i] as string).split(',');
    if (c.length < 2) continue;
    let total = 0;
    for (const b of bandCols) total += +(c[b] as string);
    const s: Snap = {
      period: c[1] as string,
      pus: +(c[cPus] as string),
      fam: +(c[cFam] as string),
      u5: +(c[cU5] as string),
      ado: +(c[cAdo] as string),
      eld: +(c[cEld] as string),
      adol: +(c[cAdol] as string),
      total,
    };
    const list = snaps.get(c[0] as string);
    if (list) list.push(s);
    else snaps.set(c[0] as string, [s]);
  }
  for (const l of snaps.values()) l.sort((a, b) => (a.period < b.period ? -1 : 1));
  const ids = new Set(
    (JSON.parse(readFileSync(join(dir, 'kampung.json'), 'utf8')) as { id: string }[]).map((k) => k.id),
  );
  const text = readFileSync(join(dir, 'monthly.csv'), 'utf8');
  let start = text.indexOf('\n') + 1;
  let fired = 0;
  let reports = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const c = text.slice(start, end).split(',');
    start = end + 1;
    if (c.length < 19) continue;
    reports++;
    const id = c[0] as string;
    if (!ids.has(id)) fired++;
    const period = c[1] as string;
    const n = (i: number) => +(c[i] as string);
    const mkjp = n(2) + n(3) + n(4) + n(5);
    const users = mkjp + n(6) + n(7) + n(8);
    if (mkjp > users) fired++;
    const list = snaps.get(id);
    let s: Snap | undefined;
    if (list) for (const x of list) if (x.period <= period) s = x;
    if (!s) continue;
    if (users + n(9) + n(10) + n(11) + n(12) !== s.pus) fired++;
    if (n(13) > s.u5) fired++;
    if (n(14) > s.ado) fired++;
    if (n(15) > s.eld) fired++;
    if (n(16) > s.fam) fired++;
    if (n(17) > s.adol) fired++;
    if (n(18) > s.total) fired++;
    if (s.pus !== 0 && (users * 100) / s.pus > 100) fired++;
  }
  return { reports, fired };
}

async function kkbValidate(dir: string): Promise<{ code: number; lines: number }> {
  let lines = 0;
  const code = await main(['validate', dir, '--today', '2026-11-30'], {
    out: () => {
      lines++;
    },
    err: () => {},
    cwd: process.cwd(),
  });
  return { code, lines };
}

if (!existsSync(join(DIR, 'monthly.csv'))) await generateDataDir(DIR, KAMPUNG);
const first = hand(DIR);
console.log(
  `Node ${process.version}; ${DIR}: ${KAMPUNG.toLocaleString('en')} kampung × 12 months, ${first.reports.toLocaleString('en')} monthly reports; ` +
    `${ROUNDS} rounds interleaved`,
);
const times = { kkb: [] as number[], hand: [] as number[] };
let last = { code: -1, lines: 0 };
let fired = 0;
for (let round = 0; round < ROUNDS; round++) {
  let t0 = performance.now();
  last = await kkbValidate(DIR);
  times.kkb.push(performance.now() - t0);
  t0 = performance.now();
  fired = hand(DIR).fired;
  times.hand.push(performance.now() - t0);
}
const [km, hm] = [median(times.kkb), median(times.hand)];
console.log(
  `kkb validate (in process, reading included): median ${(km / 1000).toFixed(2)} s, best ${(Math.min(...times.kkb) / 1000).toFixed(2)} s ` +
    `(exit ${last.code}, ${last.lines} lines of output)`,
);
console.log(
  `hand loop (reading + value checks): median ${(hm / 1000).toFixed(2)} s, best ${(Math.min(...times.hand) / 1000).toFixed(2)} s ` +
    `(${fired} checks failed)`,
);
console.log(`kkb validate / hand loop: ${(km / hm).toFixed(2)}× (medians)`);
