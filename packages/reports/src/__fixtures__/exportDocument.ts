import type { ReportDocument, ReportSection } from '../reportDocument.js';

/** The first section: a paragraph and a table with an id holding every kind of cell. */
function kampungSection(lang: 'id' | 'en'): ReportSection {
  return {
    title: lang === 'id' ? 'Kampung' : 'Kampung',
    blocks: [
      { kind: 'paragraph', text: 'Three kampung.' },
      {
        kind: 'table',
        id: 'kampung-indicators',
        caption: 'Indicators per kampung',
        columns: [
          { title: 'Kampung' },
          { title: 'PUS', align: 'right' },
          { title: 'CPR', align: 'right' },
          { title: 'MKJP (%)', align: 'right' },
          { title: 'Level' },
        ],
        rows: [
          [
            'Kampung "Baru", Alalak',
            1234,
            { kind: 'percent', value: 43.45, decimals: 1 },
            { kind: 'percent', value: 7, decimals: 0 },
            { kind: 'level', level: 'dasar', label: 'Basic' },
          ],
          [
            '=SUM(A1)',
            { kind: 'hidden' },
            { kind: 'hidden' },
            null,
            { kind: 'level', level: 'mandiri', label: 'Self-reliant' },
          ],
          [
            'Sungai\nAndai',
            { kind: 'suppressed', below: 5 },
            { kind: 'percent', value: null },
            { kind: 'percent', value: 12.25, decimals: 0 },
            null,
          ],
        ],
        footer: [
          [
            'Total',
            1240.5,
            { kind: 'percent', value: 50, decimals: 1 },
            { kind: 'percent', value: 9.5, decimals: 0 },
            '',
          ],
        ],
      },
    ],
  };
}

/** The second section: a table without an id and a chart. */
function levelsSection(): ReportSection {
  return {
    title: 'Levels',
    blocks: [
      {
        kind: 'table',
        columns: [{ title: 'Level' }, { title: 'Count', align: 'right' }],
        rows: [
          ['Basic', 2],
          ['-', 0],
        ],
      },
      {
        kind: 'chart',
        id: 'spend-by-year',
        mark: 'bar',
        title: 'Spend per year',
        description: 'Spend rose from Rp 1,500,000 in 2019 to Rp 2,750,000 in 2020.',
        unit: 'rupiah',
        table: {
          kind: 'table',
          columns: [{ title: 'Year' }, { title: 'Spend', align: 'right' }],
          rows: [
            ['2019', 1500000],
            ['2020', 2750000],
          ],
        },
      },
    ],
  };
}

/** A small document with every kind of cell, a table with an id, one without, and a chart. */
export function exportDocument(lang: 'id' | 'en' = 'en'): ReportDocument {
  return {
    lang,
    title: lang === 'id' ? 'Rekap kota' : 'City recap',
    subtitle: 'December 2020',
    banner: lang === 'id' ? 'Data sintetis' : 'Synthetic data',
    sections: [kampungSection(lang), levelsSection()],
    footnotes: ['Source: synthetic data.'],
  };
}
