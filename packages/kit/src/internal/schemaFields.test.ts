import { describe, expect, it } from 'vitest';
import { schemaFields } from './schemaFields.js';

describe('schemaFields', () => {
  it('flattens a schema into dotted leaf fields in schema order, with kind, nullability and optionality', () => {
    const fields = schemaFields('profile').map((f) => [f.path, f.kind, f.nullable, f.optional]);
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
    expect(schemaFields('population').length).toBe(2 + 16 * 2 + 6);
    expect(schemaFields('kampung').map((f) => f.path)).toEqual([
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
