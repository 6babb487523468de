import { computeKampungIndicators } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import { reportDataset } from './__fixtures__/dataset.js';
import { cityRecap } from './cityRecap.js';
import { renderMarkdown } from './renderMarkdown.js';
import type { ReportProgramme } from './reportContext.js';
import type { ReportTable } from './reportDocument.js';

const ds = reportDataset();
const results = computeKampungIndicators(ds, '2020-12');
const programme: ReportProgramme = {
  name: { id: 'Program Kampung KB', en: 'Kampung KB programme' },
  city: { code: '63.71', name: 'Kota Banjarmasin' },
  synthetic: true,
};

function kampungTable(doc: ReturnType<typeof cityRecap>): ReportTable {
  const b = doc.sections[1]?.blocks[0];
  if (b?.kind !== 'table') throw new Error('no kampung table');
  return b;
}

describe('cityRecap', () => {
  it('counts the kampung at each level (k1 Berkembang, k2 and k3 Dasar)', () => {
    const md = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en' }));
    expect(md).toContain(
      [
        '| Level | Count |',
        '| --- | ---: |',
        '| Basic | 2 |',
        '| Developing | 1 |',
        '| Self-reliant | 0 |',
        '| Sustainable | 0 |',
        '| **Total** | **3** |',
      ].join('\n'),
    );
  });

  it('pools the city row from summed numerators and denominators, not the mean of percentages', () => {
    const md = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en' }));
    // CPR (87 + 87 + 60) / (200 + 100 + 110) = 234 / 410 = 57.07 % (the mean of the three would be 61.7 %);
    // MKJP (32 + 44 + 20) / (87 + 87 + 60) = 96 / 234 = 41.03 %; unmet need (40 + 4 + 20) / 410 = 15.61 %.
    expect(md).toContain(
      '| **City (pooled)** |  |  | **57.07 %** | **41.03 %** | **15.61 %** |  |  |  |  |  |',
    );
    expect(md).not.toContain('61.7 %');
  });

  it('writes percentages the Indonesian way in id and the English way in en, rounded once', () => {
    const id = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'id' }));
    const en = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en' }));
    // k1: CPR 87/200 = 43.5 %, MKJP 32/87 = 36.78 %, poktan participation 18.13 %; indices 3.4, 3.67, 2.5.
    expect(id).toContain(
      '| Kampung KB Sungai Andai | Sungai Andai | Banjarmasin Utara | 43,50 % | 36,78 % | 20,00 % | 18,13 % | 3,4 | 3,67 | 2,5 | Berkembang |',
    );
    expect(en).toContain(
      '| Kampung KB Sungai Andai | Sungai Andai | Banjarmasin Utara | 43.50 % | 36.78 % | 20.00 % | 18.13 % | 3.4 | 3.67 | 2.5 | Developing |',
    );
    // k3: CPR 60/110 = 54.5454… %: 54.55 (two decimals, the catalogue's), MKJP 20/60 = 33.33 %, unmet 20/110 = 18.18 %.
    expect(id).toContain(
      '| Kampung KB Alalak | Alalak Utara | Banjarmasin Utara | 54,55 % | 33,33 % | 18,18 % |',
    );
    expect(id).not.toContain('54,6');
  });

  it('sorts by kecamatan, then kampung name', () => {
    const names = kampungTable(cityRecap({ results, dataset: ds }, { lang: 'id' })).rows.map((r) => r[0]);
    expect(names).toEqual([`Kampung <Uji> & "Co" 'Baru'`, 'Kampung KB Alalak', 'Kampung KB Sungai Andai']);
  });

  it('hides a kampung’s percentages exactly as its own public report does, with the threshold in force', () => {
    const pub = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en', public: true }));
    // k2's unmet need is 4 / 100: the numerator 4 is below the default threshold 5, and so is the pooled
    // unmet need (with the other kampung's figures it would give k2's). k1's BKL participants are 3 of 70:
    // its poktan participation is hidden.
    expect(pub).toContain('| Banjarmasin Tengah | 87.00 % | 50.57 % | × | 21.47 % |');
    expect(pub).toContain('| Banjarmasin Utara | 43.50 % | 36.78 % | 20.00 % | × |');
    expect(pub).toContain('| **City (pooled)** |  |  | **57.07 %** | **41.03 %** | **×** |');
    expect(pub).toContain('counts from 1 to 4 are shown as "×"');
    const three = renderMarkdown(
      cityRecap(
        { results, dataset: ds },
        { lang: 'id', public: true, programme: { ...programme, publicReport: { smallCellThreshold: 3 } } },
      ),
    );
    expect(three).toContain('| Banjarmasin Tengah | 87,00 % | 50,57 % | 4,00 % | 21,47 % |');
    expect(three).toContain('jumlah 1 sampai 2 ditampilkan "×"');
    const internal = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en' }));
    expect(internal).toContain('| Banjarmasin Tengah | 87.00 % | 50.57 % | 4.00 % |');
    expect(internal).not.toContain('| × |');
  });

  it('hides every percentage of a kampung in a public recap given no monthly reports to reproduce its pattern', () => {
    const pub = renderMarkdown(cityRecap({ results }, { lang: 'en', public: true, regions: ds.regions }));
    expect(pub).toContain('| Banjarmasin Tengah | × | × | × | × |');
    expect(pub).toContain('| **City (pooled)** |  |  | **×** | **×** | **×** |');
  });

  it('says at the top when the data are synthetic, in both languages, and not otherwise', () => {
    const id = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'id', programme }));
    const en = renderMarkdown(cityRecap({ results, dataset: ds }, { lang: 'en', programme }));
    expect(id.split('\n').slice(0, 5)).toEqual([
      '# Rekapitulasi Kampung KB: Kota Banjarmasin',
      '',
      '_Program Kampung KB · Desember 2020_',
      '',
      '> **DATA SINTETIS: angka dalam laporan ini dibuat untuk contoh, bukan data resmi.**',
    ]);
    expect(en).toContain(
      '> **SYNTHETIC DATA: the figures in this report were generated for illustration and are not official data.**',
    );
    const real = cityRecap(
      { results, dataset: ds },
      { lang: 'id', programme: { ...programme, synthetic: false } },
    );
    expect(real.banner).toBeUndefined();
  });

  it('shows a kampung without a monthly report as missing and leaves it out of the pooled row', () => {
    const withGap = reportDataset();
    withGap.kampung.push({ ...withGap.kampung[2]!, id: 'k4', name: 'Kampung KB Tanpa Laporan' });
    const r = computeKampungIndicators(withGap, '2020-12');
    const md = renderMarkdown(cityRecap({ results: r, dataset: withGap }, { lang: 'en' }));
    expect(md).toContain(
      '| Kampung KB Tanpa Laporan | Alalak Utara | Banjarmasin Utara | — | — | — | — | 1 | 1 | 1 | No report |',
    );
    expect(md).toContain('| **City (pooled)** |  |  | **57.07 %** | **41.03 %** | **15.61 %** |');
    expect(md).toContain('| **Total** | **4** |');
  });

  it('has no pooled value when no kampung has a report', () => {
    const none = computeKampungIndicators(reportDataset(), '2019-06');
    const md = renderMarkdown(cityRecap({ results: none, dataset: ds }, { lang: 'en' }));
    expect(md).toContain('| **City (pooled)** |  |  | **—** | **—** | **—** |');
  });

  it('renders a small recap to Markdown', () => {
    // k1 and k3 only: CPR 147/310 = 47.42 %, MKJP 52/147 = 35.37 %, unmet need 60/310 = 19.35 %.
    const doc = cityRecap(
      { results: results.filter((r) => r.kampungId !== 'k2'), dataset: ds },
      { lang: 'id', programme, public: true, generatedOn: '2021-01-04' },
    );
    const md = renderMarkdown(doc);
    const lines = md.split('\n');
    // The sections, in order.
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Jumlah kampung per tingkat',
      '## Semua kampung',
      '## Tren 12 bulan kota',
    ]);
    // k1 Berkembang (input 3.4, process 3.67, output 2.5); k3 Dasar (no index reaches 3).
    expect(md).toContain(
      [
        '| Dasar | 1 |',
        '| Berkembang | 1 |',
        '| Mandiri | 0 |',
        '| Berkelanjutan | 0 |',
        '| **Jumlah** | **2** |',
      ].join('\n'),
    );
    expect(md).toContain('2 kampung: 1 Dasar, 1 Berkembang, 0 Mandiri, 0 Berkelanjutan.');
    // k3: CPR 60/110 = 54.5454… → 54,55; MKJP 20/60 = 33,33; unmet need 20/110 = 18,18; poktan
    // (10/80 + 10/90 + 10/70 + 10/160 + 10/150) × 100 / 5 = 10.1627… → 10,16. Indices: no profile and no
    // intervention give input 1 and process 1; output (4 + 4 + 1 + 2) / 4 = 2.75 from the portal's integer
    // percentages 55 (CPR), 33 (MKJP), 18 (unmet need) and poktan (13 + 11 + 14 + 6 + 7) / 5 = 10.2 → 10.
    expect(md).toContain(
      '| Kampung KB Alalak | Alalak Utara | Banjarmasin Utara | 54,55 % | 33,33 % | 18,18 % | 10,16 % | 1 | 1 | 2,75 | Dasar |',
    );
    // k1: CPR 87/200 = 43,50; MKJP 32/87 = 36,78; unmet need 40/200 = 20,00; poktan hidden (BKL 3 < 5).
    expect(md).toContain(
      '| Kampung KB Sungai Andai | Sungai Andai | Banjarmasin Utara | 43,50 % | 36,78 % | 20,00 % | × | 3,4 | 3,67 | 2,5 | Berkembang |',
    );
    // Pooled over k1 and k3: CPR 147/310 = 47,42; MKJP (32 + 20)/147 = 35,37; unmet need 60/310 = 19,35.
    expect(md).toContain(
      '| **Kota (gabungan)** |  |  | **47,42 %** | **35,37 %** | **19,35 %** |  |  |  |  |  |',
    );
    expect(md).toContain(
      'Indeks output tertinggi: Kampung KB Alalak (2,75); terendah: Kampung KB Sungai Andai (2,5); 2 kampung dengan laporan bulanan.',
    );
    // The city trend reads the whole data set: November has k1's report only, over the PUS of all three
    // kampung (410): CPR 84/410 = 20,49, MKJP 32/84 = 38,10, unmet need 40/410 = 9,76. December is the
    // pooled city of the first test: 57,07, 41,03 and unmet need hidden (k2's 4 would follow from it).
    expect(md).toContain('| November 2020 | 20,49 % | 38,10 % | 9,76 % |');
    expect(md).toContain('| Desember 2020 | 57,07 % | 41,03 % | × |');
    // 57.07 − 20.49 = +36.58 points; 41.03 − 38.10 = +2.93 points.
    expect(md).toContain(
      'CPR: 20,49 % (November 2020) menjadi 57,07 % (Desember 2020), perubahan +36,58 poin; MKJP: 38,10 % (November 2020) menjadi 41,03 % (Desember 2020), perubahan +2,93 poin; Unmet need: 9,76 % (November 2020).',
    );
    expect(md).toContain('_Program Kampung KB · Desember 2020_');
    expect(md).toContain('<sub>Laporan publik: jumlah 1 sampai 4 ditampilkan "×"');
    expect(lines.at(-2)).toBe('<sub>Dibuat dengan Kampung KB SDK · 2021-01-04</sub>');
  });
});
