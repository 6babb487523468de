import { describe, expect, it } from 'vitest';
import { recordFields } from './recordFields.js';

describe('recordFields', () => {
  it('flattens a schema into dotted leaf fields in schema order, with kind, nullability and optionality', () => {
    const fields = recordFields('profile').map((f) => [f.path, f.kind, f.nullable, f.optional]);
    expect(fields.slice(0, 8)).toEqual([
      ['kampungId', 'string', false, false],
      ['period', 'string', false, false],
      ['pokja.exists', 'boolean', false, false],
      ['pokja.decree', 'boolean', false, false],
      ['pokja.members', 'integer', true, false],
      ['pokja.trained', 'boolean', false, false],
      ['pokja.trainedMembers', 'integer', false, true],
      ['fundingSources', 'array', false, false],
    ]);
    expect(fields.at(-1)).toEqual(['operationFrequency.reporting', 'string', false, true]);
  });

  it('gives the population age bands and the kampung scope', () => {
    expect(recordFields('population').length).toBe(2 + 16 * 2 + 6);
    expect(recordFields('kampung').map((f) => f.path)).toEqual([
      'id',
      'name',
      'regionCode',
      'scope.rw',
      'scope.rt',
      'designationDate',
      'mainCriteria',
      'areaCriteria',
      'branding',
      'theme',
      'model.regency',
      'model.province',
    ]);
  });
});

describe('recordFields: what a cell means', () => {
  const byPath = (type: Parameters<typeof recordFields>[0]) =>
    new Map(recordFields(type).map((f) => [f.path, f]));

  it('attaches the code list to every code field, single or list', () => {
    const kampung = byPath('kampung');
    expect(kampung.get('mainCriteria')?.codeList?.id).toBe('main-criteria');
    expect(kampung.get('areaCriteria')?.codeList?.id).toBe('area-criteria');
    expect(kampung.get('name')?.codeList).toBeUndefined();
    expect(byPath('budget').get('fundingSource')?.codeList?.id).toBe('funding-sources');
    expect(byPath('profile').get('fundingSources')?.codeList?.id).toBe('funding-sources');
    const proposal = byPath('proposal');
    expect(proposal.get('status')?.codeList?.id).toBe('proposal-statuses');
    expect(proposal.get('assignedAgency')?.codeList?.id).toBe('agencies');
    expect(proposal.get('section')?.codeList?.id).toBe('pokja-sections');
  });

  it('marks region codes, months and dates', () => {
    expect(byPath('kampung').get('regionCode')?.regionCode).toBe(true);
    expect(byPath('region').get('code')?.regionCode).toBe(true);
    expect(byPath('kampung').get('designationDate')?.period).toBe('date');
    for (const type of ['monthly', 'population', 'profile'] as const) {
      expect(byPath(type).get('period')?.period).toBe('month');
    }
    expect(byPath('intervention').get('date')?.period).toBe('date');
    expect(byPath('monthly').get('users.iud')).toMatchObject({ kind: 'integer' });
    expect(byPath('monthly').get('users.iud')?.period).toBeUndefined();
  });
});
