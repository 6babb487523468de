import { describe, expect, it } from 'vitest';
import { createHmacPseudonymizer } from '../pseudonym/createHmacPseudonymizer.js';
import type { FamilyReadItem } from './familyReadItem.js';
import { parseFamilyCsv } from './parseFamilyCsv.js';

const pseudonymize = createHmacPseudonymizer('a-test-secret-of-32-characters!!');
const KK1 = '6371040101210001';
const KK2 = '6371040101210002';
const NIK = (n: number) => `63710441019${String(n).padStart(5, '0')}`;

const HEADER =
  'kk,kampungId,month,housing.toilet.facility,housing.toilet.sharing,development.savings,' +
  'nik,line,sex,birthMonth,maritalStatus,relation,fertility.childrenEverBorn.male,' +
  'fertility.childrenEverBorn.female,fertility.childrenLiving.male,fertility.childrenLiving.female,' +
  'fertility.pregnant,fertility.currentMethod';

async function read(text: string | string[], file = 'pk21.csv'): Promise<FamilyReadItem[]> {
  const items: FamilyReadItem[] = [];
  for await (const item of parseFamilyCsv(Array.isArray(text) ? text : [text], { file, pseudonymize })) {
    items.push(item);
  }
  return items;
}

const families = (items: FamilyReadItem[]) => items.flatMap((i) => (i.kind === 'family' ? [i] : []));
const issues = (items: FamilyReadItem[]) => items.flatMap((i) => (i.kind === 'issue' ? [i.issue] : []));
const summary = (items: FamilyReadItem[]) => {
  const s = items.filter((i) => i.kind === 'summary');
  expect(s).toHaveLength(1);
  expect(items.at(-1)?.kind).toBe('summary');
  return (s[0] as Extract<FamilyReadItem, { kind: 'summary' }>).summary;
};

/** Every 16-digit run (with or without separators) anywhere in what the reader gave. */
function sixteenDigitRuns(items: readonly FamilyReadItem[]): string[] {
  return JSON.stringify(items).match(/[0-9](?:[\s.\-_/]?[0-9]){15}/g) ?? [];
}

const GOOD = [
  HEADER,
  `${KK1},sungai-andai,2021-04,Leher angsa ke tangki septik,1,ya,${NIK(1)},1,laki-laki,1985-03-17,kawin,1,,,,,,`,
  `,,,,,,${NIK(2)},2,2,1990-07,2,spouse,1,1,1,1,tidak,implan`,
  `${KK1},sungai-andai,2021-04,flushSeptic,,yes,${NIK(3)},3,female,2015-01,neverMarried,child,,,,,,`,
  `${KK2},sungai-andai,202104,13,,,${NIK(4)},1,perempuan,1950-12,cerai mati,head,,,,,,`,
].join('\n');

