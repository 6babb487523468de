import { describe, expect, it } from 'vitest';
import { safeOutput } from './safeOutput.js';

describe('safeOutput', () => {
  it('masks ID numbers in JSON value by value, keeping it valid JSON with its decimal fractions', () => {
    const doc = { id: '19187603488960596', value: 0.30000000000000004, n: 3201234567890124, ok: 12 };
    const out = safeOutput(JSON.stringify(doc, null, 2));
    expect(JSON.parse(out)).toEqual({
      id: '*************0596',
      value: 0.30000000000000004,
      n: '************0124',
      ok: 12,
    });
    expect(out).toContain('\n  "id"');
  });
  it('masks and escapes text line by line', () => {
    expect(safeOutput('a,\u001b[2J3201-2345-6789-0124\nb')).toBe('a,\\x1b[2J****-****-****-0124\nb');
    expect(safeOutput('{not json 3201234567890124')).toBe('{not json ************0124');
  });
});
