import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordField } from '../recordFields.js';
import { coerceCell, coerceWithSchema } from './cellCoercers.js';

const field = (kind: RecordField['kind']): RecordField => ({
  path: 'x',
  segments: ['x'],
  kind,
  nullable: false,
  optional: false,
});

describe('coerceCell', () => {
  it('gives exactly what the zod coercers give, fast paths included', () => {
    const cell = fc
      .array(
        fc.constantFrom('0', '1', '7', '9', '-', '+', '.', ',', ' ', 'e', 'x', '٣', '00', '9007199254740993'),
        {
          minLength: 1,
          maxLength: 12,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.constantFrom('integer', 'string', 'unknown', 'number', 'boolean', 'array'),
        cell,
        (kind, text) => {
          const f = field(kind as RecordField['kind']);
          const raw = text.trim();
          fc.pre(raw !== '');
          expect(coerceCell(f, text)).toEqual(coerceWithSchema(f, raw));
        },
      ),
      { numRuns: 5000 },
    );
    expect(coerceCell(field('integer'), '-0')).toEqual(coerceWithSchema(field('integer'), '-0'));
    expect(coerceCell(field('integer'), '9007199254740993').ok).toBe(false);
  });
});
