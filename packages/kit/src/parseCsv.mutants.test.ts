import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.js';

// Worked values for `pnpm mutate -- --module csv` (docs/mutation-testing.md).

describe('parseCsv result shape', () => {
  it('has no unclosedQuoteLine key when every quote is closed', () => {
    expect(Object.keys(parseCsv('a,"b"\n1,2'))).toEqual(['delimiter', 'rows']);
    expect(parseCsv('a,"b\n1,2')).toEqual({
      delimiter: ',',
      rows: [{ line: 1, cells: ['a', 'b\n1,2'] }],
      unclosedQuoteLine: 1,
    });
  });
});
