import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../__fixtures__/exportDocument.js';
import type { ReportDocument } from '../reportDocument.js';
import { reportToXlsx } from './reportToXlsx.js';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

describe('reportToXlsx', () => {
  it('writes an About sheet, then one sheet per table and per chart', async () => {
    const wb = await readBack(await reportToXlsx(exportDocument('en')));
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'About',
      'kampung-indicators',
      'table-2-1',
      'spend-by-year',
    ]);
    const about = wb.getWorksheet('About');
    expect(about?.getCell('A1').value).toBe('City recap');
    expect(about?.getCell('A1').font?.bold).toBe(true);
    expect(about?.getCell('A2').value).toBe('December 2020');
    expect(about?.getCell('A3').value).toBe('Synthetic data');
    expect(about?.getRow(5).values).toEqual([undefined, 'Sheet', 'Section', 'Title']);
    expect(about?.getRow(6).values).toEqual([
      undefined,
      'kampung-indicators',
      'Kampung',
      'Indicators per kampung',
    ]);
    expect(about?.getRow(8).values).toEqual([undefined, 'spend-by-year', 'Levels', 'Spend per year']);
    expect(about?.getCell('A11').value).toBe('Source: synthetic data.');
    const idBook = await readBack(await reportToXlsx(exportDocument('id')));
    expect(idBook.worksheets[0]?.name).toBe('Tentang');
  });

  it('stores numbers as numbers with formats, percentages as their number with exactly their decimals', async () => {
    const ws = (await readBack(await reportToXlsx(exportDocument('en')))).getWorksheet('kampung-indicators');
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).values).toEqual([undefined, 'Kampung', 'PUS', 'CPR (%)', 'MKJP (%)', 'Level']);
    expect(ws.getCell('A2').value).toBe('Kampung "Baru", Alalak');
    expect(ws.getCell('B2').value).toBe(1234);
    expect(ws.getCell('B2').numFmt).toBe('#,##0');
    expect(ws.getCell('C2').value).toBe(43.45);
    expect(ws.getCell('C2').numFmt).toBe('0.0" %"');
    expect(ws.getCell('D2').value).toBe(7);
    expect(ws.getCell('D2').numFmt).toBe('0" %"');
    expect(ws.getCell('E2').value).toBe('Basic');
    // hidden: the text × with a note; missing: empty
    expect(ws.getCell('B3').value).toBe('×');
    expect(String(ws.getCell('B3').note)).toContain('disclosure control');
    expect(ws.getCell('D3').value).toBe(null);
    expect(ws.getCell('B4').value).toBe('<5');
    expect(ws.getCell('C4').value).toBe(null);
    // footer last, bold
    expect(ws.getCell('A5').value).toBe('Total');
    expect(ws.getCell('B5').value).toBe(1240.5);
    expect(ws.getCell('B5').numFmt).toBe('#,##0.0');
    expect(ws.getCell('A5').font?.bold).toBe(true);
    expect(ws.rowCount).toBe(5);
  });

  it('freezes and bolds the header, filters header and body only, sizes the columns', async () => {
    const ws = (await readBack(await reportToXlsx(exportDocument('en')))).getWorksheet('kampung-indicators');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.autoFilter).toBe('A1:E4');
    expect(ws?.getColumn(1).width).toBe('Kampung "Baru", Alalak'.length + 2);
    expect(ws?.getColumn(4).width).toBe('MKJP (%)'.length + 2);
    // at least 8 wide
    const levels = (await readBack(await reportToXlsx(exportDocument('en')))).getWorksheet('table-2-1');
    expect(levels?.getColumn(2).width).toBe(8);
  });

  it('formats rupiah with grouping', async () => {
    const ws = (await readBack(await reportToXlsx(exportDocument('en')))).getWorksheet('spend-by-year');
    expect(ws?.getCell('B3').value).toBe(2750000);
    expect(ws?.getCell('B3').numFmt).toBe('"Rp "#,##0');
  });

  it('gives identical bytes for the same document, with every zip entry dated 1980-01-01', async () => {
    const a = await reportToXlsx(exportDocument('id'));
    await new Promise((r) => setTimeout(r, 2100));
    const b = await reportToXlsx(exportDocument('id'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // Local file header: the DOS date at offset 12 of the first entry: (1980-1980)<<9 | 1<<5 | 1 = 33.
    expect(new DataView(a.buffer, a.byteOffset).getUint16(12, true)).toBe(33);
    const core = new TextDecoder().decode(unzipSync(a)['docProps/core.xml']);
    expect(core).toContain('1980-01-01T00:00:00Z');
  });

  it('keeps sheet names within 31 characters and unique, without the characters Excel refuses', async () => {
    const long = 'a-very-long-table-identifier-over-31';
    const doc: ReportDocument = {
      lang: 'en',
      title: 't',
      footnotes: [],
      sections: [
        {
          title: 's',
          blocks: [
            { kind: 'table', id: long, columns: [{ title: 'x' }], rows: [[1]] },
            { kind: 'table', id: `${long}-b`, columns: [{ title: 'x' }], rows: [[2]] },
            { kind: 'table', id: 'about', columns: [{ title: 'x' }], rows: [[3]] },
            { kind: 'table', id: 'a/b', columns: [{ title: 'x' }], rows: [[4]] },
          ],
        },
      ],
    };
    const names = (await readBack(await reportToXlsx(doc))).worksheets.map((s) => s.name);
    expect(names).toEqual([
      'About',
      'a-very-long-table-identifier-ov',
      'a-very-long-table-identifier--2',
      'about-2',
      'a-b',
    ]);
  });
});
