import { describe, expect, it } from 'vitest';
import type { Budget } from './budget.js';
import { checkRecord } from './recordCheck.js';
import { recordTypeInfo } from './recordTypes.js';

const budget: Budget = { kampungId: 'sungai-andai', year: 2020, fundingSource: 'apbd', amount: 25_000_000 };

describe('Budget', () => {
  it('accepts whole rupiah, zero included', () => {
    expect(checkRecord('budget', budget)).toEqual([]);
    expect(checkRecord('budget', { ...budget, amount: 0, description: 'Operasional Pokja' })).toEqual([]);
    expect(recordTypeInfo('budget')).toMatchObject({ fileStem: 'budgets', collection: 'budgets' });
  });
  it('rejects negative or fractional amounts, fractional years and unknown sources', () => {
    expect(checkRecord('budget', { ...budget, amount: -1 })[0]).toMatchObject({
      kind: 'minimum',
      field: 'amount',
    });
    expect(checkRecord('budget', { ...budget, amount: 10.5 })[0]).toMatchObject({
      kind: 'integer',
      field: 'amount',
    });
    expect(checkRecord('budget', { ...budget, year: 2020.5 })[0]).toMatchObject({
      kind: 'integer',
      field: 'year',
    });
    expect(checkRecord('budget', { ...budget, fundingSource: 'apbdes' })[0]).toMatchObject({
      kind: 'code',
      field: 'fundingSource',
    });
  });
});
