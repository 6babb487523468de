import { computeKampungIndicators } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import { reportDataset } from './__fixtures__/dataset.js';
import { cityRecap } from './cityRecap.js';
import { monthlyKampungReport } from './monthlyKampungReport.js';
import { renderMarkdown } from './renderMarkdown.js';

/** The report fixture with k3's December report removed: k3 has no report for 2020-12. */
function withoutK3December() {
  const ds = reportDataset();
  ds.monthly = ds.monthly.filter((m) => !(m.kampungId === 'k3' && m.period === '2020-12'));
  return ds;
}

describe('a kampung without a monthly report in the reports', () => {
  const ds = withoutK3December();
  const results = computeKampungIndicators(ds, '2020-12');

  it('is counted as "no report" in the city recap, not as Dasar', () => {
    const en = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en' }));
    expect(en).toContain(
      [
        '| Level | Count |',
        '| --- | ---: |',
        '| Basic | 1 |',
        '| Developing | 1 |',
        '| Self-reliant | 0 |',
        '| Sustainable | 0 |',
        '| No report | 1 |',
        '| **Total** | **3** |',
      ].join('\n'),
    );
    const id = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'id' }));
    expect(id).toContain('| Tidak ada laporan | 1 |');
  });

  it('says "no report" in its row of the city recap', () => {
    const en = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en' }));
    const row = en
      .split('\n')
      .find((l) => l.includes(results.find((r) => r.kampungId === 'k3')?.name ?? '?'));
    expect(row).toMatch(/\| No report \|$/);
  });

  it('says "tidak ada laporan" as the level of its monthly report', () => {
    const k3 = results.find((r) => r.kampungId === 'k3');
    if (!k3) throw new Error('no k3');
    const md = renderMarkdown(monthlyKampungReport({ dataset: ds, result: k3 }, { lang: 'id' }));
    expect(md).toContain('Tidak ada laporan');
    expect(md).not.toMatch(/Tingkat[^\n]*Dasar/);
  });

  it('leaves the level table as it was when every kampung reported', () => {
    const full = reportDataset();
    const md = renderMarkdown(
      cityRecap({ results: computeKampungIndicators(full, '2020-12'), dataset: full }, { lang: 'en' }),
    );
    expect(md).not.toContain('No report');
  });
});
