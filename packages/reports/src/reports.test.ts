import { computeKampungIndicators } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import { reportDataset } from './__fixtures__/dataset.js';
import { cityRecap } from './cityRecap.js';
import { monthLabel } from './monthLabel.js';
import { monthlyKampungReport } from './monthlyKampungReport.js';
import { escapeHtml, renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';
import { suppressCount, suppressPercent } from './suppressSmallCells.js';

const ds = reportDataset();
const results = computeKampungIndicators(ds, '2020-12');
const previous = computeKampungIndicators(ds, '2020-11');
const programme = {
  name: { id: 'Program Uji', en: 'Test programme' },
  city: { code: '63.71', name: 'Kota Banjarmasin' },
  synthetic: true,
};

describe('city recap', () => {
  it('counts kampung per level and pools the city CPR from summed numerators and denominators', () => {
    const md = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en', programme }));
    expect(md).toContain('# Kampung KB city recap: Kota Banjarmasin');
    expect(md).toContain('> **SYNTHETIC DATA');
    expect(md).toContain('| **Total** | **2** |');
    // City CPR = (110 + 87) / (200 + 100) = 65.67 %, not the mean of 55 % and 87 % (71 %).
    expect(md).toMatch(/\| \*\*City \(pooled\)\*\* \| \*\*\*\* \| \*\*\*\* \| \*\*65\.7 %\*\* \|/);
  });
  it('writes numbers the Indonesian way in id and the English way in en', () => {
    const id = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'id' }));
    const en = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en' }));
    // k1 MKJP share 32/110 = 29.09 %, shown to one decimal.
    expect(id).toContain('| Kampung KB Sungai Andai | Sungai Andai | Banjarmasin Utara | 55 % | 29,1 % |');
    expect(en).toContain('| Kampung KB Sungai Andai | Sungai Andai | Banjarmasin Utara | 55 % | 29.1 % |');
  });
});

describe('monthly kampung report', () => {
  const k1 = results.find((r) => r.kampungId === 'k1')!;
  const k1prev = previous.find((r) => r.kampungId === 'k1')!;
  it('shows last month, only this month’s interventions and the classification explained', () => {
    const md = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: k1, previous: k1prev }, { lang: 'id' }),
    );
    // November: users 108 / 200 = 54 %.
    expect(md).toContain('| CPR (peserta KB aktif per PUS) | 55 % | 110 | 200 | 54 % |  |');
    expect(md).toContain('Akta kelahiran gratis');
    expect(md).not.toContain('Jamban sehat');
    expect(md).toContain('CPR 55 % (> 50) → skor 4');
  });
  it('suppresses small cells in a public report', () => {
    const md = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: k1 }, { lang: 'en', public: true }),
    );
    // MOW users 2 and condom 8: 2 is a small cell below the default threshold 5.
    expect(md).toContain('| Female sterilisation (MOW) | ✓ | <5 | <5 |');
    expect(md).toContain('| Condom |  | 8 | 7.3 % |');
    expect(md).toContain('counts from 1 to 4 are shown as "<5"');
  });
});

describe('rendering', () => {
  it('escapes HTML everywhere and needs no external asset', () => {
    const html = renderHtml(cityRecap({ results, dataset: ds }, { lang: 'en' }));
    expect(html).toContain('Kampung &lt;Uji&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<Uji>');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).not.toContain('<script');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('suppresses 1..threshold-1 but not zero', () => {
    expect(suppressCount(0, 5)).toBe(0);
    expect(suppressCount(4, 5)).toEqual({ kind: 'suppressed', below: 5 });
    expect(suppressCount(5, 5)).toBe(5);
    expect(suppressPercent(12.5, 1, 5)).toEqual({ kind: 'suppressed', below: 5 });
    expect(suppressPercent(null, 0, 5)).toEqual({ kind: 'percent', value: null });
  });
  it('writes months in both languages', () => {
    expect(monthLabel('2020-12', 'id')).toBe('Desember 2020');
    expect(monthLabel('2020-02', 'en')).toBe('February 2020');
  });
});
