import { RECORD_TYPES } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell } from '../readCell.js';
import { recordFields } from '../recordFields.js';
import { ColumnReader } from './columnReader.js';

const everyField = RECORD_TYPES.flatMap((r) => recordFields(r.type));

/** Cells as they come: digits, signs, spaces, months, ids, codes, labels, junk. */
const cell = fc.oneof(
  fc
    .array(fc.constantFrom('0', '1', '7', '9', '-', '+', '.', ',', ' ', 'e', '\u00a0', '٣'), {
      maxLength: 18,
    })
    .map((p) => p.join('')),
  fc.constantFrom(
    '',
    ' ',
    '2020-01',
    '202001',
    '2020-1',
    ' 2020-12 ',
    '2020-13',
    'kampung-12345',
    'sungai-andai',
    ' sungai-andai',
    '63.71.04.1010',
    '6371041010',
    'bkb',
    'BKB',
    'ya',
    'true',
    '1;2',
    '-0',
    '000123',
    '123456789012345',
    '1234567890123456',
    '9007199254740993',
  ),
);

describe('ColumnReader', () => {
  it('gives exactly what readCell gives, for every field of every record type, read once or many times', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...everyField),
        fc.array(cell, { minLength: 1, maxLength: 6 }),
        (field, cells) => {
          const reader = new ColumnReader(field);
          // Each cell twice: the second reading may come from what the column remembered.
          for (const c of [...cells, ...cells]) {
            const fast = reader.read(c);
            const expected = readCell(field, c);
            if (fast === undefined) expect(reader.readSlow(c)).toEqual(expected);
            else expect({ ok: true, present: true, value: fast }).toEqual(expected);
          }
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('reads plain whole numbers and remembered ids without readCell, and a remembered id is one string', () => {
    const monthly = recordFields('monthly');
    const iud = new ColumnReader(monthly.find((f) => f.path === 'users.iud')!);
    expect(iud.read('0042')).toBe(42);
    expect(iud.read('-0')).toBe(-0);
    expect(iud.read(' 42')).toBeUndefined();
    expect(iud.read('1234567890123456')).toBeUndefined();
    const kampungId = new ColumnReader(monthly.find((f) => f.path === 'kampungId')!);
    const first = 'x,kampung-123456789'.slice(2);
    expect(kampungId.read(first)).toBeUndefined();
    expect(kampungId.readSlow(first)).toEqual({ ok: true, present: true, value: 'kampung-123456789' });
    expect(kampungId.read('kampung-123456789')).toBe('kampung-123456789');
  });
});
