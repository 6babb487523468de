import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHmacPseudonymizer } from '../pseudonym/createHmacPseudonymizer.js';
import type { FamilyReadItem } from './familyReadItem.js';
import { parseFamilyCsv } from './parseFamilyCsv.js';

const pseudonymize = createHmacPseudonymizer('a-test-secret-of-32-characters!!');
const HEADER =
  'kk,kampungId,month,housing.floorAreaM2,nik,line,sex,birthMonth,maritalStatus,relation,catatan';

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
/** An identifier-like cell: 15–17 digits, sometimes with separators between groups of four. */
const idLike = fc.oneof(
  digits(16),
  digits(15),
  digits(17),
  digits(16).map((d) => d.replace(/(\d{4})(?=\d)/g, '$1 ')),
);
const cell = (valid: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: idLike },
    { weight: 1, arbitrary: fc.constant('') },
  );
const row = fc.tuple(
  fc.oneof(fc.constant(''), fc.constantFrom('6371040101210001', '6371040101210002'), idLike),
  cell(fc.constant('sungai-andai')),
  cell(fc.constantFrom('2021-04', '2021-05')),
  cell(fc.constantFrom('36', '12.5')),
  cell(digits(16)),
  cell(fc.constantFrom('1', '2', '3')),
  cell(fc.constantFrom('male', 'Perempuan', '2')),
  cell(fc.constantFrom('1990-07', '1985-03-17')),
  cell(fc.constantFrom('married', 'Kawin', '1')),
  cell(fc.constantFrom('head', 'spouse', 'child')),
  cell(fc.constantFrom('', 'catatan')),
);

describe('parseFamilyCsv on arbitrary rows (property)', () => {
  it('never outputs a 16-digit run and accounts for every row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 25 }), async (rows) => {
        const text = [HEADER, ...rows.map((r) => r.join(','))].join('\n');
        const items: FamilyReadItem[] = [];
        for await (const item of parseFamilyCsv([text], { file: 'p.csv', pseudonymize })) items.push(item);
        expect(JSON.stringify(items)).not.toMatch(/[0-9](?:[\s.\-_/]?[0-9]){15}/);
        const last = items.at(-1);
        expect(last?.kind).toBe('summary');
        expect(items.filter((i) => i.kind === 'summary')).toHaveLength(1);
        const s = (last as Extract<FamilyReadItem, { kind: 'summary' }>).summary;
        expect(s.rows).toBe(rows.length);
        expect(s.members + s.rejectedRows).toBe(s.rows);
        expect(items.filter((i) => i.kind === 'family')).toHaveLength(s.families);
      }),
      { numRuns: 150 },
    );
  });
});
