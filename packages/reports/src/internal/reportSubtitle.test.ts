import { describe, expect, it } from 'vitest';
import { allTemplateDocuments } from '../__fixtures__/allTemplates.js';
import { renderMarkdown } from '../renderMarkdown.js';
import type { ReportProgramme } from '../reportContext.js';
import { reportSubtitle } from './reportSubtitle.js';

const programme: ReportProgramme = {
  name: { id: 'Program Kampung KB Kota Banjarmasin', en: 'Banjarmasin Kampung KB programme' },
  city: { code: '63.71', name: 'Kota Banjarmasin' },
  agency: 'DPPKBPM Kota Banjarmasin',
};

describe('reportSubtitle', () => {
  it('names the programme, then its agency, then the report’s own parts, leaving absent ones out', () => {
    expect(reportSubtitle({ lang: 'id', programme }, 'id', 'Desember 2020')).toBe(
      'Program Kampung KB Kota Banjarmasin · DPPKBPM Kota Banjarmasin · Desember 2020',
    );
    expect(reportSubtitle({ lang: 'en', programme }, 'en', undefined)).toBe(
      'Banjarmasin Kampung KB programme · DPPKBPM Kota Banjarmasin',
    );
    const { agency: _, ...noAgency } = programme;
    expect(reportSubtitle({ lang: 'en', programme: noAgency }, 'en', 'December 2020')).toBe(
      'Banjarmasin Kampung KB programme · December 2020',
    );
    expect(reportSubtitle({ lang: 'en' }, 'en', 'December 2020')).toBe('December 2020');
  });

  it('shows the agency of the example’s programme.json under the title of every report, in id and en', async () => {
    for (const lang of ['id', 'en'] as const) {
      for (const { name, doc } of await allTemplateDocuments({ lang })) {
        if (name === 'chart-gallery') continue;
        expect(doc.subtitle, `${name} ${lang}`).toContain(' · DPPKBPM Kota Banjarmasin');
        expect(renderMarkdown(doc), `${name} ${lang}`).toContain('DPPKBPM Kota Banjarmasin');
      }
    }
  });
});
