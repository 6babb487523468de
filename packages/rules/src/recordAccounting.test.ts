import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kampung, monthly } from './__fixtures__/records.js';
import { createRecordAccounting, type ExclusionReason } from './recordAccounting.js';

const sum = (e: Partial<Record<ExclusionReason, number>>) =>
  Object.values(e).reduce((a, b) => a + (b ?? 0), 0);

describe('createRecordAccounting', () => {
  it('accepts a valid record of a known kampung', () => {
    const acc = createRecordAccounting();
    expect(acc.admit('kampung', kampung(), { file: 'kampung.csv', line: 2 })).toBeUndefined();
    expect(acc.admit('monthly', monthly(), { file: 'monthly.csv', line: 2 })).toBeUndefined();
    expect(acc.summary()).toMatchObject({ read: 2, accepted: 2, excluded: {} });
  });

  it('excludes a schema-invalid record', () => {
    const acc = createRecordAccounting();
    acc.admit('kampung', kampung());
    expect(acc.admit('monthly', { ...monthly(), users: 'many' })).toBe('schema-invalid');
  });

  it('keeps the first of duplicates and flags a conflicting one', () => {
    const acc = createRecordAccounting();
    acc.admit('kampung', kampung());
    const first = monthly();
    expect(acc.admit('monthly', first, { file: 'm.csv', line: 2 })).toBeUndefined();
    expect(acc.admitDetailed('monthly', { ...first }, { file: 'm.csv', line: 3 })).toEqual({
      reason: 'duplicate',
      conflicting: false,
    });
    const other = { ...first, jknHolders: first.jknHolders + 1 };
    expect(acc.admitDetailed('monthly', other, { file: 'm.csv', line: 4 })).toEqual({
      reason: 'duplicate',
      conflicting: true,
    });
    const s = acc.summary();
    expect(s.excluded).toEqual({ duplicate: 2 });
    expect(s.conflicting).toBe(1);
    expect(s.files).toEqual([
      { file: '', recordType: 'kampung', read: 1, accepted: 1, excluded: {} },
      { file: 'm.csv', recordType: 'monthly', read: 3, accepted: 1, excluded: { duplicate: 2 } },
    ]);
  });

  it('treats records that differ only in key order as equal', () => {
    const acc = createRecordAccounting();
    acc.admit('kampung', kampung());
    const m = monthly();
    const reversed = Object.fromEntries(Object.entries(m).reverse());
    acc.admit('monthly', m);
    expect(acc.admitDetailed('monthly', reversed).conflicting).toBe(false);
  });

  it('excludes a second kampung with the same id as a duplicate', () => {
    const acc = createRecordAccounting();
    expect(acc.admit('kampung', kampung())).toBeUndefined();
    expect(acc.admit('kampung', { ...kampung(), name: 'Another' })).toBe('duplicate');
  });

  it('excludes a record of an unknown kampung, and one of a kampung excluded itself', () => {
    const acc = createRecordAccounting();
    acc.admit('kampung', { ...kampung(), id: 'Bad Id!' });
    expect(acc.admit('monthly', { ...monthly(), kampungId: 'nowhere' })).toBe('unknown-kampung');
    expect(acc.admit('monthly', { ...monthly(), kampungId: 'Bad Id!' })).toBe('schema-invalid');
    expect(acc.summary().excluded).toEqual({ 'schema-invalid': 2, 'unknown-kampung': 1 });
  });

  it('read = accepted + excluded, in total and per file, for any sequence', () => {
    const rec = fc.oneof(
      fc.record({ type: fc.constant('kampung' as const), id: fc.constantFrom('k1', 'k2', 'x y') }),
      fc.record({
        type: fc.constant('monthly' as const),
        kampungId: fc.constantFrom('k1', 'k2', 'k3'),
        period: fc.constantFrom('2020-01', '2020-02'),
        jkn: fc.integer({ min: -1, max: 2 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(rec, fc.constantFrom('a.csv', 'b.csv'))), (items) => {
        const acc = createRecordAccounting();
        const sorted = [...items].sort((x, y) =>
          x[0].type === y[0].type ? 0 : x[0].type === 'kampung' ? -1 : 1,
        );
        for (const [r, file] of sorted) {
          if (r.type === 'kampung') acc.admit('kampung', kampung({ id: r.id }), { file });
          else
            acc.admit('monthly', monthly({ kampungId: r.kampungId, period: r.period, jknHolders: r.jkn }), {
              file,
            });
        }
        const s = acc.summary();
        expect(s.read).toBe(items.length);
        expect(s.read).toBe(s.accepted + sum(s.excluded));
        for (const f of s.files) expect(f.read).toBe(f.accepted + sum(f.excluded));
        expect(s.files.reduce((n, f) => n + f.read, 0)).toBe(s.read);
      }),
    );
  });
});
