import { describe, expect, it } from 'vitest';
import { setPath } from './setPath.js';

describe('setPath', () => {
  it('assembles nested records from dotted paths, keeping the siblings already set', () => {
    const record: Record<string, unknown> = {};
    setPath(record, ['users', 'iud'], 1);
    setPath(record, ['users', 'mow'], 2);
    setPath(record, ['kampungId'], 'k');
    setPath(record, ['a', 'b', 'c'], 3);
    setPath(record, ['a', 'b', 'd'], 4);
    expect(record).toEqual({ users: { iud: 1, mow: 2 }, kampungId: 'k', a: { b: { c: 3, d: 4 } } });
  });

  it('replaces a value on the way that is not a plain object, and overwrites the leaf', () => {
    const record: Record<string, unknown> = { users: 5, outputs: ['x'], nil: null, k: 'old' };
    setPath(record, ['users', 'iud'], 1);
    setPath(record, ['outputs', 'roadMetres'], 30);
    setPath(record, ['nil', 'x', 'y'], 0);
    setPath(record, ['k'], 'new');
    expect(record).toEqual({
      users: { iud: 1 },
      outputs: { roadMetres: 30 },
      nil: { x: { y: 0 } },
      k: 'new',
    });
  });
});
