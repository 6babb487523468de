import { describe, expect, it } from 'vitest';
import { dataFileKind } from './dataFileKind.js';

describe('dataFileKind', () => {
  it('recognises every record type by its stem, in CSV or JSON, any case', () => {
    expect(
      [
        'regions.csv',
        'kampung.json',
        'profiles-2020.csv',
        'population_2021.json',
        'monthly-2020.csv',
        'Interventions.CSV',
      ].map((f) => dataFileKind(f)),
    ).toEqual([
      { kind: 'records', recordType: 'region', format: 'csv' },
      { kind: 'records', recordType: 'kampung', format: 'json' },
      { kind: 'records', recordType: 'profile', format: 'csv' },
      { kind: 'records', recordType: 'population', format: 'json' },
      { kind: 'records', recordType: 'monthly', format: 'csv' },
      { kind: 'records', recordType: 'intervention', format: 'csv' },
    ]);
  });

  it('recognises the programme definition', () => {
    expect(dataFileKind('programme.json')).toEqual({ kind: 'programme', format: 'json' });
    expect(dataFileKind('programme.yml')).toEqual({ kind: 'programme', format: 'yaml' });
  });

  it('matches nothing else', () => {
    for (const f of ['notes.txt', 'monthly.xlsx', 'profile.csv', 'data-monthly.csv', 'programme.toml']) {
      expect(dataFileKind(f)).toBeUndefined();
    }
  });
});
