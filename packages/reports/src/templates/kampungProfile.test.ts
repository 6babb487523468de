import {
  computeIndicators,
  computeKampungIndicators,
  defaultIndicatorCatalogue,
  type Target,
} from '@kampung-kb/indicators';
import type { Dataset, MonthlyReport } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { derivableCells, hiddenCells, shapeOf, tablesOf } from '../__fixtures__/profileChecks.js';
import { profileDataset } from '../__fixtures__/profileDataset.js';
import { renderMarkdown } from '../renderMarkdown.js';
import type { ReportContext } from '../reportContext.js';
import type { ReportChart, ReportDocument, ReportTable } from '../reportDocument.js';
import { kampungProfile } from './kampungProfile.js';

const ds = profileDataset();
const input = { dataset: ds, kampungId: 'p1', period: '2020-06' };
const en: ReportContext = { lang: 'en', regions: ds.regions };
const id: ReportContext = { lang: 'id', regions: ds.regions };
const cprTarget2020: Target = {
  indicatorId: 'cpr-portal',
  regionCode: '63.71',
  year: 2020,
  value: 60,
  direction: 'higherIsBetter',
  source: 'RPJMD Kota Banjarmasin',
};

function chart(doc: ReportDocument, chartId: string): ReportChart {
  const found = tablesOf(doc).find((t) => t.chart?.id === chartId)?.chart;
  if (!found) throw new Error(`no chart ${chartId}`);
  return found;
}

function table(doc: ReportDocument, tableId: string): ReportTable {
  const found = tablesOf(doc).find((t) => t.chart === undefined && t.id === tableId)?.table;
  if (!found) throw new Error(`no table ${tableId}`);
  return found;
}

const pct = (value: number | null, decimals = 2) =>
  value === null ? null : { kind: 'percent', value, decimals };
const HIDDEN = { kind: 'hidden' };

describe('kampungProfile: designation and institutions', () => {
  it('names the designation, the region and the profile month, in English and Indonesian', () => {
    const md = renderMarkdown(kampungProfile(input, en));
    expect(md).toContain('# Kampung KB profile: Kampung KB Sungai Andai');
    expect(md).toContain('- **Designated on:** 15 March 2020');
    expect(md).toContain('- **Village (kelurahan/desa):** Sungai Andai (63.71.04.1010)');
    expect(md).toContain('- **District (kecamatan):** Banjarmasin Utara');
    expect(md).toContain('- **Regency/city:** Kota Banjarmasin');
    expect(md).toContain('- **Area covered:** RT 02, 04');
    expect(md).toContain('- **Local brand:** Kampung Baiman');
    expect(md).toContain('From the kampung profile of January 2020 (the latest in force in June 2020).');
    expect(md).toContain('- **Pokja members:** 12');
    expect(md).toContain('- **Pokja members trained:** 3');
    expect(md).toContain(
      '- **Funding sources:** Regional budget (APBD), Village fund (Dana Desa), Companies (CSR)',
    );
    const mdId = renderMarkdown(kampungProfile(input, id));
    expect(mdId).toContain('# Profil Kampung KB: Kampung KB Sungai Andai');
    expect(mdId).toContain('- **Tanggal pencanangan:** 15 Maret 2020');
    expect(mdId).toContain('Dari profil kampung Januari 2020 (profil terakhir yang berlaku pada Juni 2020).');
    expect(mdId).toContain('- **Cakupan wilayah:** RT 02, 04');
  });

  it('hides a Pokja count from 1 to 4 in a public profile, and only that', () => {
    const md = renderMarkdown(kampungProfile(input, { ...en, public: true }));
    expect(md).toContain('- **Pokja members:** 12');
    expect(md).toContain('- **Pokja members trained:** ×');
  });

  it('counts the interventions and proposals up to the month (July’s intervention is left out)', () => {
    const md = renderMarkdown(kampungProfile(input, en));
    expect(md).toContain('- **Interventions up to June 2020:** 1');
    expect(md).toContain('- **Urun rembug proposals up to June 2020:** 1');
  });

  it('says when there is no profile, and returns a warning for an unknown kampung', () => {
    const md = renderMarkdown(kampungProfile({ ...input, kampungId: 'p2' }, en));
    expect(md).toContain('No kampung profile is in force in June 2020.');
    const unknown = kampungProfile({ ...input, kampungId: 'nowhere' }, en);
    expect(unknown.sections[0]?.blocks[0]).toEqual({
      kind: 'notice',
      tone: 'warning',
      text: 'Kampung "nowhere" is not in the data: no profile can be made.',
    });
    for (const bad of ['2020-13', '202006', 'June']) {
      const doc = kampungProfile({ ...input, period: bad }, id);
      expect(doc.sections[0]?.blocks[0]).toEqual({
        kind: 'notice',
        tone: 'warning',
        text: `Periode "${bad}" bukan bulan (YYYY-MM): profil tidak dapat disusun.`,
      });
    }
  });
});

