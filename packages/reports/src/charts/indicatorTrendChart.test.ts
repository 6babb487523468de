import type { Target } from '@kampung-kb/indicators';
import { ageBandCounts, type Dataset, emptyDataset, type MonthlyReport } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import type { ReportContext } from '../reportContext.js';
import type { ReportCell, ReportChart } from '../reportDocument.js';
import { indicatorTrendChart, indicatorTrends } from './indicatorTrendChart.js';

function month(
  kampungId: string,
  period: string,
  users: Partial<Record<'iud' | 'implant' | 'injectable' | 'pill', number>>,
  iat: number,
  tial: number,
): MonthlyReport {
  return {
    kampungId,
    period,
    users: { iud: 0, mow: 0, mop: 0, implant: 0, injectable: 0, pill: 0, condom: 0, ...users },
    nonUsers: { pregnant: 10, ias: 10, iat, tial },
    poktanParticipants: { bkb: 0, bkr: 0, bkl: 0, uppka: 0, pikr: 0 },
    jknHolders: 50,
  };
}

/**
 * Kampung `a` (PUS 100) reports Jan–Mar 2020, kampung `b` (PUS 100) only March; nothing before January.
 *
 * a: Jan users 10 IUD + 10 implant + 20 injectable + 10 pill = 50 → CPR 50.00 %, MKJP 20/50 = 40.00 %,
 *    unmet (10 + 10)/100 = 20.00 %; Feb same users, unmet 2 + 1 = 3 → 3.00 % (3 < 5: hidden in public);
 *    Mar 12 + 12 + 20 + 11 = 55 → 55.00 %, MKJP 24/55 = 43.64 %, unmet (8 + 7)/100 = 15.00 %.
 * b: Mar 30 injectable → CPR 30.00 %, MKJP 0.00 %, unmet 20.00 %.
 * City (engine, regency 63.71: users of the kampung that reported / PUS of both): Jan 50/200 = 25.00 %,
 *    Mar (55 + 30)/200 = 42.50 %, MKJP 24/85 = 28.24 %, unmet 35/200 = 17.50 %.
 */
function trendDataset(): Dataset {
  const ds = emptyDataset();
  ds.regions.push(
    { code: '63.71', name: 'Kota Banjarmasin' },
    { code: '63.71.04', name: 'Banjarmasin Utara' },
    { code: '63.71.04.1010', name: 'Sungai Andai' },
  );
  for (const id of ['a', 'b']) {
    ds.kampung.push({
      id,
      name: `Kampung ${id.toUpperCase()}`,
      regionCode: '63.71.04.1010',
      designationDate: '2017-01-01',
      mainCriteria: [],
      areaCriteria: [],
    });
    ds.population.push({
      kampungId: id,
      period: '2019-12',
      male: ageBandCounts(10),
      female: ageBandCounts(10),
      families: 150,
      pus: 100,
      familiesWithUnderFives: 10,
      familiesWithAdolescents: 10,
      familiesWithElderly: 10,
      adolescents: 10,
    });
  }
  ds.monthly.push(
    month('a', '2020-01', { iud: 10, implant: 10, injectable: 20, pill: 10 }, 10, 10),
    month('a', '2020-02', { iud: 10, implant: 10, injectable: 20, pill: 10 }, 2, 1),
    month('a', '2020-03', { iud: 12, implant: 12, injectable: 20, pill: 11 }, 8, 7),
    month('b', '2020-03', { injectable: 30 }, 10, 10),
  );
  return ds;
}

const pct = (value: number | null): ReportCell => ({ kind: 'percent', value, decimals: 2 });
const HIDDEN: ReportCell = { kind: 'hidden' };
const cprTarget2020: Target = {
  indicatorId: 'cpr-portal',
  regionCode: '63.71',
  year: 2020,
  value: 60,
  direction: 'higherIsBetter',
  source: 'RPJMD',
};

function chartOf(ctx: ReportContext, scope: Parameters<typeof indicatorTrendChart>[1]): ReportChart {
  const chart = indicatorTrendChart(
    indicatorTrends({ dataset: trendDataset(), period: '2020-03' }, ctx),
    scope,
    ctx,
  );
  if (!chart) throw new Error('no chart');
  return chart;
}

