import { describe, expect, it } from 'vitest';
import { cityRecap } from './cityRecap.js';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';
import type { ReportProgramme } from './reportContext.js';

const programme: ReportProgramme = {
  name: { id: 'Kampung KB Kota X', en: 'Kampung KB of X City' },
  city: { code: '63.71', name: 'Kota X' },
  readiness: {
    rpjmdPriority: { status: 'done', evidence: [{ number: 'Perda 4/2021', date: '2021-06-30' }] }, // 2
    apbdBudget: { status: 'inProgress' }, // 1
    pokjaKota: { status: 'done', leadAgency: 'Barenlitbangda' }, // 1
    perda: { status: 'notStarted' },
  },
};

describe('cityRecap readiness section', () => {
  it('shows the score, each item with status, evidence and next step, in Indonesian (Markdown)', () => {
    const doc = cityRecap({ results: [] }, { lang: 'id', programme });
    const section = doc.sections.find((s) => s.title === 'Kesiapan program kota');
    expect(section).toBeDefined();
    const md = renderMarkdown(doc);
    // 4 of 15 points = 26.67 %, shown with one decimal like every percentage of the recap
    expect(md).toContain('- **Skor kesiapan:** 26,7 %');
    expect(md).toContain('- **Poin:** 4 dari 15');
    expect(md).toContain('| Prioritas dalam RPJMD | selesai | 2 | 2 | Perda 4/2021, 2021-06-30 |  |');
    expect(md).toContain('pengampu: Barenlitbangda');
    expect(md).toContain(
      '| Peraturan daerah (Perda) | belum dimulai | 2 | 0 |  | Usulkan Kampung KB masuk program',
    );
    expect(md).toContain('Perlu dicek (tidak diketahui): Kebijakan wali kota/bupati');
  });

  it('shows it in English in HTML', () => {
    const html = renderHtml(cityRecap({ results: [] }, { lang: 'en', programme }));
    expect(html).toContain('City programme readiness');
    expect(html).toContain('Readiness score');
    expect(html).toContain('in progress');
    expect(html).toContain('Draft a Perwali/Perbup or decree on Kampung KB');
  });

  it('has no readiness section when the programme records none', () => {
    const { readiness: _, ...without } = programme;
    const doc = cityRecap({ results: [] }, { lang: 'en', programme: without });
    expect(doc.sections.some((s) => s.title === 'City programme readiness')).toBe(false);
  });
});