describe('parseFamilyCsv', () => {
  it('reads contiguous rows into families, labels, codes and answer numbers alike, pseudonymised', async () => {
    const items = await read(GOOD);
    const fams = families(items);
    expect(fams.map((f) => [f.firstRow, f.lastRow, f.family.members.length])).toEqual([
      [2, 4, 3],
      [5, 5, 1],
    ]);
    const f = fams[0]?.family;
    expect(f?.id).toBe(pseudonymize('kk', KK1));
    expect(f?.month).toBe('2021-04');
    expect(f?.housing).toEqual({ toilet: { facility: 'flushSeptic', sharing: 'private' } });
    expect(f?.development).toEqual({ savings: true });
    expect(f?.members[0]).toEqual({
      id: pseudonymize('nik', NIK(1)),
      line: 1,
      sex: 'male',
      birthMonth: '1985-03',
      maritalStatus: 'married',
      relation: 'head',
    });
    expect(f?.members[1]?.fertility).toEqual({
      childrenEverBorn: { male: 1, female: 1 },
      childrenLiving: { male: 1, female: 1 },
      pregnant: false,
      currentMethod: 'implant',
    });
    expect(fams[1]?.family.housing).toEqual({ toilet: { facility: 'flushPit' } });
    expect(fams[1]?.family.members[0]).toMatchObject({ maritalStatus: 'widowed', sex: 'female' });
    expect(issues(items)).toEqual([]);
    expect(summary(items)).toEqual({
      file: 'pk21.csv',
      rows: 4,
      families: 2,
      members: 4,
      women: 1,
      rejectedRows: 0,
      rejectedFamilies: 0,
    });
  });

  it('gives the same items whatever the chunking (bytes split anywhere)', async () => {
    const whole = await read(GOOD);
    const bytes = new TextEncoder().encode(GOOD);
    const pieces: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 7) pieces.push(bytes.subarray(i, i + 7));
    const items: FamilyReadItem[] = [];
    for await (const item of parseFamilyCsv(
      (async function* () {
        yield* pieces;
      })(),
      { file: 'pk21.csv', pseudonymize },
    )) {
      items.push(item);
    }
    expect(items).toEqual(whole);
  });

  it('streams: the first family comes out after its own rows, long before the input ends', async () => {
    let pulled = 0;
    async function* chunks() {
      yield `${HEADER}\n`;
      for (let i = 0; i < 1000; i++) {
        pulled++;
        const kk = `6371040102${String(i).padStart(6, '0')}`;
        yield `${kk},sungai-andai,2021-04,,,,${NIK(i)},1,male,1985-03,married,head,,,,,,\n`;
      }
    }
    for await (const item of parseFamilyCsv(chunks(), { file: 'big.csv', pseudonymize })) {
      if (item.kind === 'family') break;
    }
    expect(pulled).toBeLessThanOrEqual(3);
  });

  it('a woman with a Blok II and no method has currentMethod null', async () => {
    const text = `${HEADER}\n${KK1},sungai-andai,2021-04,,,,${NIK(2)},1,2,1990-07,2,head,0,0,0,0,0,`;
    const f = families(await read(text))[0]?.family;
    expect(f?.members[0]?.fertility?.currentMethod).toBeNull();
  });

  it('rejects a family with a bad cell whole, naming row and column, and accounts for every row', async () => {
    const text = [
      HEADER,
      `${KK1},sungai-andai,2021-04,,,,${NIK(1)},1,male,1985-03,married,head,,,,,,`,
      `,,,,,,${NIK(2)},2,unicorn,1990-07,married,spouse,,,,,,`,
      `${KK2},sungai-andai,2021-04,,,,${NIK(4)},1,female,1950-12,widowed,head,,,,,,`,
    ].join('\n');
    const items = await read(text);
    const found = issues(items);
    expect(found.map((i) => [i.code, i.location.line, i.location.field])).toEqual([
      ['family-cell-invalid', 3, 'sex'],
      ['family-rejected', 2, 'kk'],
    ]);
    expect(found[0]?.message.en).toContain("'unicorn' cannot be read");
    expect(found[0]?.message.id).toContain('tidak terbaca');
    expect(found[1]?.values).toMatchObject({ firstRow: 2, lastRow: 3, rows: 2 });
    const s = summary(items);
    expect(s).toMatchObject({ rows: 3, families: 1, rejectedRows: 2, rejectedFamilies: 1 });
    const acceptedRows = families(items).reduce((n, f) => n + f.lastRow - f.firstRow + 1, 0);
    expect(acceptedRows + s.rejectedRows).toBe(s.rows);
  });

  it('lang picks the language of the accepted forms in the values of an issue', async () => {
    const text = `${HEADER}\n${KK1},sungai-andai,2021-04,,,,${NIK(1)},1,unicorn,1985-03,married,head,,,,,,`;
    const expected = async (lang?: 'id' | 'en') => {
      const items: FamilyReadItem[] = [];
      const options = lang ? { file: 'f.csv', pseudonymize, lang } : { file: 'f.csv', pseudonymize };
      for await (const item of parseFamilyCsv([text], options)) items.push(item);
      return issues(items)[0]?.values['expected'];
    };
    expect(await expected()).toContain("kode dari daftar 'Jenis kelamin'");
    expect(await expected('en')).toContain("a code of the list 'Sex'");
  });

  it('a repeated family value that differs is an error; repeating the same value is fine', async () => {
    const text = [
      HEADER,
      `${KK1},sungai-andai,2021-04,flushSeptic,,,${NIK(1)},1,male,1985-03,married,head,,,,,,`,
      `${KK1},sungai-andai,2021-04,Leher angsa ke tangki septik,,,${NIK(2)},2,female,1990-07,married,spouse,,,,,,`,
      `${KK1},sungai-andai,2021-05,,,,${NIK(3)},3,female,2015-01,neverMarried,child,,,,,,`,
    ].join('\n');
    const found = issues(await read(text));
    expect(found.map((i) => [i.code, i.location.line, i.location.field])).toEqual([
      ['family-value-differs', 4, 'month'],
      ['family-rejected', 2, 'kk'],
    ]);
    expect(found[0]?.message.en).toContain("differs from '2021-04' on row 2");
  });

  it('never lets a KK or NIK number out: invalid, missing, too long, in an unknown column, in a cell', async () => {
    const text = [
      `${HEADER},catatan`,
      `${KK1},sungai-andai,2021-04,,,,${NIK(1)},1,male,1985-03,married,head,,,,,,,${NIK(9)}`,
      `,,,,,,637104410190001,2,female,1990-07,married,spouse,,,,,,,`,
      `63710401012100033,sungai-andai,2021-04,,,,${NIK(3)},1,female,1990-07,married,head,,,,,,,`,
      `,,,,,,,2,${NIK(5)},1990-07,married,spouse,,,,,,,`,
      `${KK2},sungai-andai,2021-04,,,,${NIK(4)},1,female,1950-12,${KK1},head,,,,,,,`,
      `${KK2.slice(0, 8)} ${KK2.slice(8)},sungai-andai,2021-04,,,,${NIK(4)},2,female,1950-12,widowed,head,,,,,,,`,
    ].join('\n');
    const items = await read(text);
    expect(sixteenDigitRuns(items)).toEqual([]);
    expect(JSON.stringify(items)).not.toContain('410190001');
    const codes = issues(items).map((i) => [i.code, i.location.line]);
    expect(codes).toEqual([
      ['family-column-unknown', 1],
      ['family-nik-invalid', 3],
      ['family-rejected', 2],
      ['family-kk-invalid', 4],
      ['family-nik-missing', 5],
      ['family-cell-invalid', 5],
      ['family-rejected', 4],
      ['family-cell-invalid', 6],
      ['family-rejected', 6],
    ]);
    expect(issues(items)[1]?.values['value']).toBe('***********0001');
    expect(summary(items)).toMatchObject({ rows: 6, families: 0, rejectedRows: 6, rejectedFamilies: 3 });
  });

  it('a missing required column rejects every row with one issue; an empty file says so', async () => {
    const text = `kk,kampungId,month,nik,line,sex,birthMonth,relation\n${KK1},a,2021-04,${NIK(1)},1,1,1990-01,1\n`;
    const items = await read(text);
    expect(issues(items).map((i) => [i.code, i.location.field])).toEqual([
      ['family-column-missing', 'maritalStatus'],
    ]);
    expect(summary(items)).toMatchObject({ rows: 1, rejectedRows: 1, families: 0 });
    const empty = await read('');
    expect(issues(empty).map((i) => i.code)).toEqual(['family-file-empty']);
    expect(summary(empty)).toMatchObject({ rows: 0 });
  });

  it('reads Indonesian header aliases and semicolon files', async () => {
    const text =
      'No KK;Kode Kampung;Bulan;NIK;No Urut;Jenis Kelamin;Tanggal Lahir;Status Perkawinan;Hubungan\n' +
      `${KK1};sungai-andai;2021-04;${NIK(1)};1;Laki-laki;17/03/1985;Kawin;Kepala keluarga\n`;
    const items = await read(text);
    expect(issues(items)).toEqual([]);
    expect(families(items)[0]?.family.members[0]).toMatchObject({ birthMonth: '1985-03', relation: 'head' });
  });

  it('schema limits are checked: a wrong kampung id, a line number out of range', async () => {
    const text = `${HEADER}\n${KK1},Sungai Andai,2021-04,,,,${NIK(1)},100,male,1985-03,married,head,,,,,,`;
    const found = issues(await read(text));
    expect(found.map((i) => [i.code, i.location.line, i.location.field])).toEqual([
      ['family-invalid', 2, 'kampungId'],
      ['family-invalid', 2, 'line'],
      ['family-rejected', 2, 'kk'],
    ]);
    expect(found[1]?.message.en).toContain('above the upper limit 99');
  });

  it('refuses a free-text cell holding an NIK (e.g. typed into kampungId), never keeping it', async () => {
    const text = `${HEADER}\n${KK1},${NIK(7)},2021-04,,,,${NIK(1)},1,male,1985-03,married,head,,,,,,`;
    const items = await read(text);
    expect(issues(items).map((i) => [i.code, i.location.line, i.location.field])).toEqual([
      ['family-identifier-in-cell', 2, 'kampungId'],
      ['family-rejected', 2, 'kk'],
    ]);
    expect(sixteenDigitRuns(items)).toEqual([]);
  });

  it('a line number or NIK given twice in one family is an error', async () => {
    const text = [
      HEADER,
      `${KK1},sungai-andai,2021-04,,,,${NIK(1)},1,male,1985-03,married,head,,,,,,`,
      `,,,,,,${NIK(1)},1,female,1990-07,married,spouse,,,,,,`,
    ].join('\n');
    const found = issues(await read(text));
    expect(found.map((i) => [i.code, i.location.line, i.location.field])).toEqual([
      ['family-line-repeated', 3, 'line'],
      ['family-nik-repeated', 3, 'nik'],
      ['family-rejected', 2, 'kk'],
    ]);
  });

  it('warns once about a column without a header that holds data', async () => {
    const text = [
      `${HEADER},,`,
      `${KK1},sungai-andai,2021-04,,,,${NIK(1)},1,male,1985-03,married,head,,,,,,,,`,
      `,,,,,,${NIK(2)},2,female,1990-07,married,spouse,,,,,,,x,`,
      `,,,,,,${NIK(3)},3,female,2015-01,neverMarried,child,,,,,,,y,`,
    ].join('\n');
    const items = await read(text);
    expect(issues(items).map((i) => [i.code, i.severity, i.location.line, i.location.field])).toEqual([
      ['family-column-unnamed', 'warning', 3, '#19'],
    ]);
    expect(families(items)).toHaveLength(1);
  });

  it('keeps quotes inside unquoted cells and reads quoted line breaks', async () => {
    const text = `${HEADER},catatan\n${KK1},sungai-andai,2021-04,,,,${NIK(1)},1,male,1985-03,married,head,,,,,,,Jl. A "Baru"\n`;
    const items = await read(text);
    expect(families(items)).toHaveLength(1);
  });
});