describe('indicatorTrendChart', () => {
  it('starts at the first month with data and gives each kampung’s engine values with 2 decimals', () => {
    const chart = chartOf({ lang: 'en' }, { kampungId: 'a' });
    expect(chart.mark).toBe('line');
    expect(chart.unit).toBe('percent');
    expect(chart.targetSeries).toBeUndefined();
    expect(chart.table.columns.map((c) => c.title)).toEqual(['Month', 'CPR', 'MKJP', 'Unmet need']);
    expect(chart.table.rows).toEqual([
      ['January 2020', pct(50), pct(40), pct(20)],
      ['February 2020', pct(50), pct(40), pct(3)],
      ['March 2020', pct(55), pct(43.64), pct(15)],
    ]);
    expect(chart.description).toBe(
      'CPR: 50.00 % (January 2020) to 55.00 % (March 2020), a change of +5.00 points; ' +
        'MKJP: 40.00 % (January 2020) to 43.64 % (March 2020), a change of +3.64 points; ' +
        'Unmet need: 20.00 % (January 2020) to 15.00 % (March 2020), a change of −5.00 points.',
    );
  });

  it('a kampung whose data start later has fewer months; the city pools all kampung', () => {
    const b = chartOf({ lang: 'en' }, { kampungId: 'b' });
    expect(b.table.rows).toEqual([['March 2020', pct(30), pct(0), pct(20)]]);
    expect(b.description).toContain('CPR: 30.00 % (March 2020)');
    const city = chartOf({ lang: 'id' }, { city: true });
    expect(city.title).toBe('Tren 12 bulan: kota');
    expect(city.table.rows[0]).toEqual(['Januari 2020', pct(25), pct(40), pct(10)]);
    expect(city.table.rows[2]).toEqual(['Maret 2020', pct(42.5), pct(28.24), pct(17.5)]);
    expect(city.description).toContain(
      'CPR: 25,00 % (Januari 2020) menjadi 42,50 % (Maret 2020), perubahan +17,50 poin',
    );
  });

  it('covers at most the 12 months ending at the period', () => {
    const ds = trendDataset();
    for (let m = 4; m <= 14; m++) {
      const p = m <= 12 ? `2020-${String(m).padStart(2, '0')}` : `2021-${String(m - 12).padStart(2, '0')}`;
      ds.monthly.push(month('a', p, { injectable: 40 }, 5, 5));
    }
    const trends = indicatorTrends({ dataset: ds, period: '2021-02' }, { lang: 'en' });
    expect(trends.months).toHaveLength(12);
    expect(trends.months[0]).toBe('2020-03');
    expect(trends.months[11]).toBe('2021-02');
  });

  it('adds a dashed target series only for an indicator with a target in the months’ years', () => {
    const ctx: ReportContext = { lang: 'en', targets: [cprTarget2020] };
    const chart = chartOf(ctx, { kampungId: 'a' });
    expect(chart.targetSeries).toEqual([4]);
    expect(chart.table.columns[4]?.title).toBe('CPR target');
    expect(chart.table.rows.map((r) => r[4])).toEqual([pct(60), pct(60), pct(60)]);
    // 55 of 60: achievement 91.67 %.
    expect(chart.description).toContain('2020 target 60.00 %, achievement 91.67 %');
    const other = chartOf({ lang: 'en', targets: [{ ...cprTarget2020, year: 2019 }] }, { kampungId: 'a' });
    expect(other.targetSeries).toBeUndefined();
    expect(other.table.columns).toHaveLength(4);
  });

  it('public: hides the month whose small count the kampung’s public report hides, and the city’s value', () => {
    const ctx: ReportContext = { lang: 'en', public: true };
    const trends = indicatorTrends({ dataset: trendDataset(), period: '2020-03' }, ctx);
    const a = indicatorTrendChart(trends, { kampungId: 'a' }, ctx);
    // February: IAT 2 + TIAL 1 = 3 < 5 → unmet need hidden; CPR and MKJP stay.
    expect(a?.table.rows[1]).toEqual(['February 2020', pct(50), pct(40), HIDDEN]);
    expect(a?.table.rows[0]?.[3]).toEqual(pct(20));
    expect(a?.description).toContain('Months hidden in the public report are not plotted.');
    const city = indicatorTrendChart(trends, { city: true }, ctx);
    expect(city?.table.rows[1]?.[3]).toEqual(HIDDEN);
    expect(city?.table.rows[2]?.[3]).toEqual(pct(17.5));
    // Same rows and columns as the non-public chart: only cells differ.
    const full = chartOf({ lang: 'en' }, { kampungId: 'a' });
    expect(a?.table.rows.map((r) => r.length)).toEqual(full.table.rows.map((r) => r.length));
  });

  it('serves many kampung from one computation', () => {
    const trends = indicatorTrends({ dataset: trendDataset(), period: '2020-03' }, { lang: 'en' });
    expect([...trends.units.keys()].sort()).toEqual(['a', 'b', 'city']);
    expect(indicatorTrendChart(trends, { kampungId: 'unknown' }, { lang: 'en' })).toBeUndefined();
  });

  it('has no chart without monthly data', () => {
    const ds = trendDataset();
    ds.monthly.length = 0;
    const trends = indicatorTrends({ dataset: ds, period: '2020-03' }, { lang: 'en' });
    expect(trends.months).toEqual([]);
    expect(indicatorTrendChart(trends, { city: true }, { lang: 'en' })).toBeUndefined();
  });
});
