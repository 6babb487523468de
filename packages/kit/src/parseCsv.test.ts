import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.js';

describe('parseCsv', () => {
  it('reads plain rows with LF and a final newline', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual({
      delimiter: ',',
      rows: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', '2'] },
      ],
    });
  });

  it('unquotes fields, undoubles quotes and keeps embedded delimiters', () => {
    const t = parseCsv('title,place\n"Kata ""KB"" di sini","Jl. A, RT 02"\n');
    expect(t.rows[1]?.cells).toEqual(['Kata "KB" di sini', 'Jl. A, RT 02']);
  });

  it('keeps quotes inside unquoted fields as written, and reads on (Jl. A "Baru", 5" pipe)', () => {
    for (const d of [',', ';'] as const) {
      const t = parseCsv(
        `id${d}alamat${d}ukuran\n1${d}Jl. A "Baru"${d}5" pipe\n2${d}"x${d}y"${d}ok\n3${d}a"b${d}c\n`,
      );
      expect(t.unclosedQuoteLine).toBeUndefined();
      expect(t.delimiter).toBe(d);
      expect(t.rows.map((r) => [r.line, r.cells])).toEqual([
        [1, ['id', 'alamat', 'ukuran']],
        [2, ['1', 'Jl. A "Baru"', '5" pipe']],
        [3, ['2', `x${d}y`, 'ok']],
        [4, ['3', 'a"b', 'c']],
      ]);
    }
  });

  it('keeps line breaks inside quotes and numbers the following rows by physical line', () => {
    const t = parseCsv('id,title\n1,"baris satu\nbaris dua\nbaris tiga"\n2,pendek\n\n3,"x\r\ny"\n4,z');
    expect(t.rows).toEqual([
      { line: 1, cells: ['id', 'title'] },
      { line: 2, cells: ['1', 'baris satu\nbaris dua\nbaris tiga'] },
      { line: 5, cells: ['2', 'pendek'] },
      { line: 7, cells: ['3', 'x\ny'] },
      { line: 9, cells: ['4', 'z'] },
    ]);
  });

  it('handles CRLF, a BOM and no final newline', () => {
    const t = parseCsv('\uFEFFa,b\r\n1,2\r\n3,4');
    expect(t.rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('detects the semicolon delimiter of Indonesian Excel exports', () => {
    const t = parseCsv('kampungId;period;jknHolders\r\nsungai-andai;2020-01;"1,5"\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows[1]?.cells).toEqual(['sungai-andai', '2020-01', '1,5']);
  });

  it('keeps the comma when the header has both, and honours an explicit delimiter', () => {
    expect(parseCsv('a,b;c\n').delimiter).toBe(',');
    expect(parseCsv('a;b\n1;2', { delimiter: ',' }).rows[1]?.cells).toEqual(['1;2']);
  });

  it('keeps empty cells and quoted empty fields', () => {
    expect(parseCsv('a,b,c\n,,\n"",x,').rows.slice(1)).toEqual([
      { line: 2, cells: ['', '', ''] },
      { line: 3, cells: ['', 'x', ''] },
    ]);
  });

  it('reports an unclosed quote at the line of its row', () => {
    const t = parseCsv('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(t.unclosedQuoteLine).toBe(3);
    expect(t.rows[2]).toEqual({ line: 3, cells: ['3', 'never closed\n4,5\n'] });
  });

  it('returns no rows for an empty text', () => {
    expect(parseCsv('')).toEqual({ delimiter: ',', rows: [] });
    expect(parseCsv('\uFEFF\n\n')).toEqual({ delimiter: ',', rows: [] });
  });
});
