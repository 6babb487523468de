import { join } from 'node:path';
import { readDataDir } from '@kampung-kb/kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BANJARMASIN,
  banjarmasinCopy,
  rowOf,
  tempDir,
  writeLayoutWorkbook,
} from './__fixtures__/layoutWorkbook.js';
import { importFile } from './importFile.js';
import type { ImportCounts } from './importResult.js';
import { recordFields } from './internal/cells.js';

const { dataset } = await readDataDir(BANJARMASIN);
const template = dataset.monthly[0] as unknown as Record<string, unknown>;
const kampungIds = dataset.kampung.map((k) => k.id);
const paths = recordFields('monthly').map((f) => f.path);

/** What a generated row is, and so what the import must make of it. */
type RowKind =
  | { kind: 'valid' }
  | { kind: 'blank'; how: 'prefilled' | 'spaces' }
  | { kind: 'invalid'; how: 'text' | 'negative' | 'fraction' | 'missing' | 'badMonth'; field: string };

const countFields = paths.filter(
  (p) => p.startsWith('users.') || p.startsWith('nonUsers.') || p === 'jknHolders',
);
const requiredCounts = countFields.filter(
  (p) => !recordFields('monthly').find((f) => f.path === p)?.optional,
);

const rowKind: fc.Arbitrary<RowKind> = fc.oneof(
  fc.constant<RowKind>({ kind: 'valid' }),
  fc.constantFrom<RowKind>({ kind: 'blank', how: 'prefilled' }, { kind: 'blank', how: 'spaces' }),
  fc.record({
    kind: fc.constant('invalid' as const),
    how: fc.constantFrom('text', 'negative', 'fraction', 'missing', 'badMonth'),
    field: fc.constantFrom(...requiredCounts),
  }),
);

/** The cells of row `i` (a distinct key per row: a kampung and a month after the example's data). */
function cells(kind: RowKind, i: number, bump: number): unknown[] {
  const kampungId = kampungIds[i % kampungIds.length] as string;
  const period = `${2040 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  if (kind.kind === 'blank') {
    return kind.how === 'prefilled' ? [kampungId, period] : paths.map(() => '  ');
  }
  const row = rowOf('monthly', { ...template, kampungId, period });
  const at = (p: string) => paths.indexOf(p);
  row[at('jknHolders')] = Number(row[at('jknHolders')]) + bump;
  if (kind.kind === 'invalid') {
    const v = { text: 'dua', negative: -3, fraction: 1.5, missing: null, badMonth: undefined }[kind.how];
    if (kind.how === 'badMonth') row[at('period')] = `${period.slice(0, 4)}-13`;
    else row[at(kind.field)] = v;
  }
  return row;
}

function counts(c: ImportCounts): number[] {
  return [c.read, c.imported, c.updated, c.ignored, c.rejected];
}

describe('importFile: every row of a workbook accounted for (property)', () => {
  it('random blank, valid and invalid rows: counts exact, rejected rows named; a re-import updates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowKind, { minLength: 1, maxLength: 40 }),
        fc.nat(50),
        async (kinds, bump) => {
          const dir = await banjarmasinCopy();
          const file = join(await tempDir(), 'isian.xlsx');
          await writeLayoutWorkbook(file, [
            { type: 'monthly', checkColumn: true, rows: kinds.map((k, i) => cells(k, i, bump)) },
          ]);
          const valid = kinds.filter((k) => k.kind === 'valid').length;
          const blank = kinds.filter((k) => k.kind === 'blank').length;
          const invalidRows = kinds.flatMap((k, i) => (k.kind === 'invalid' ? [i + 3] : []));

          const first = await importFile(file, { into: dir });
          expect(first.fatal).toBeUndefined();
          expect(counts(first)).toEqual([kinds.length, valid, 0, blank, invalidRows.length]);
          expect(counts(first.sheets[0] as ImportCounts)).toEqual(counts(first));
          expect(counts(first.byType.monthly as ImportCounts)).toEqual(counts(first));
          expect([...new Set(first.rejections.map((r) => r.row))]).toEqual(invalidRows);
          for (const r of first.rejections) {
            expect(r.sheet).toBe('Laporan bulanan KKBPK');
            expect(r.issue.message.id).toContain(`baris ${r.row}`);
            expect(r.issue.message.en).toContain(`row ${r.row}`);
          }
          const after = await readDataDir(dir);
          expect(after.dataset.monthly).toHaveLength(dataset.monthly.length + valid);

          const again = await importFile(file, { into: dir });
          expect(counts(again)).toEqual([kinds.length, 0, first.imported, blank, invalidRows.length]);
          expect((await readDataDir(dir)).dataset.monthly).toEqual(after.dataset.monthly);
        },
      ),
      { numRuns: 12 },
    );
  });
});