describe('kampungProfile: population pyramid', () => {
  it('shows every band by sex with band, column and grand totals', () => {
    const doc = kampungProfile(input, en);
    const t = table(doc, 'population-by-age-sex');
    expect(t.rows).toHaveLength(16);
    // 70–74: 8 + 10 = 18; 75+: 3 + 6 = 9; men 513, women 521, 1,034 in all.
    expect(t.rows[14]).toEqual(['70-74 years', 8, 10, 18]);
    expect(t.rows[15]).toEqual(['75+ years', 3, 6, 9]);
    expect(t.footer).toEqual([['People', 513, 521, 1034]]);
    const c = chart(doc, 'population-pyramid');
    expect(c.mark).toBe('pyramid');
    expect(c.table.rows[15]).toEqual(['75+ years', 3, 6]);
    expect(c.description).toBe(
      'Population by five-year age band and sex: 513 men and 521 women, 1,034 in all.',
    );
    expect(renderMarkdown(kampungProfile(input, id))).toContain(
      '| **Jiwa** | **513** | **521** | **1.034** |',
    );
  });

  it('hides the 3 men aged 75+ and the complementary cells in public, with every total shown and nothing derivable', () => {
    const full = kampungProfile(input, en);
    for (const lang of ['en', 'id'] as const) {
      const pub = kampungProfile(input, { lang, regions: ds.regions, public: true });
      const t = table(pub, 'population-by-age-sex');
      // Men 75+ (3) is the primary cell; women 75+ (6, the smallest in its band's sum), men 70–74 (8, the
      // smallest man left) and women 70–74 (10, in both open sums) are hidden so that none can be worked out.
      expect(hiddenCells(t)).toEqual(['14:1', '14:2', '15:1', '15:2']);
      expect(t.rows[14]?.[3]).toBe(18);
      expect(t.rows[15]?.[3]).toBe(9);
      expect(t.footer?.[0]?.slice(1)).toEqual([513, 521, 1034]);
      // The reader's system: m75 + f75 = 9, m70 + f70 = 18, m70 + m75 = 11, f70 + f75 = 16, each ≥ 1:
      // m75 can be anything from 1 to 8.
      expect(derivableCells(table(full, 'population-by-age-sex'), t)).toEqual([]);
      const c = chart(pub, 'population-pyramid');
      expect(c.table.rows[15]).toEqual([lang === 'en' ? '75+ years' : '75+ tahun', HIDDEN, HIDDEN]);
      expect(c.table.rows[14]?.slice(1)).toEqual([HIDDEN, HIDDEN]);
    }
    // Without the complementary cells the small one would follow from the band total: 9 − 6 = 3.
    const primaryOnly: ReportTable = {
      ...table(full, 'population-by-age-sex'),
      rows: table(full, 'population-by-age-sex').rows.map((r, i) =>
        i === 15 ? [r[0], HIDDEN, r[2], r[3]] : r,
      ),
    } as ReportTable;
    expect(derivableCells(table(full, 'population-by-age-sex'), primaryOnly)).toEqual(['15:1']);
  });

  it('has exactly the structure of the full profile in public', () => {
    for (const lang of ['en', 'id'] as const) {
      const ctx = { lang, regions: ds.regions, targets: [cprTarget2020] };
      expect(shapeOf(kampungProfile(input, { ...ctx, public: true }))).toEqual(
        shapeOf(kampungProfile(input, ctx)),
      );
    }
  });
});

