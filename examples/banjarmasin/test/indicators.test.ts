import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@kampung-kb/cli';
import { readDataDir } from '@kampung-kb/kit';
import { describe, expect, it } from 'vitest';

// `kkb indicators` on the example's data: pooled indicators per kecamatan and for the city through the
// indicator engine, and the next-level changes of a Berkembang kampung.
const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), cwd: process.cwd() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Result {
  readonly indicatorId: string;
  readonly orgUnit: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
}

// Hand check from data/monthly.csv and data/population.csv, December 2020. Banjarmasin Utara (63.71.04):
// users of the seven portal methods sungai-andai 189, alalak-tengah 742, alalak-selatan 165, kuin-utara 792,
// sungai-jingah 187 = 2,075; PUS (snapshots in force) 286 + 1,546 + 264 + 1,494 (2020-07) + 467 = 4,057.
// CPR pooled = 2,075 / 4,057 × 100 = 51.146… → 51.15 % (not the mean of the five kampung CPRs).
// The city: 12,985 users / 25,508 PUS = 50.9056… → 50.91 %.
const UTARA = { numerator: 2075, denominator: 4057, value: 51.15 };
const CITY = { numerator: 12985, denominator: 25508, value: 50.91 };

describe('kkb indicators --level kecamatan|kota (indicator engine)', () => {
  for (const period of ['2020-12', '2020Q4']) {
    it(`pools CPR as sum of users over sum of PUS, ${period}`, async () => {
      // CPR's elements are stocks (the last month of the period), so 2020Q4 gives December's value.
      const kec = await run(['indicators', DATA, '--level', 'kecamatan', '--period', period, '--json']);
      expect(kec.code).toBe(0);
      const kecDoc = JSON.parse(kec.out) as { period: string; level: string; results: Result[] };
      expect(kecDoc.level).toBe('kecamatan');
      const utara = kecDoc.results.find((r) => r.indicatorId === 'cpr-portal' && r.orgUnit === '63.71.04');
      expect(utara).toMatchObject(UTARA);
      const kota = await run(['indicators', DATA, '--level', 'kota', '--period', period, '--json']);
      const city = (JSON.parse(kota.out) as { results: Result[] }).results.find(
        (r) => r.indicatorId === 'cpr-portal' && r.orgUnit === '63.71',
      );
      expect(city).toMatchObject(CITY);
      const csv = await run(['indicators', DATA, '--level', 'kota', '--period', period, '--csv']);
      expect(csv.code).toBe(0);
      expect(csv.out.split('\n')[0]).toContain('indicatorId');
    });
  }
});

describe('kkb indicators --explain', () => {
  it('names the next-level changes of a Berkembang kampung (Alalak Tengah)', async () => {
    const r = await run(['indicators', DATA, '--period', '2020-12', '--explain', '--lang', 'id']);
    expect(r.code).toBe(0);
    const block = r.out.split('\n\n').find((b) => b.includes('(alalak-tengah)')) ?? '';
    // Output 2.25 = (2 + 3 + 2 + 2) / 4: 3 more points to 12 / 4 = 3, on two sub-indicators.
    expect(block).toContain('Berkembang — input 3,2, proses 3, output 2,25');
    expect(block).toContain('Naik tingkat: Berkembang → Berkelanjutan: 2 subindikator, +3 poin skor');
    expect(block).toContain('- Partisipasi poktan dari 14 % ke ≥ 31 % (skor 2 → 4)');
    expect(block).toContain('- CPR dari 48 % ke ≥ 51 % (skor 3 → 4)');
  });
});

