import { describe, expect, it } from 'vitest';
import { createHmacPseudonymizer } from '../pseudonym/createHmacPseudonymizer.js';
import type { FamilyReadItem } from './familyReadItem.js';
import { parseFamilyJson } from './parseFamilyJson.js';

const pseudonymize = createHmacPseudonymizer('a-test-secret-of-32-characters!!');
const KK1 = '6371040101210001';
const KK2 = '6371040101210002';
const NIK1 = '6371044101900001';
const NIK2 = '6371044101900002';

const head = {
  nik: NIK1,
  line: 1,
  sex: 'male',
  birthMonth: '1985-03',
  maritalStatus: 'married',
  relation: 'head',
};
const wife = {
  nik: NIK2,
  line: 2,
  jenis_kelamin: 'Perempuan',
  birthMonth: '1990-07-12',
  maritalStatus: 2,
  relation: 'spouse',
  fertility: {
    childrenEverBorn: { male: 1, female: 0 },
    childrenLiving: { male: 1, female: 0 },
    pregnant: false,
    currentMethod: 'pil',
  },
};
const FAMILY1 = {
  kk: KK1,
  kampungId: 'sungai-andai',
  month: '2021-04',
  housing: { floorAreaM2: 36 },
  members: [head, wife],
};
const FAMILY2 = { kk: KK2, kampungId: 'sungai-andai', month: '2021-04', members: [{ ...head, nik: NIK2 }] };

async function read(pieces: string[], file = 'pk21.json'): Promise<FamilyReadItem[]> {
  const items: FamilyReadItem[] = [];
  for await (const item of parseFamilyJson(pieces, { file, pseudonymize })) items.push(item);
  return items;
}
const kinds = (items: FamilyReadItem[]) =>
  items.map((i) =>
    i.kind === 'issue' ? `${i.issue.code}@${i.issue.location.index ?? i.issue.location.line}` : i.kind,
  );
const summaryOf = (items: FamilyReadItem[]) =>
  (items.at(-1) as Extract<FamilyReadItem, { kind: 'summary' }>).summary;

describe('parseFamilyJson', () => {
  it('reads a JSON array of families, values read like CSV cells, pseudonymised', async () => {
    const text = JSON.stringify([FAMILY1, FAMILY2], null, 2);
    const items = await read([text.slice(0, 50), text.slice(50, 51), text.slice(51)]);
    expect(kinds(items)).toEqual(['family', 'family', 'summary']);
    const f = items[0] as Extract<FamilyReadItem, { kind: 'family' }>;
    expect([f.firstRow, f.lastRow]).toEqual([1, 1]);
    expect(f.family).toEqual({
      id: pseudonymize('kk', KK1),
      kampungId: 'sungai-andai',
      month: '2021-04',
      housing: { floorAreaM2: 36 },
      members: [
        {
          id: pseudonymize('nik', NIK1),
          line: 1,
          sex: 'male',
          birthMonth: '1985-03',
          maritalStatus: 'married',
          relation: 'head',
        },
        {
          id: pseudonymize('nik', NIK2),
          line: 2,
          sex: 'female',
          birthMonth: '1990-07',
          maritalStatus: 'married',
          relation: 'spouse',
          fertility: { ...wife.fertility, currentMethod: 'pill' },
        },
      ],
    });
    expect(summaryOf(items)).toEqual({
      file: 'pk21.json',
      rows: 2,
      families: 2,
      members: 3,
      women: 1,
      rejectedRows: 0,
      rejectedFamilies: 0,
    });
  });

  it('reads NDJSON and accounts for broken lines, numbers for KK, unknown fields, no members', async () => {
    const lines = [
      JSON.stringify(FAMILY1),
      '{"kk": "6371040101210009", "members": [',
      '',
      JSON.stringify({ ...FAMILY2, kk: 6371040101210002 }),
      JSON.stringify({ ...FAMILY2, rumah: { atap: 'seng' } }),
      JSON.stringify({ kk: KK2, kampungId: 'sungai-andai', month: '2021-04' }),
      '42',
    ];
    const items = await read([lines.join('\r\n')], 'pk21.ndjson');
    expect(kinds(items)).toEqual([
      'family',
      'family-json-invalid@2',
      'family-kk-not-text@4',
      'family-rejected@4',
      'family-field-unknown@5',
      'family',
      'family-members-missing@6',
      'family-json-not-object@7',
      'summary',
    ]);
    expect(JSON.stringify(items)).not.toMatch(/[0-9]{16}/);
    expect(summaryOf(items)).toMatchObject({ rows: 6, families: 2, rejectedRows: 4, rejectedFamilies: 1 });
  });

  it('counts a rejected JSON family as one row, located by its position', async () => {
    const bad = { ...FAMILY1, members: [head, { ...wife, sex: 'x', jenis_kelamin: undefined }] };
    const items = await read([JSON.stringify([FAMILY2, bad])]);
    expect(kinds(items)).toEqual(['family', 'family-cell-invalid@2', 'family-rejected@2', 'summary']);
    expect(summaryOf(items)).toMatchObject({ rows: 2, families: 1, rejectedRows: 1, rejectedFamilies: 1 });
  });

  it('streams a JSON array: the first family comes out before the array is read', async () => {
    let pulled = 0;
    async function* chunks() {
      yield '[';
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield `${i === 0 ? '' : ','}${JSON.stringify(FAMILY1)}`;
      }
      yield ']';
    }
    for await (const item of parseFamilyJson(chunks(), { file: 'big.json', pseudonymize })) {
      if (item.kind === 'family') break;
    }
    expect(pulled).toBeLessThanOrEqual(3);
  });

  it('says so when the file is empty or the array is cut', async () => {
    expect(kinds(await read(['  ']))).toEqual(['family-file-empty@undefined', 'summary']);
    const cut = await read([`[${JSON.stringify(FAMILY1)}, {"kk":`]);
    expect(kinds(cut)).toEqual(['family', 'family-json-unterminated@2', 'summary']);
    expect(summaryOf(cut)).toMatchObject({ rows: 2, rejectedRows: 1 });
  });
});
