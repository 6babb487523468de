import { describe, expect, it } from 'vitest';
import { type DhsReadItem, parseDhsWomenCsv } from './parseDhsWomenCsv.js';

async function read(text: string): Promise<DhsReadItem[]> {
  const items: DhsReadItem[] = [];
  for await (const item of parseDhsWomenCsv([text], { file: 'ir.csv', lang: 'en' })) items.push(item);
  return items;
}

describe('parseDhsWomenCsv', () => {
  it('reads the recode variables by name, any case and order; missing columns and blanks are null', async () => {
    const text =
      'CASEID,V005,v012,v313,v312,v626a,b3_02,B3_01,v101,v213\n' +
      '"  1  1  2",1234567,26,3,6,4,1290,1301,3,.\n' +
      '"  1  2  1",950000,31,0,0,1,,,2,1\n';
    const items = await read(text);
    expect(items.map((i) => i.kind)).toEqual(['issue', 'woman', 'woman', 'summary']);
    const first = items[1] as Extract<DhsReadItem, { kind: 'woman' }>;
    expect(first.row).toBe(2);
    expect(first.woman).toMatchObject({
      caseId: '1  1  2',
      v005: 1234567,
      v012: 26,
      v313: 3,
      v312: 6,
      v626a: 4,
      v213: null,
      v001: null,
      birthsCmc: [1290, 1301],
    });
    expect((items[2] as Extract<DhsReadItem, { kind: 'woman' }>).woman.birthsCmc).toEqual([]);
    const info = items[0] as Extract<DhsReadItem, { kind: 'issue' }>;
    expect(info.issue).toMatchObject({
      code: 'dhs-columns-ignored',
      severity: 'info',
      values: { count: 1, sample: 'v101' },
    });
    expect(items[3]).toEqual({
      kind: 'summary',
      summary: { file: 'ir.csv', rows: 2, women: 2, rejectedRows: 0 },
    });
  });

  it('rejects a row with a value label or an identifier as caseid, naming row and column', async () => {
    const text =
      'caseid,v313,v312\n"1 1 2",modern,3\n6371041234567890,3,3\n,0,0\n"1 1 3",0,0\n"1 1 4",0,6371041234567890\n';
    const items = await read(text);
    const issues = items.flatMap((i) => (i.kind === 'issue' ? [i.issue] : []));
    expect(issues.map((i) => [i.code, i.location.line, i.location.field])).toEqual([
      ['dhs-cell-invalid', 2, 'v313'],
      ['dhs-caseid-invalid', 3, 'caseid'],
      ['dhs-caseid-invalid', 4, 'caseid'],
      ['dhs-cell-invalid', 6, 'v312'],
    ]);
    expect(issues[0]?.message.en).toContain("'modern' cannot be read");
    expect(JSON.stringify(items)).not.toMatch(/[0-9]{16}/);
    expect(items.at(-1)).toEqual({
      kind: 'summary',
      summary: { file: 'ir.csv', rows: 5, women: 1, rejectedRows: 4 },
    });
  });

  it('refuses a file without caseid, accounting for its rows', async () => {
    const items = await read('v012,v313\n25,3\n30,0\n');
    expect(items.map((i) => (i.kind === 'issue' ? i.issue.code : i.kind))).toEqual([
      'dhs-column-missing',
      'summary',
    ]);
    expect(items.at(-1)).toEqual({
      kind: 'summary',
      summary: { file: 'ir.csv', rows: 2, women: 0, rejectedRows: 2 },
    });
  });
});
