import { computeKampungIndicators, type KampungIndicators } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import { reportDataset, reportIssues } from './__fixtures__/dataset.js';
import { monthlyKampungReport } from './monthlyKampungReport.js';
import { renderMarkdown } from './renderMarkdown.js';
import type { ReportProgramme } from './reportContext.js';

const ds = reportDataset();
const dec = computeKampungIndicators(ds, '2020-12');
const nov = computeKampungIndicators(ds, '2020-11');
const of = (rs: KampungIndicators[], id: string) => {
  const r = rs.find((x) => x.kampungId === id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
};
const k1 = of(dec, 'k1');
const k1nov = of(nov, 'k1');
const programme: ReportProgramme = {
  name: { id: 'Program Kampung KB', en: 'Kampung KB programme' },
  city: { code: '63.71', name: 'Kota Banjarmasin' },
};

describe('monthlyKampungReport', () => {
  it('shows the key indicators with last month’s values in a column named after that month', () => {
    const md = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: k1, previous: k1nov }, { lang: 'id' }),
    );
    // December CPR 87/200 = 43.5 %; November 84/200 = 42 %. MKJP 32/87 = 36.78 %, in November 32/84 = 38.1 %.
    expect(md).toContain(
      [
        '| Indikator | Nilai | Pembilang | Penyebut | Bulan lalu (November 2020) | Keterangan |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        '| CPR (peserta KB aktif per PUS) | 43,50 % | 87 | 200 | 42,00 % |  |',
        '| Kesertaan MKJP | 36,78 % | 32 | 87 | 38,10 % |  |',
        '| Unmet need (IAT + TIAL per PUS) | 20,00 % | 40 | 200 | 20,00 % |  |',
        '| Partisipasi poktan | 18,13 % |  |  | 18,13 % |  |',
      ].join('\n'),
    );
    const en = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: k1, previous: k1nov }, { lang: 'en' }),
    );
    expect(en).toContain('| CPR (active users per PUS) | 43.50 % | 87 | 200 | 42.00 % |  |');
    expect(en).toContain('| Previous month (November 2020) |');
  });

  it('has no previous-month column without a previous result, or with another kampung’s', () => {
    for (const previous of [undefined, of(nov, 'k3')]) {
      const doc = monthlyKampungReport(
        { dataset: ds, result: k1, ...(previous ? { previous } : {}) },
        { lang: 'en' },
      );
      const md = renderMarkdown(doc);
      expect(md).toContain('| Indicator | Value | Numerator | Denominator | Note |');
      expect(md).toContain('| CPR (active users per PUS) | 43.50 % | 87 | 200 |  |');
    }
  });

  it('lists users by method with their share of all users, and the non-users by reason', () => {
    const md = renderMarkdown(monthlyKampungReport({ dataset: ds, result: k1 }, { lang: 'en' }));
    // Injectable 35/87 = 40.23 %, MOW 2/87 = 2.30 %; 87 users + 113 non-users = 200 PUS.
    expect(md).toContain('| Injectable |  | 35 | 40.23 % |');
    expect(md).toContain('| Female sterilisation (MOW) | ✓ | 2 | 2.30 % |');
    expect(md).toContain('| **Total** |  | **87** |  |');
    expect(md).toContain('| Wants no more children (TIAL) | 15 |');
  });

  it('hides small counts, the complementary counts that would give them away, and what is built on them', () => {
    const md = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: k1, previous: k1nov }, { lang: 'en', public: true }),
    );
    // MOW users 2 and BKL participants 3 are below the default threshold 5. MOW = 87 − 85 from the total
    // and 32 − 30 from the MKJP numerator: IUD (10), in both sums, is hidden too; condom users 8 are not.
    expect(md).toContain('| Female sterilisation (MOW) | ✓ | × | × |');
    expect(md).toContain('| IUD | ✓ | × | × |');
    expect(md).toContain('| Condom |  | 8 | 9.20 % |');
    expect(md).toContain('| **Total** |  | **87** |  |');
    expect(md).toContain('| MKJP share of users | 36.78 % | 32 | 87 | 38.10 % |  |');
    // BKL 3 of 70: its percentage, poktan participation (this month and last) and its explanation go too.
    expect(md).toContain('| Elderly family development (BKL) | × | 70 | × |');
    expect(md).toContain('| Poktan participation | × |  |  | × |  |');
    expect(md).toContain(
      '| Output index | Poktan participation | 2/4 | Poktan participation: hidden (public report) (10–20) → score 2 |',
    );
    expect(md).toContain('Public report: counts from 1 to 4 are shown as "×", and so are other figures');
    expect(md).not.toMatch(/\| (2|3|10) \||18,1|18\.1/);
  });

  it('hides last month’s value by last month’s own pattern (programme threshold 40)', () => {
    const md = renderMarkdown(
      monthlyKampungReport(
        { dataset: ds, result: k1, previous: k1nov },
        { lang: 'en', public: true, programme: { ...programme, publicReport: { smallCellThreshold: 40 } } },
      ),
    );
    // MKJP users 32 in both months are below 40; CPR 87 and unmet need 40 (not below 40) stay.
    expect(md).toContain('| MKJP share of users | × | × | 87 | × |  |');
    expect(md).toContain('| CPR (active users per PUS) | 43.50 % | 87 | 200 | 42.00 % |  |');
    expect(md).toContain('| Unmet need (IAT + TIAL per PUS) | 20.00 % | 40 | 200 | 20.00 % |  |');
    // IAS 33, IAT 25, TIAL 15 are small; IAT + TIAL = 40 and PUS 200 = 87 + 40 + IAS + pregnant would give
    // IAS = 33: pregnant (40) is hidden as well.
    expect(md).toContain('| Pregnant | × |');
    expect(md).toContain('| Wants a child soon (IAS) | × |');
  });

  it('explains a classification score without the percentage when its count is hidden (PUS 12, users 3)', () => {
    const small = reportDataset();
    const pop = small.population.find((p) => p.kampungId === 'k3');
    const m = small.monthly.find((x) => x.kampungId === 'k3' && x.period === '2020-12');
    if (!pop || !m) throw new Error('fixture');
    Object.assign(pop, { pus: 12 });
    Object.assign(m, {
      users: { iud: 0, mow: 0, mop: 0, implant: 0, injectable: 2, pill: 1, condom: 0 },
      nonUsers: { pregnant: 2, ias: 3, iat: 2, tial: 2 },
    });
    const r = of(computeKampungIndicators(small, '2020-12'), 'k3');
    const internal = renderMarkdown(monthlyKampungReport({ dataset: small, result: r }, { lang: 'en' }));
    expect(internal).toContain('CPR 25 % (< 30) → score 1');
    const pub = renderMarkdown(
      monthlyKampungReport({ dataset: small, result: r }, { lang: 'en', public: true }),
    );
    expect(pub).toContain('| Output index | CPR | 1/4 | CPR: hidden (public report) (< 30) → score 1 |');
    // (a leading space: UPPKA's 6.25 % is another figure)
    expect(pub).not.toContain(' 25 %');
    expect(pub).toContain('| CPR (active users per PUS) | × | × | 12 |  |');
  });

  it('lists only the interventions of the month, by date, with agencies and partner', () => {
    const md = renderMarkdown(monthlyKampungReport({ dataset: ds, result: k1 }, { lang: 'id' }));
    expect(md).toContain(
      [
        '| Tanggal | Kegiatan | Seksi | Instansi |',
        '| --- | --- | --- | --- |',
        '| 5 Desember 2020 | Akta kelahiran gratis | Perlindungan | Dinas Dukcapil |',
        '| 19 Desember 2020 | Posyandu remaja | Reproduksi | Puskesmas, Dinas Kesehatan, PT \\<Sehat> & Co |',
      ].join('\n'),
    );
    expect(md).not.toContain('Jamban sehat'); // November
    expect(md).not.toContain('Pelatihan kader'); // January 2021
    expect(md).not.toContain('Bedah rumah'); // k2's
    const k3 = renderMarkdown(monthlyKampungReport({ dataset: ds, result: of(dec, 'k3') }, { lang: 'en' }));
    expect(k3).toContain('## Interventions this month\n\nNo intervention recorded this month.');
  });

  it('keeps the data-quality issues of this kampung and month only, masking identifiers', () => {
    const md = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: k1, issues: reportIssues() }, { lang: 'id' }),
    );
    const section = md.slice(md.indexOf('## Kualitas data'), md.indexOf('\n---\n'));
    expect(section.trim().split('\n')).toEqual([
      '## Kualitas data',
      '',
      '- Peringatan: Peserta KB + bukan peserta (201) ≠ PUS (200) (kkbpk-balance)',
      '- Peringatan: Mitra tanpa instansi \\<CSR> & "swasta" (intervention-agency)',
      '- Peringatan: Nama kontak memuat NIK \\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*7890 (kampung-nik)',
    ]);
    expect(md).not.toContain('6371041234567890');
    const k3 = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: of(dec, 'k3'), issues: reportIssues() }, { lang: 'en' }),
    );
    expect(k3).toContain('## Data quality\n\nNo data issue for this kampung and month.');
  });

  it('hides the users as well when the MKJP score band would pin the hidden MKJP count (23–24 % of 17: 4)', () => {
    const small = reportDataset();
    const m = small.monthly.find((x) => x.kampungId === 'k3' && x.period === '2020-12');
    const pop = small.population.find((p) => p.kampungId === 'k3');
    if (!m || !pop) throw new Error('fixture');
    Object.assign(m, {
      users: { iud: 4, mow: 0, mop: 0, implant: 0, injectable: 13, pill: 0, condom: 0 },
      nonUsers: { pregnant: 30, ias: 33, iat: 20, tial: 10 },
    });
    Object.assign(pop, { pus: 110 });
    const r = of(computeKampungIndicators(small, '2020-12'), 'k3');
    // MKJP 4 / 17 users = 23.5 % → 24: band 23–24. Only 4 of 17 scores in it, so 17 must not be shown.
    expect(r.classification.subIndicators.find((s) => s.id === 'mkjpShare')?.band?.label.en).toBe('23–24');
    const md = renderMarkdown(
      monthlyKampungReport({ dataset: small, result: r }, { lang: 'en', public: true }),
    );
    expect(md).toContain('| MKJP share of users | × | × | × |  |');
    expect(md).toContain('| CPR (active users per PUS) | × | × | 110 |  |');
    expect(md).not.toContain('**17**');
  });

  it('protects MAL and traditional users through the method total, which then differs from the CPR numerator', () => {
    const extra = reportDataset();
    const m = extra.monthly.find((x) => x.kampungId === 'k3' && x.period === '2020-12');
    if (!m) throw new Error('fixture');
    // k3: 60 users of the seven methods (none small), MAL 3, traditional 9: the table's total is 72.
    Object.assign(m, { users: { ...m.users, mal: 3, traditional: 9 } });
    const r = of(computeKampungIndicators(extra, '2020-12'), 'k3');
    const md = renderMarkdown(
      monthlyKampungReport({ dataset: extra, result: r }, { lang: 'en', public: true }),
    );
    // 72 − 60 − 9 would give MAL = 3: traditional (9), the smallest other figure of that sum, is hidden too.
    expect(md).toContain('| Lactational amenorrhoea (MAL/LAM) |  | × | × |');
    expect(md).toContain('| Traditional methods |  | × | × |');
    expect(md).toContain('| **Total** |  | **72** |  |');
    expect(md).toContain('| CPR (active users per PUS) | 54.55 % | 60 | 110 |  |');
  });

  it('echoes no figure from the data in a public report’s data-quality list', () => {
    const bkl = {
      ruleId: 'poktan-participants-target',
      code: 'poktan-participants-target',
      severity: 'warning' as const,
      location: {
        recordType: 'monthly' as const,
        kampungId: 'k1',
        period: '2020-12',
        field: 'poktanParticipants.bkl',
      },
      values: { participants: 4, target: 3 },
      message: {
        id: 'Peserta BKL (4) melebihi keluarga lansia (3)',
        en: 'BKL participants (4) exceed families with elderly (3)',
      },
    };
    const issues = [...reportIssues(), bkl];
    const internal = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: k1, issues }, { lang: 'en' }),
    );
    expect(internal).toContain('BKL participants (4) exceed families with elderly (3)');
    const md = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: k1, issues }, { lang: 'id', public: true }),
    );
    const section = md.slice(md.indexOf('## Kualitas data'), md.indexOf('\n---\n'));
    const hidden = 'data tidak lolos pemeriksaan ini; rinciannya tidak ditampilkan dalam laporan publik';
    expect(section.trim().split('\n')).toEqual([
      '## Kualitas data',
      '',
      `- Peringatan: ${hidden} (kkbpk-balance)`,
      `- Peringatan: ${hidden} (intervention-agency)`,
      `- Peringatan: ${hidden} (kampung-nik)`,
      `- Peringatan: ${hidden} (poktan-participants-target)`,
    ]);
    const en = renderMarkdown(
      monthlyKampungReport({ dataset: ds, result: k1, issues }, { lang: 'en', public: true }),
    );
    expect(en).toContain(
      '- Warning: the data fail this check; the details are not shown in a public report (kkbpk-balance)',
    );
    const enSection = en.slice(en.indexOf('## Data quality'), en.indexOf('\n---\n'));
    expect(enSection.replace(/\([a-z-]+\)$/gm, '')).not.toMatch(/\d/);
  });

  it('explains the classification with each index once and every sub-indicator', () => {
    const md = renderMarkdown(monthlyKampungReport({ dataset: ds, result: k1 }, { lang: 'en' }));
    expect(md).toContain(
      '- **Level:** Developing\n- **Input index:** 3.4\n- **Process index:** 3.67\n- **Output index:** 2.5',
    );
    expect(md).toContain('| Output index | CPR | 3/4 | CPR 44 % (41–50) → score 3 |');
    expect(md.match(/^\| (Input|Process|Output) index \|/gm)).toHaveLength(12);
  });

  it('says when the month has no monthly report instead of showing empty tables', () => {
    const k2nov = of(nov, 'k2');
    const md = renderMarkdown(monthlyKampungReport({ dataset: ds, result: k2nov }, { lang: 'id' }));
    expect(md).toContain('| CPR (peserta KB aktif per PUS) | — | — | — | Data tidak ada |');
    expect(md).toContain(
      '> **⚠** Laporan bulanan kampung ini untuk November 2020 belum ada: CPR, MKJP, unmet need dan partisipasi poktan tidak dapat dihitung.',
    );
    expect(md).not.toContain('## Peserta KB aktif menurut metode');
  });

  it('titles the report with the kampung and the month, and the location with names and code', () => {
    const doc = monthlyKampungReport(
      { dataset: ds, result: k1 },
      { lang: 'id', programme: { ...programme, synthetic: true } },
    );
    expect(doc.title).toBe('Laporan bulanan Kampung KB: Kampung KB Sungai Andai');
    expect(doc.subtitle).toBe('Program Kampung KB · Desember 2020');
    expect(doc.banner).toBe('DATA SINTETIS: angka dalam laporan ini dibuat untuk contoh, bukan data resmi.');
    expect(renderMarkdown(doc)).toContain(
      '- **Kelurahan/desa:** Sungai Andai (63.71.04.1010)\n- **Kecamatan:** Banjarmasin Utara\n- **Tanggal pencanangan:** 10 November 2016\n- **Tingkat:** Berkembang',
    );
  });
});
