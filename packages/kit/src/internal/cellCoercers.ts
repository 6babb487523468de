import type { Label } from '@kampung-kb/model';
import * as z from 'zod';
import type { CellResult } from '../readCell.js';
import type { FieldKind, RecordField } from '../recordFields.js';

/** Words a boolean cell may hold, compared case-insensitively. */
export const TRUE_WORDS = ['true', 'ya', 'yes', '1'] as const;
/** @see {@link TRUE_WORDS} */
export const FALSE_WORDS = ['false', 'tidak', 'no', '0'] as const;

/** Plain digits with an optional minus: `1.234` and `12,5` are rejected, never guessed. */
const INTEGER_TEXT = /^-?[0-9]+$/;
/** A decimal number written with a point. */
const NUMBER_TEXT = /^-?[0-9]+(\.[0-9]+)?$/;

/**
 * Zod coercers from a trimmed, non-empty cell to the value of each field kind. Lists are split on `;`
 * (and `,`, which no code contains), each item trimmed, empty items dropped.
 */
const coercers: Record<FieldKind, z.ZodType<unknown, string>> = {
  integer: z.string().regex(INTEGER_TEXT).pipe(z.coerce.number<string>().int()),
  number: z.string().regex(NUMBER_TEXT).pipe(z.coerce.number<string>()),
  boolean: z.stringbool({ truthy: [...TRUE_WORDS], falsy: [...FALSE_WORDS], case: 'insensitive' }),
  string: z.string(),
  array: z.string().transform((s) =>
    s
      .split(/[;,]/)
      .map((t) => t.trim())
      .filter((t) => t !== ''),
  ),
  unknown: z.string(),
};

/** What each kind expects, for the message of an invalid cell. */
const expected: Record<FieldKind, Label> = {
  integer: {
    id: 'bilangan bulat tanpa titik ribuan atau koma desimal (mis. 1234)',
    en: 'a whole number without thousands separators or decimals (e.g. 1234)',
  },
  number: { id: 'angka dengan titik desimal (mis. 12.5)', en: 'a number with a decimal point (e.g. 12.5)' },
  boolean: {
    id: 'ya/tidak (juga true/false, yes/no, 1/0)',
    en: 'yes/no (also true/false, ya/tidak, 1/0)',
  },
  string: { id: 'teks', en: 'text' },
  array: { id: 'daftar kode dipisah titik koma', en: 'a list of codes separated by semicolons' },
  unknown: { id: 'nilai yang sah', en: 'a valid value' },
};

/**
 * Reads one cell for a field: empty means absent for an optional field, `null` for a nullable one, an
 * empty list for a list, and absent otherwise (the schema check then reports the missing field).
 */
export function coerceCell(field: RecordField, cell: string): CellResult {
  const raw = cell.trim();
  if (raw === '') {
    if (field.optional) return { ok: true, present: false };
    if (field.nullable) return { ok: true, present: true, value: null };
    if (field.kind === 'array') return { ok: true, present: true, value: [] };
    return { ok: true, present: false };
  }
  // Fast paths for the commonest cells, giving exactly what the coercers give (a property test checks it).
  if (field.kind === 'string' || field.kind === 'unknown') return { ok: true, present: true, value: raw };
  if (field.kind === 'integer' && INTEGER_TEXT.test(raw)) {
    const value = Number(raw);
    if (Number.isSafeInteger(value)) return { ok: true, present: true, value };
  }
  return coerceWithSchema(field, raw);
}

/** Reads a trimmed, non-empty cell with the zod coercer of its kind (the reference for the fast paths). */
export function coerceWithSchema(field: RecordField, raw: string): CellResult {
  const parsed = coercers[field.kind].safeParse(raw);
  if (parsed.success) return { ok: true, present: true, value: parsed.data };
  return { ok: false, raw, expected: expected[field.kind] };
}
