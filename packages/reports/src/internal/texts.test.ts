import { computeKampungIndicators } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { reportDataset, reportIssues } from '../__fixtures__/dataset.js';
import { cityRecap } from '../cityRecap.js';
import { monthlyKampungReport } from '../monthlyKampungReport.js';
import { renderMarkdown } from '../renderMarkdown.js';
import { T, t } from './texts.js';

describe('report texts', () => {
  it('has every fixed text in Indonesian and English', () => {
    for (const [key, label] of Object.entries(T)) {
      expect(label.id.trim(), key).not.toBe('');
      expect(label.en.trim(), key).not.toBe('');
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('hiddenExplanation', 'id', { label: 'CPR', band: '< 30', score: 1 })).toBe(
      'CPR: disamarkan (laporan publik) (< 30) → skor 1',
    );
    expect(t('hiddenPublic', 'en', { n: 4 })).toMatch(/^Public report: counts from 1 to 4 are shown as "×"/);
    expect(t('previousOf', 'en')).toBe('Previous month ({month})');
  });
});

describe('reports in one language', () => {
  const ds = reportDataset();
  const dec = computeKampungIndicators(ds, '2020-12');
  const nov = computeKampungIndicators(ds, '2020-11');
  const programme = {
    name: { id: 'Program', en: 'Programme' },
    city: { code: '63.71', name: 'Kota Banjarmasin' },
    synthetic: true,
  };
  const render = (lang: Lang) =>
    [
      cityRecap({ results: dec, dataset: ds }, { lang, programme, public: true }),
      monthlyKampungReport(
        { dataset: ds, result: dec[0]!, previous: nov[0]!, issues: reportIssues() },
        { lang, programme, public: true },
      ),
      monthlyKampungReport({ dataset: ds, result: nov[1]! }, { lang, programme }),
    ]
      .map(renderMarkdown)
      .join('\n');
  // The fixed part of each text before its first placeholder, where the two languages differ.
  const fixed = (s: string) => s.split('{')[0] ?? '';
  const differing = Object.values(T).filter((l) => fixed(l.id) !== fixed(l.en) && fixed(l.en).length > 3);

  it('uses no English fixed text in an Indonesian report, and no Indonesian one in an English report', () => {
    const id = render('id');
    const en = render('en');
    expect(differing.length).toBeGreaterThan(40);
    for (const l of differing) {
      if (!fixed(l.id).includes(fixed(l.en))) expect(id).not.toContain(fixed(l.en));
      if (!fixed(l.en).includes(fixed(l.id))) expect(en).not.toContain(fixed(l.id));
    }
    expect(id).toContain('Kualitas data');
    expect(en).toContain('Data quality');
  });
});