describe('kkb indicators --targets', () => {
  it('compares the city and each kecamatan with the city target, pro-rated to the period', async () => {
    const targets = join(DATA, '..', 'targets.json');
    const r = await run([
      'indicators',
      DATA,
      '--level',
      'kota',
      '--period',
      '202012',
      '--targets',
      targets,
      '--indicator',
      'cpr-portal',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const city = (
      JSON.parse(r.out) as {
        results: (Result & { target?: { value: number; achievement: number; onTrack: boolean } })[];
      }
    ).results[0];
    // 12,985 / 25,508 = 50.91 % against a 55 % target: achievement 50.9056… / 55 × 100 = 92.556… → 92.56 %,
    // not on track.
    expect(city?.target).toMatchObject({ value: 55, achievement: 92.56, onTrack: false });
    const text = await run([
      'indicators',
      DATA,
      '--level',
      'kecamatan',
      '--period',
      '2020Q4',
      '--targets',
      targets,
      '--indicator',
      'cpr-portal',
      '--lang',
      'en',
    ]);
    expect(text.out).toMatch(
      /Banjarmasin Timur\s+Portal CPR \(7 methods\)\s+61\.53\s+2,044\s+3,322\s+55\s+111\.87\s+yes/,
    );
    const bad = await run(['indicators', DATA, '--level', 'kota', '--targets', join(DATA, 'programme.json')]);
    expect(bad.code).toBe(2);
  });
});

describe('kkb indicators: urun rembug proposals and budgets by source (year 2020)', () => {
  it('counts proposals raised and addressed in 2020 and sums the budget per source and per family', async () => {
    // Expected values counted straight from the records, independently of the indicator engine.
    const { dataset } = await readDataDir(DATA);
    const in2020 = (d: string | undefined) => d?.startsWith('2020-') === true;
    const raised = dataset.proposals.filter((p) => in2020(p.raisedOn)).length;
    const addressed = dataset.proposals.filter(
      (p) => p.status === 'addressed' && in2020(p.addressedOn),
    ).length;
    const bySource = new Map<string, number>();
    for (const b of dataset.budgets.filter((l) => l.year === 2020))
      bySource.set(b.fundingSource, (bySource.get(b.fundingSource) ?? 0) + b.amount);
    const total = [...bySource.values()].reduce((s, v) => s + v, 0);
    // Families of the population snapshot in force at the end of 2020, summed over the kampung.
    const latest = new Map<string, { period: string; families: number }>();
    for (const p of dataset.population) {
      const seen = latest.get(p.kampungId);
      if (!seen || p.period > seen.period)
        latest.set(p.kampungId, { period: p.period, families: p.families });
    }
    const families = [...latest.values()].reduce((s, v) => s + v.families, 0);
    expect(raised).toBeGreaterThan(0);
    expect(addressed).toBeGreaterThan(0);
    expect(bySource.size).toBeGreaterThanOrEqual(4);

    const r = await run([
      'indicators',
      DATA,
      '--level',
      'kota',
      '--period',
      '2020',
      '--indicator',
      'proposals-raised',
      '--indicator',
      'proposals-addressed',
      '--indicator',
      'proposals-addressed-share',
      '--indicator',
      'budget',
      '--indicator',
      'budget-by-source',
      '--indicator',
      'budget-per-family',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const got = new Map(
      (JSON.parse(r.out) as { results: Result[] }).results.map((x) => [x.indicatorId, x] as const),
    );
    expect(got.get('proposals-raised')).toMatchObject({ value: raised });
    expect(got.get('proposals-addressed')).toMatchObject({ value: addressed });
    expect(got.get('proposals-addressed-share')).toMatchObject({
      numerator: addressed,
      denominator: raised,
      value: Math.round((addressed / raised) * 10_000) / 100,
    });
    expect(got.get('budget')).toMatchObject({ value: total });
    for (const [source, amount] of bySource)
      expect(got.get(`budget-by-source.${source}`), source).toMatchObject({ value: amount });
    // Kota Banjarmasin is a city: no Dana Desa line, so no value rather than a made-up zero.
    expect(got.get('budget-by-source.danaDesa')?.value ?? null).toBeNull();
    expect(got.get('budget-per-family')).toMatchObject({
      numerator: total,
      denominator: families,
      value: Math.round(total / families),
    });
  });
});

/** `num / den × 100` to `decimals` decimals in exact integer arithmetic, a tie going `half` ('away' or 'even'). */
function exactPercent(num: number, den: number, decimals: number, half: 'away' | 'even'): number {
  const scaled = num * 100 * 10 ** decimals;
  const q = Math.floor(scaled / den);
  const twice = 2 * (scaled - q * den);
  const up = twice > den || (twice === den && (half === 'away' || q % 2 === 1));
  return (up ? q + 1 : q) / 10 ** decimals;
}

describe('kkb indicators: rounding ties at the catalogue decimals', () => {
  // Two ratios of the example data lie exactly halfway at the catalogue's last decimal, so a rounding mode
  // other than the catalogue's half away from zero changes the published figure. Worked by hand from
  // data/monthly.csv and data/population.csv:
  // - Seberang Mesjid, April 2020: 7 MOW users of 224 users = 3.125 % (method mix, 2 decimals) → 3.13;
  //   half to even gives 3.12;
  // - Pelambuan, September 2020: 1,332 users of 2,368 PUS = 56.25 % (CPR of all methods, 1 decimal) → 56.3;
  //   half to even gives 56.2. (`Math.round` of the scaled value agrees on both: it differs only below zero.)
  const TIES = [
    {
      kampung: 'seberang-mesjid',
      month: '2020-04',
      indicator: 'method-mix',
      id: 'method-mix.mow',
      decimals: 2,
      num: 7,
      den: 224,
      away: 3.13,
      even: 3.12,
    },
    {
      kampung: 'pelambuan',
      month: '2020-09',
      indicator: 'cpr-all',
      id: 'cpr-all',
      decimals: 1,
      num: 1332,
      den: 2368,
      away: 56.3,
      even: 56.2,
    },
  ] as const;

  it('the data hold the two ties: counted from the records, exactly halfway', async () => {
    const { dataset } = await readDataDir(DATA);
    const report = (kampung: string, month: string) =>
      dataset.monthly.find((m) => m.kampungId === kampung && m.period === month);
    const usersOf = (r: ReturnType<typeof report>) =>
      Object.values(r?.users ?? {}).reduce((s, v) => s + (v ?? 0), 0);
    const mesjid = report('seberang-mesjid', '2020-04');
    expect([mesjid?.users.mow, usersOf(mesjid)]).toEqual([7, 224]);
    const pelambuan = report('pelambuan', '2020-09');
    const pus = dataset.population
      .filter((p) => p.kampungId === 'pelambuan' && p.period <= '2020-09')
      .sort((a, b) => (a.period < b.period ? 1 : -1))[0]?.pus;
    expect([usersOf(pelambuan), pus]).toEqual([1332, 2368]);
    for (const t of TIES) {
      // Exactly halfway between two values at the catalogue's decimals: twice the scaled percentage is odd.
      const twice = (2 * t.num * 100 * 10 ** t.decimals) / t.den;
      expect(Number.isInteger(twice) && twice % 2 === 1, t.id).toBe(true);
      expect(exactPercent(t.num, t.den, t.decimals, 'away')).toBe(t.away);
      expect(exactPercent(t.num, t.den, t.decimals, 'even')).toBe(t.even);
    }
  });

  for (const t of TIES) {
    it(`rounds ${t.id} of ${t.kampung} (${t.month}) half away from zero: ${t.away}, not ${t.even}`, async () => {
      const r = await run([
        'indicators',
        DATA,
        '--level',
        'kampung',
        '--period',
        t.month.replace('-', ''),
        '--indicator',
        t.indicator,
        '--json',
      ]);
      expect(r.code).toBe(0);
      const got = (JSON.parse(r.out) as { results: Result[] }).results.find(
        (x) => x.indicatorId === t.id && x.orgUnit === t.kampung,
      );
      expect(got).toMatchObject({ numerator: t.num, denominator: t.den, value: t.away });
    });
  }
});
