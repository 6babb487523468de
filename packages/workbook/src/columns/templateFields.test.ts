import { recordsToCsv } from '@kampung-kb/kit';
import { contraceptiveMethods, RECORD_TYPES } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { templateFields } from './templateFields.js';

describe('templateFields', () => {
  it('lists the same columns, in the same order, as the kit writes in CSV files', () => {
    // Family tallies have no sheet: `kkb family` writes them, one column per tally key present.
    for (const { type } of RECORD_TYPES.filter((r) => r.type !== 'family')) {
      expect(
        templateFields(type).map((f) => f.path),
        type,
      ).toEqual(recordsToCsv(type, []).split('\n')[0]?.split(','));
    }
  });

  it('knows code lists, months, dates, region codes, kampung ids and integer bounds from the schema', () => {
    const field = (type: Parameters<typeof templateFields>[0], path: string) =>
      templateFields(type).find((f) => f.path === path);
    expect(field('kampung', 'mainCriteria')).toMatchObject({
      kind: 'array',
      codeList: { id: 'main-criteria' },
    });
    expect(field('proposal', 'status')).toMatchObject({
      kind: 'string',
      codeList: { id: 'proposal-statuses' },
    });
    expect(field('monthly', 'period')).toMatchObject({ period: 'month', optional: false });
    expect(field('intervention', 'date')).toMatchObject({ period: 'date' });
    expect(field('kampung', 'regionCode')).toMatchObject({ regionCode: true });
    expect(field('monthly', 'kampungId')).toMatchObject({ kampungId: true });
    expect(field('monthly', 'users.mal')).toMatchObject({ kind: 'integer', optional: true, minimum: 0 });
    expect(field('profile', 'pokja.members')).toMatchObject({ kind: 'integer', nullable: true });
    expect(field('budget', 'year')).toMatchObject({ minimum: 1900, maximum: 2100 });
    expect(field('monthly', 'users.iud')?.codeList).toBeUndefined();
    expect(contraceptiveMethods.items.map((m) => `users.${m.code}`).sort()).toEqual(
      templateFields('monthly')
        .filter((f) => f.segments[0] === 'users')
        .map((f) => f.path)
        .sort(),
    );
  });
});