describe('kampungProfile: trends since designation', () => {
  const catalogue = defaultIndicatorCatalogue.filter((d) =>
    ['cpr-portal', 'mkjp-share', 'unmet-need'].includes(d.id),
  );
  const months = ['2020-03', '2020-04', '2020-05', '2020-06'];

  it('shows the engine’s monthly values from the designation month (March) to June, with 2 decimals', () => {
    const doc = kampungProfile(input, en);
    const engine = computeIndicators(ds, { indicators: catalogue, level: 'kampung', periods: months }).filter(
      (r) => r.orgUnit === 'p1',
    );
    for (const indicatorId of ['cpr-portal', 'mkjp-share', 'unmet-need']) {
      const c = chart(doc, `trend-${indicatorId}`);
      expect(c.mark).toBe('line');
      expect(c.table.rows.map((r) => r[0])).toEqual(['March 2020', 'April 2020', 'May 2020', 'June 2020']);
      const expected = months.map((m) =>
        pct(
          engine.find((r) => r.indicatorId === indicatorId && r.period === m.replace('-', ''))?.value ?? null,
        ),
      );
      expect(c.table.rows.map((r) => r[1])).toEqual(expected);
    }
    // Worked: CPR 110/200, 112/200, 116/200, 120/200; MKJP 40/110 = 36.36 … 40/120 = 33.33.
    expect(chart(doc, 'trend-cpr-portal').table.rows.map((r) => r[1])).toEqual([
      pct(55),
      pct(56),
      pct(58),
      pct(60),
    ]);
    expect(chart(doc, 'trend-mkjp-share').table.rows.map((r) => r[1])).toEqual([
      pct(36.36),
      pct(35.71),
      pct(34.48),
      pct(33.33),
    ]);
    expect(renderMarkdown(doc)).toContain('Monthly values from March 2020 to June 2020');
    expect(renderMarkdown(kampungProfile(input, id))).toContain('| Mei 2020 | 1,50 % |');
  });

  it('draws a dashed target only where ctx.targets has one for the kampung’s city and year', () => {
    const doc = kampungProfile(input, { ...en, targets: [cprTarget2020] });
    const cpr = chart(doc, 'trend-cpr-portal');
    expect(cpr.targetSeries).toEqual([2]);
    expect(cpr.table.columns.map((c) => c.title)).toEqual(['Month', 'Kampung', 'Target']);
    expect(cpr.table.rows.map((r) => r[2])).toEqual([pct(60), pct(60), pct(60), pct(60)]);
    expect(cpr.description).toContain('The target (RPJMD Kota Banjarmasin) is drawn dashed.');
    const mkjp = chart(doc, 'trend-mkjp-share');
    expect(mkjp.targetSeries).toBeUndefined();
    expect(mkjp.table.columns).toHaveLength(2);
    // A target of another year or another city does not apply.
    for (const other of [
      { ...cprTarget2020, year: 2019 },
      { ...cprTarget2020, regionCode: '63.72' },
    ]) {
      const c = chart(kampungProfile(input, { ...en, targets: [other] }), 'trend-cpr-portal');
      expect(c.targetSeries).toBeUndefined();
      expect(c.table.columns).toHaveLength(2);
    }
  });

  it('hides May’s unmet need in public (May’s own report hides IAT + TIAL = 3), and only that', () => {
    const pub = kampungProfile(input, { ...en, public: true });
    expect(chart(pub, 'trend-unmet-need').table.rows.map((r) => r[1])).toEqual([
      pct(13),
      pct(12),
      HIDDEN,
      pct(10),
    ]);
    expect(chart(pub, 'trend-cpr-portal').table.rows.map((r) => r[1])).toEqual([
      pct(55),
      pct(56),
      pct(58),
      pct(60),
    ]);
    expect(chart(pub, 'trend-unmet-need').description).not.toContain('1.50');
  });

  it('shows one point a year (the report’s month) when the span is longer than 24 months', () => {
    // p1 designated in 2017, reports every month from January 2018 to June 2020 (30 months): the trend
    // starts with the first report.
    const long: Dataset = {
      ...ds,
      kampung: ds.kampung.map((k) => (k.id === 'p1' ? { ...k, designationDate: '2017-05-02' } : k)),
      // The same population from January 2018 (PUS 200).
      population: [
        ...ds.population,
        ...ds.population.filter((p) => p.kampungId === 'p1').map((p) => ({ ...p, period: '2018-01' })),
      ],
      monthly: [
        ...ds.monthly.filter((m) => m.kampungId !== 'p1'),
        ...Array.from({ length: 30 }, (_, i): MonthlyReport => {
          const period = `${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
          return {
            kampungId: 'p1',
            period,
            users: { iud: 20, mow: 10, mop: 0, implant: 10, injectable: 40 + i, pill: 20, condom: 10 },
            nonUsers: { pregnant: 20, ias: 40 - i, iat: 20, tial: 10 },
            poktanParticipants: { bkb: 30, bkr: 30, bkl: 25, uppka: 40, pikr: 50 },
            jknHolders: 500,
          };
        }),
      ],
    };
    const doc = kampungProfile({ dataset: long, kampungId: 'p1', period: '2020-06' }, en);
    const c = chart(doc, 'trend-cpr-portal');
    expect(c.table.rows.map((r) => r[0])).toEqual(['June 2018', 'June 2019', 'June 2020']);
    // June 2018 is i = 5: 110 + 5 = 115 users of 200 PUS; June 2019 127; June 2020 139.
    expect(c.table.rows.map((r) => r[1])).toEqual([pct(57.5), pct(63.5), pct(69.5)]);
    const engine = computeIndicators(long, {
      indicators: catalogue,
      level: 'kampung',
      periods: ['2018-06', '2019-06', '2020-06'],
    }).filter((r) => r.orgUnit === 'p1' && r.indicatorId === 'cpr-portal');
    expect(engine.map((r) => pct(r.value))).toEqual(c.table.rows.map((r) => r[1]));
    expect(renderMarkdown(doc)).toContain('More than 24 months: one value per year, the month of June');
  });
});

describe('kampungProfile: before and after designation', () => {
  it('compares the monthly means before March 2020 (January, February) with March to June', () => {
    const doc = kampungProfile(input, en);
    // CPR (50 + 52) / 2 = 51 → (55 + 56 + 58 + 60) / 4 = 57.25; MKJP (40 + 38.46) / 2 = 39.23 →
    // (36.36 + 35.71 + 34.48 + 33.33) / 4 = 34.97; unmet need (15 + 14) / 2 = 14.5 → (13 + 12 + 1.5 + 10) / 4 = 9.13.
    expect(table(doc, 'before-after-designation').rows).toEqual([
      ['Portal CPR (7 methods)', pct(51), 2, pct(57.25), 4, pct(6.25)],
      ['MKJP share of users', pct(39.23), 2, pct(34.97), 4, pct(-4.26)],
      ['Unmet need (IAT + TIAL)', pct(14.5), 2, pct(9.13), 4, pct(-5.37)],
    ]);
    const c = chart(doc, 'before-after-chart');
    expect(c.mark).toBe('bar');
    expect(c.table.rows[0]).toEqual(['Portal CPR (7 methods)', pct(51), pct(57.25)]);
    expect(renderMarkdown(kampungProfile(input, id))).toContain(
      '| Kesertaan MKJP | 39,23 % | 2 | 34,97 % | 4 | -4,26 % |',
    );
  });

  it('hides the unmet-need mean after designation in public (May is hidden) and the change with it', () => {
    const pub = kampungProfile(input, { ...en, public: true });
    expect(table(pub, 'before-after-designation').rows[2]).toEqual([
      'Unmet need (IAT + TIAL)',
      pct(14.5),
      2,
      HIDDEN,
      4,
      HIDDEN,
    ]);
    expect(chart(pub, 'before-after-chart').table.rows[2]).toEqual([
      'Unmet need (IAT + TIAL)',
      pct(14.5),
      HIDDEN,
    ]);
    expect(chart(pub, 'before-after-chart').description).not.toContain('9.13');
  });
});

describe('kampungProfile: classification', () => {
  it('shows the month’s level and indices as computeKampungIndicators gives them', () => {
    const [r] = computeKampungIndicators(ds, '2020-06').filter((x) => x.kampungId === 'p1');
    const doc = kampungProfile(input, en);
    const section = doc.sections.find((s) => s.title === 'Classification, June 2020');
    expect(section?.blocks[0]).toEqual({
      kind: 'facts',
      items: [
        { term: 'Level', value: { kind: 'level', level: 'berkelanjutan', label: r?.outcome.label.en } },
        { term: 'Input index', value: 3.2 },
        { term: 'Process index', value: 3.33 },
        { term: 'Output index', value: 3.5 },
      ],
    });
    expect(r?.classification.indices).toEqual({ input: 3.2, process: 3.33, output: 3.5 });
  });
});
