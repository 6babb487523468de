import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmacPseudonymizer } from '../pseudonym/createHmacPseudonymizer.js';
import type { FamilyReadItem } from './familyReadItem.js';
import { readDhsWomenFile, readFamilyFile } from './readFamilyFile.js';

const pseudonymize = createHmacPseudonymizer('a-test-secret-of-32-characters!!');
const HEADER = [
  'kk',
  'kampungId',
  'month',
  'housing.floorAreaM2',
  'nik',
  'line',
  'sex',
  'birthMonth',
  'maritalStatus',
  'relation',
];
const ROWS = [
  [
    '6371040101210001',
    'sungai-andai',
    '2021-04',
    '36',
    '6371044101900001',
    '1',
    'Laki-laki',
    '1985-03',
    'Kawin',
    'Kepala keluarga',
  ],
  ['', '', '', '', '6371044101900002', '2', 'Perempuan', '1990-07', 'Kawin', 'Istri'],
  [
    '6371040101210002',
    'sungai-andai',
    '2021-04',
    '',
    '6371044101900003',
    '1',
    'Perempuan',
    '1950-12',
    'Cerai mati',
    'Kepala keluarga',
  ],
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kkb-family-'));
  await writeFile(join(dir, 'pk21.csv'), [HEADER, ...ROWS].map((r) => r.join(',')).join('\n'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PK21');
  ws.addRow(HEADER);
  for (const r of ROWS)
    ws.addRow(r.map((c, i) => (c !== '' && (i === 3 || i === 5) ? Number(c) : c === '' ? null : c)));
  wb.addWorksheet('Catatan').addRow(['not read']);
  await wb.xlsx.writeFile(join(dir, 'pk21.xlsx'));
  const numeric = new ExcelJS.Workbook();
  const ns = numeric.addWorksheet('PK21');
  ns.addRow(HEADER);
  ns.addRow(ROWS[0]?.map((c, i) => (i === 0 || i === 4 ? Number(c) : c)) ?? []);
  await numeric.xlsx.writeFile(join(dir, 'numeric.xlsx'));
  const family = (r: string[], members: string[][]) => ({
    kk: r[0],
    kampungId: r[1],
    month: r[2],
    ...(r[3] ? { housing: { floorAreaM2: Number(r[3]) } } : {}),
    members: members.map((m) => ({
      nik: m[4],
      line: Number(m[5]),
      sex: m[6],
      birthMonth: m[7],
      maritalStatus: m[8],
      relation: m[9],
    })),
  });
  const fams = [
    family(ROWS[0] as string[], [ROWS[0] as string[], ROWS[1] as string[]]),
    family(ROWS[2] as string[], [ROWS[2] as string[]]),
  ];
  await writeFile(join(dir, 'pk21.json'), JSON.stringify(fams));
  await writeFile(join(dir, 'pk21.ndjson'), fams.map((f) => JSON.stringify(f)).join('\n'));
  await writeFile(join(dir, 'broken.xlsx'), 'this is no workbook');
  await writeFile(join(dir, 'ir.csv'), 'caseid,v012\n"1 1 2",26\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(name: string): Promise<FamilyReadItem[]> {
  const items: FamilyReadItem[] = [];
  for await (const item of readFamilyFile(join(dir, name), { pseudonymize })) items.push(item);
  return items;
}
const familiesOf = (items: FamilyReadItem[]) => items.flatMap((i) => (i.kind === 'family' ? [i.family] : []));
const codes = (items: FamilyReadItem[]) => items.flatMap((i) => (i.kind === 'issue' ? [i.issue.code] : []));

describe('readFamilyFile', () => {
  it('gives the same families from CSV, XLSX (first sheet), JSON and NDJSON', async () => {
    const csv = await read('pk21.csv');
    expect(codes(csv)).toEqual([]);
    expect(familiesOf(csv)).toHaveLength(2);
    expect(familiesOf(csv)[0]?.members[1]).toMatchObject({ sex: 'female', relation: 'spouse' });
    for (const name of ['pk21.xlsx', 'pk21.json', 'pk21.ndjson']) {
      const items = await read(name);
      expect(codes(items), name).toEqual([]);
      expect(familiesOf(items), name).toEqual(familiesOf(csv));
    }
    expect(csv.at(-1)).toEqual({
      kind: 'summary',
      summary: {
        file: join(dir, 'pk21.csv'),
        rows: 3,
        families: 2,
        members: 3,
        women: 0,
        rejectedRows: 0,
        rejectedFamilies: 0,
      },
    });
  });

  it('refuses a KK or NIK typed as a number in a workbook, never showing it', async () => {
    const items = await read('numeric.xlsx');
    expect(codes(items)).toEqual(['family-kk-not-text', 'family-nik-not-text', 'family-rejected']);
    expect(JSON.stringify(items)).not.toMatch(/[0-9]{15,}/);
  });

  it('gives an issue and an empty summary for a missing, broken or unknown file', async () => {
    for (const [name, code] of [
      ['missing.csv', 'family-file-unreadable'],
      ['broken.xlsx', 'family-file-unreadable'],
      ['pk21.sav', 'family-file-type'],
    ] as const) {
      const items = await read(name);
      expect(codes(items), name).toEqual([code]);
      expect(items.at(-1)).toMatchObject({ kind: 'summary', summary: { rows: 0, families: 0 } });
    }
  });
});

describe('readDhsWomenFile', () => {
  it('reads a DHS CSV from disk; refuses other types', async () => {
    const items = [];
    for await (const item of readDhsWomenFile(join(dir, 'ir.csv'))) items.push(item);
    expect(items.map((i) => i.kind)).toEqual(['woman', 'summary']);
    const other = [];
    for await (const item of readDhsWomenFile(join(dir, 'ir.dta'))) other.push(item);
    expect(other.map((i) => (i.kind === 'issue' ? i.issue.code : i.kind))).toEqual([
      'dhs-file-type',
      'summary',
    ]);
  });
});
