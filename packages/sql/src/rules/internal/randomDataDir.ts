import { readDataDir, writeDataDir } from '@kampung-kb/kit';
import type { Dataset, MonthlyReport, PopulationSnapshot } from '@kampung-kb/model';

/** A small seeded generator (mulberry32): the same seed gives the same data set. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Writes a data directory built on an example's kampung and population: per kampung, random population
 * snapshots (some with PUS 0 or tiny families) and one monthly report per month of `months` from the
 * example's first population month, in shuffled order, with values drawn so that every per-record rule
 * fires on some reports and not on others; optional counts (`users.mal`, `newAcceptors.*`) are sometimes
 * empty. For tests: the data are valid for the schema, so the JavaScript and SQL engines must agree.
 */
export async function writeRandomDataDir(
  base: string,
  dir: string,
  seed: number,
  months = 14,
): Promise<Dataset> {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const { dataset: src } = await readDataDir(base);
  const firstPeriod = [...src.population].map((p) => p.period).sort()[0] ?? '2020-01';
  const y0 = Number(firstPeriod.slice(0, 4));
  const m0 = Number(firstPeriod.slice(5, 7)) - 1;
  const periodAt = (i: number) => `${y0 + Math.floor((m0 + i) / 12)}-${pad(((m0 + i) % 12) + 1)}`;
  const population: PopulationSnapshot[] = [];
  const monthly: MonthlyReport[] = [];
  for (const k of src.kampung) {
    const template = src.population.find((p) => p.kampungId === k.id) ?? src.population[0];
    if (!template) continue;
    const snapshots = [0, ...Array.from({ length: int(0, 2) }, () => int(1, months - 1))];
    for (const at of [...new Set(snapshots)].sort((a, b) => a - b)) {
      const families = int(0, 3) === 0 ? int(0, 3) : int(100, 600);
      population.push({
        ...template,
        kampungId: k.id,
        period: periodAt(at),
        pus: int(0, 5) === 0 ? 0 : int(50, 400),
        families,
        familiesWithUnderFives: int(0, families + 20),
        familiesWithAdolescents: int(0, families + 5),
        familiesWithElderly: int(0, families),
      });
    }
    for (let i = 0; i < months; i++) {
      const u = () => int(0, 60);
      const report: MonthlyReport = {
        kampungId: k.id,
        period: periodAt(i),
        users: { iud: u(), mow: u(), mop: u(), implant: u(), injectable: u(), pill: u(), condom: u() },
        nonUsers: { pregnant: int(0, 30), ias: int(0, 60), iat: int(0, 40), tial: int(0, 40) },
        poktanParticipants: {
          bkb: int(0, 700),
          bkr: int(0, 300),
          bkl: int(0, 300),
          uppka: int(0, 80),
          pikr: int(0, 400),
        },
        jknHolders: int(0, 3) === 0 ? int(3000, 9000) : int(0, 1500),
      };
      const r = report as unknown as Record<string, Record<string, number>>;
      if (int(0, 2) === 0) (r['users'] as Record<string, number>)['mal'] = int(0, 9);
      if (int(0, 3) === 0) r['newAcceptors'] = { iud: int(0, 5), pill: int(0, 5) };
      monthly.push(report);
    }
  }
  for (let i = monthly.length - 1; i > 0; i--) {
    const j = int(0, i);
    [monthly[i], monthly[j]] = [monthly[j] as MonthlyReport, monthly[i] as MonthlyReport];
  }
  const dataset: Dataset = { ...src, population, monthly };
  delete dataset.sources;
  await writeDataDir(dir, dataset, { format: 'csv' });
  return dataset;
}
