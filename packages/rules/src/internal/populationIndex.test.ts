import { describe, expect, it } from 'vitest';
import { population } from '../__fixtures__/records.js';
import { PopulationIndex } from './populationIndex.js';

describe('PopulationIndex', () => {
  const records = [
    population({ period: '2020-07', pus: 3 }),
    population({ period: '2020-01', pus: 1 }),
    population({ period: '2020-04', pus: 2 }),
    population({ period: '2020-04', pus: 99 }), // duplicate month: the first one counts
    population({ kampungId: 'other', period: '2019-01', pus: 7 }),
    population({ period: '2020-13' }), // malformed month: cannot be placed
    { ...population({ period: '2020-10' }), pus: -1 }, // placed, but marked invalid
  ];
  const index = new PopulationIndex(records);

  it('finds the latest snapshot with period ≤ the month', () => {
    expect(index.inForce('sungai-andai', '2019-12')).toBeUndefined();
    expect(index.inForce('sungai-andai', '2020-01')?.snapshot.pus).toBe(1);
    expect(index.inForce('sungai-andai', '2020-03')?.snapshot.pus).toBe(1);
    expect(index.inForce('sungai-andai', '2020-04')?.snapshot.pus).toBe(2);
    expect(index.inForce('sungai-andai', '2020-06')).toMatchObject({
      period: '2020-04',
      position: 2,
      valid: true,
    });
    expect(index.inForce('sungai-andai', '2020-09')?.snapshot.pus).toBe(3);
    expect(index.inForce('sungai-andai', '2021-01')).toMatchObject({
      period: '2020-10',
      position: 6,
      valid: false,
    });
  });

  it('keeps kampung apart', () => {
    expect(index.inForce('other', '2030-01')?.snapshot.pus).toBe(7);
    expect(index.inForce('nowhere', '2030-01')).toBeUndefined();
  });
});
