import { type Dataset, emptyDataset } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervention, kampung, monthly, population, profile } from '../__fixtures__/records.js';
import { latestPeriod } from './latestPeriod.js';
import { selectKampungPeriod } from './selectKampungPeriod.js';

function dataset(): Dataset {
  const ds = emptyDataset();
  ds.kampung.push(kampung('k1'), kampung('k2'));
  ds.profiles.push(
    profile({ mentor: false }, '2020-01'),
    profile({ mentor: true }, '2020-06'),
    profile({}, '2021-01'),
    profile({}, '2020-03', 'k2'),
  );
  ds.population.push(
    population({ pus: 100 }, '2019-12'),
    population({ pus: 120 }, '2020-12'),
    population({ pus: 999 }, '2021-02'),
  );
  ds.monthly.push(monthly({}, '2020-11'), monthly({}, '2020-12'), monthly({}, '2021-01', 'k2'));
  ds.interventions.push(
    intervention('2020-02-29', ['dinas_sosial']),
    intervention('2020-12-31', ['puskesmas']),
    intervention('2021-01-01', ['bps']),
    intervention('2020-05-01', ['swasta'], 'k2'),
  );
  return ds;
}

describe('selectKampungPeriod', () => {
  it('takes the latest profile and population up to the month, the report of the month, interventions to its last day', () => {
    const s = selectKampungPeriod(dataset(), 'k1', '2020-12');
    expect(s.period).toBe('2020-12');
    expect(s.kampung?.id).toBe('k1');
    expect(s.profile?.period).toBe('2020-06');
    expect(s.profile?.mentor).toBe(true);
    expect(s.population?.period).toBe('2020-12');
    expect(s.population?.pus).toBe(120);
    expect(s.monthly?.period).toBe('2020-12');
    expect(s.interventions.map((i) => i.date)).toEqual(['2020-02-29', '2020-12-31']);
  });
  it('finds nothing before the first records and no report in a month without one', () => {
    const s = selectKampungPeriod(dataset(), 'k1', '2019-11');
    expect([s.profile, s.population, s.monthly, s.interventions.length]).toEqual([null, null, null, 0]);
    expect(selectKampungPeriod(dataset(), 'k1', '2020-10').monthly).toBeNull();
  });
  it('lets the later of two records with the same period win', () => {
    const ds = dataset();
    ds.population.push(population({ pus: 130 }, '2020-12'));
    ds.monthly.push(monthly({ users: { pill: 7 } }, '2020-12'));
    const s = selectKampungPeriod(ds, 'k1', '2020-12');
    expect(s.population?.pus).toBe(130);
    expect(s.monthly?.users.pill).toBe(7);
  });
  it('reads DHIS2-style months and selects nothing for a period that is not a month', () => {
    expect(selectKampungPeriod(dataset(), 'k1', '202012').period).toBe('2020-12');
    expect(selectKampungPeriod(dataset(), 'k1', '202012').monthly?.period).toBe('2020-12');
    const bad = selectKampungPeriod(dataset(), 'k1', 'Desember');
    expect([bad.period, bad.profile, bad.population, bad.monthly, bad.interventions.length]).toEqual([
      'Desember',
      null,
      null,
      null,
      0,
    ]);
  });
  it('returns null for the kampung when the id is unknown', () => {
    expect(selectKampungPeriod(dataset(), 'nowhere', '2020-12').kampung).toBeNull();
  });
});

describe('latestPeriod', () => {
  it('is the latest month of any monthly report', () => {
    expect(latestPeriod(dataset())).toBe('2021-01');
  });
  it('is undefined without monthly reports', () => {
    expect(latestPeriod(emptyDataset())).toBeUndefined();
  });
});

/** The definition, as a plain scan of the whole data set (the reference the index must agree with). */
function naiveSelect(ds: Dataset, kampungId: string, month: string) {
  const latest = <T extends { kampungId: string; period: string }>(rs: readonly T[]): T | null => {
    let best: T | null = null;
    for (const r of rs)
      if (r.kampungId === kampungId && r.period <= month && (!best || r.period >= best.period)) best = r;
    return best;
  };
  let monthlyReport = null;
  for (const r of ds.monthly) if (r.kampungId === kampungId && r.period === month) monthlyReport = r;
  return {
    kampung: ds.kampung.find((k) => k.id === kampungId) ?? null,
    profile: latest(ds.profiles),
    population: latest(ds.population),
    monthly: monthlyReport,
    interventions: ds.interventions.filter((i) => i.kampungId === kampungId && i.date <= `${month}-31`),
  };
}

describe('selectKampungPeriod on its index', () => {
  it('agrees with a scan of the whole data set, whatever the order and the duplicates', () => {
    const ids = ['k1', 'k2', 'k3'];
    const months = ['2020-01', '2020-02', '2020-03', '2020-04'];
    const rec = fc.record({ k: fc.constantFrom(...ids), m: fc.constantFrom(...months), n: fc.nat(50) });
    fc.assert(
      fc.property(
        fc.array(rec, { maxLength: 12 }),
        fc.array(rec, { maxLength: 12 }),
        fc.array(rec, { maxLength: 12 }),
        fc.array(rec, { maxLength: 8 }),
        fc.constantFrom(...months),
        (profiles, pops, reports, ints, month) => {
          const ds = emptyDataset();
          ds.kampung.push(kampung('k1'), kampung('k2'), kampung('k1', 'second k1'));
          for (const p of profiles) ds.profiles.push(profile({ mentor: p.n % 2 === 0 }, p.m, p.k));
          for (const p of pops) ds.population.push(population({ pus: p.n }, p.m, p.k));
          for (const r of reports) ds.monthly.push(monthly({ users: { pill: r.n } }, r.m, r.k));
          for (const i of ints)
            ds.interventions.push(
              intervention(`${i.m}-${String((i.n % 28) + 1).padStart(2, '0')}`, ['bps'], i.k),
            );
          for (const k of ids) {
            const got = selectKampungPeriod(ds, k, month);
            const want = naiveSelect(ds, k, month);
            expect(got.kampung).toBe(want.kampung);
            expect(got.profile).toBe(want.profile);
            expect(got.population).toBe(want.population);
            expect(got.monthly).toBe(want.monthly);
            expect(got.interventions).toEqual(want.interventions);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
