import { computeIndicators, defaultIndicatorCatalogue } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import { programmeDataset } from '../__fixtures__/programmeDataset.js';
import { allTables, brokenRelations, chartById, shape, tableById } from '../__fixtures__/programmeHelpers.js';
import { renderMarkdown } from '../renderMarkdown.js';
import { daysBetween, meanDays, medianDays } from './internal/proposalDays.js';
import { proposalFollowUp } from './proposalFollowUp.js';

const dataset = programmeDataset();
const en = proposalFollowUp({ dataset, period: '2020-12' }, { lang: 'en' });
const id = proposalFollowUp({ dataset, period: '2020-12' }, { lang: 'id' });
const pct = (value: number | null) => ({ kind: 'percent', value, decimals: 2 });

describe('proposalFollowUp', () => {
  it('counts days to follow-up by hand (2020 is a leap year)', () => {
    expect(daysBetween('2020-01-20', '2020-05-11')).toBe(112); // 11 + 29 + 31 + 30 + 11
    expect(daysBetween('2020-03-01', '2020-04-01')).toBe(31);
    expect(daysBetween('2019-08-01', '2020-01-15')).toBe(167); // 30 + 30 + 31 + 30 + 31 + 15
    expect(medianDays([112, 31])).toBe(71.5);
    expect(medianDays([31, 167, 112])).toBe(112);
    expect(meanDays([31, 112, 167])).toBe(103.3); // 310 / 3 = 103.33…
    expect(meanDays([1, 2])).toBe(1.5);
    expect(meanDays([0, 0, 1])).toBe(0.3);
    expect(medianDays([])).toBeNull();
  });

  it('gives per kampung raised, addressed, rejected, open, share, days and old open ones (worked by hand)', () => {
    const t = tableById(en, 'proposals-by-kampung');
    expect(t.columns.map((c) => c.title)).toEqual([
      'Kampung',
      'District (kecamatan)',
      'Raised',
      'Addressed',
      'Rejected',
      'Open',
      'Addressed (%)',
      'Median days',
      'Mean days',
      'Open > 90 days',
    ]);
    expect(t.rows).toEqual([
      ['Kampung KB Melayu', 'Banjarmasin Tengah', 2, 0, 1, 1, pct(0), null, null, 1],
      ['Kampung KB Alalak', 'Banjarmasin Utara', 2, 1, 0, 1, pct(50), 167, 167, 0],
      ['Kampung KB Sungai Andai', 'Banjarmasin Utara', 3, 2, 0, 1, pct(66.67), 71.5, 71.5, 1],
    ]);
    expect(t.footer).toEqual([['City', '', 7, 3, 1, 3, pct(42.86), 112, 103.3, 2]]);
    for (const x of allTables(en)) expect(brokenRelations(x)).toEqual([]);
  });

  it('takes the share from the catalogue indicator computed by the engine', () => {
    const def = defaultIndicatorCatalogue.find((d) => d.id === 'proposals-addressed-share');
    expect(def?.decimals).toBe(2);
    // Over 2019 and 2020 together the engine's flows give 3 addressed of 7 raised, for the city.
    const r = computeIndicators(dataset, {
      indicators: defaultIndicatorCatalogue.filter((d) => d.id.startsWith('proposals-')),
      level: 'regency',
      periods: ['2019', '2020'],
    });
    const sum = (idx: string) =>
      r.filter((x) => x.indicatorId === idx).reduce((s, x) => s + (x.numerator ?? 0), 0);
    expect([sum('proposals-raised'), sum('proposals-addressed')]).toEqual([7, 3]);
    expect(en.footnotes[0]).toContain('Proposals addressed (%)');
  });

  it('gives the same per assigned agency', () => {
    const t = tableById(en, 'proposals-by-agency');
    expect(t.rows).toEqual([
      ['Public works and housing agency (PUPR)', 4, 2, 0, 2, pct(50), 139.5, 139.5, 2],
      ['Health agency', 1, 1, 0, 0, pct(100), 31, 31, 0],
      ['Social affairs agency', 1, 0, 1, 0, pct(0), null, null, 0],
      ['Not assigned', 1, 0, 0, 1, pct(0), null, null, 0],
    ]);
    expect(t.footer).toEqual([['City', 7, 3, 1, 3, pct(42.86), 112, 103.3, 2]]);
  });

  it('lists proposals open for more than 90 days, one addressed only after the month included', () => {
    const t = tableById(en, 'proposals-open');
    expect(t.rows).toEqual([
      [
        '15 June 2020',
        'Kampung KB Sungai Andai',
        'Lampu jalan gang',
        'Environment',
        'Public works and housing agency (PUPR)',
        'In progress',
        199,
      ],
      [
        '1 October 2020',
        'Kampung KB Melayu',
        'Pengerasan jalan',
        'Environment',
        'Public works and housing agency (PUPR)',
        'addressed later (20 January 2021)',
        91,
      ],
    ]);
    const shorter = proposalFollowUp({ dataset, period: '2020-12', openAfterDays: 30 }, { lang: 'en' });
    expect(tableById(shorter, 'proposals-open').rows.map((r) => r[6])).toEqual([199, 91, 51]);
  });

  it('charts addressed, open and rejected proposals per kampung', () => {
    const c = chartById(en, 'chart-proposals-by-kampung');
    expect(c.mark).toBe('stackedBar');
    expect(c.table.rows).toEqual([
      ['Kampung KB Melayu', 0, 1, 1],
      ['Kampung KB Alalak', 1, 1, 0],
      ['Kampung KB Sungai Andai', 2, 1, 0],
    ]);
    expect(c.description).toContain('Kampung KB Melayu (1)');
  });

  it('is in Indonesian with id and the same in a public report', () => {
    expect(id.title).toBe('Tindak lanjut usulan urun rembug warga');
    const md = renderMarkdown(id);
    expect(md).toContain('66,67 %');
    expect(md).toContain('103,3');
    expect(md).toContain(
      '7 usulan warga dari urun rembug sampai akhir Desember 2020: 3 sudah ditindaklanjuti, 1 ditolak, 3 masih terbuka (2 terbuka lebih dari 90 hari).',
    );
    expect(proposalFollowUp({ dataset, period: '2020-12' }, { lang: 'en', public: true })).toEqual(en);
    expect(shape(id)).toEqual(
      shape(proposalFollowUp({ dataset, period: '2020-12' }, { lang: 'id', public: true })),
    );
  });

  it('names proposals marked addressed without a date, counted as open', () => {
    const ds = programmeDataset();
    ds.proposals = ds.proposals.map((p) =>
      p.id === 'p2' ? { ...p, addressedOn: undefined } : p,
    ) as typeof ds.proposals;
    const doc = proposalFollowUp({ dataset: ds, period: '2020-12' }, { lang: 'en' });
    expect(doc.sections[0]?.blocks[1]).toEqual({
      kind: 'notice',
      tone: 'warning',
      text: '1 proposals with status addressed but no addressing date (addressedOn) are counted as open: p2.',
    });
    expect(tableById(doc, 'proposals-by-kampung').rows[2]?.slice(2, 6)).toEqual([3, 1, 0, 2]);
  });
});
