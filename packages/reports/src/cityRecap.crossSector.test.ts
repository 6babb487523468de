import { computeKampungIndicators } from '@kampung-kb/indicators';
import { type Budget, type Dataset, emptyDataset, type Kampung, type Proposal } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { cityRecap } from './cityRecap.js';
import { renderMarkdown } from './renderMarkdown.js';
import type { ReportTable } from './reportDocument.js';

const kampung: Kampung = {
  id: 'mantuil',
  name: 'Kampung KB Mantuil',
  regionCode: '63.71.01.1001',
  designationDate: '2017-01-10',
  mainCriteria: ['lowKbParticipation'],
  areaCriteria: ['riverbank'],
};

function proposal(id: string, raisedOn: string, addressedOn?: string): Proposal {
  return {
    id,
    kampungId: 'mantuil',
    raisedOn,
    title: `Usulan ${id}`,
    section: 'environment',
    status: addressedOn ? 'addressed' : 'raised',
    ...(addressedOn ? { addressedOn } : {}),
  };
}

const budget = (year: number, fundingSource: Budget['fundingSource'], amount: number): Budget => ({
  kampungId: 'mantuil',
  year,
  fundingSource,
  amount,
});

const dataset: Dataset = {
  ...emptyDataset(),
  regions: [
    { code: '63.71', name: 'Kota Banjarmasin' },
    { code: '63.71.01', name: 'Banjarmasin Selatan' },
    { code: '63.71.01.1001', name: 'Mantuil' },
  ],
  kampung: [kampung],
  proposals: [
    proposal('a', '2020-02-01', '2020-05-04'), // raised and addressed in 2020
    proposal('b', '2020-02-01', '2021-01-15'), // raised in 2020, addressed the next year
    proposal('c', '2020-11-20'), // raised in 2020, open
    proposal('d', '2019-11-20', '2020-03-01'), // raised in 2019, addressed in 2020
  ],
  budgets: [
    budget(2020, 'apbd', 100_000_000),
    budget(2020, 'csr', 50_000_000),
    budget(2019, 'apbd', 7_000_000), // another year
  ],
};

function table(lang: 'id' | 'en', data: Dataset = dataset) {
  const doc = cityRecap({ results: computeKampungIndicators(data, '2020-12'), dataset: data }, { lang });
  const s = doc.sections.find((x) => x.title.startsWith(lang === 'id' ? 'Urun rembug' : 'Community'));
  return { doc, rows: (s?.blocks.find((b) => b.kind === 'table') as ReportTable | undefined)?.rows };
}

describe('cityRecap: community proposals (urun rembug warga) and budget of the report year', () => {
  it('worked by hand: 3 raised in 2020, 2 addressed in 2020 (66.67 %), Rp 150,000,000 from two sources', () => {
    const { rows } = table('en');
    expect(rows).toEqual([
      ['Community proposals raised', 3],
      ['Community proposals addressed', 2],
      ['Proposals addressed (%)', { kind: 'percent', value: 66.67, decimals: 2 }],
      ['Kampung KB budget', 150_000_000],
      ['Budget from APBD', 100_000_000],
      ['Budget from CSR', 50_000_000],
      ['Budget per family', null],
    ]);
  });

  it('in Indonesian Markdown too; no section without proposals or budgets', () => {
    const { doc } = table('id');
    expect(renderMarkdown(doc)).toContain('| Usulan warga yang masuk | 3 |');
    expect(table('id', { ...dataset, proposals: [], budgets: [] }).rows).toBeUndefined();
  });
});
