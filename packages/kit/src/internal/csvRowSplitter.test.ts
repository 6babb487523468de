import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvDelimiter, CsvRow, CsvTable } from '../parseCsv.js';
import { CsvRowSplitter } from './csvRowSplitter.js';

/**
 * The whole-text parser the kit had before reading became incremental, kept verbatim as the oracle:
 * the splitter, fed any pieces, must give exactly its rows, line numbers and unclosed-quote line.
 */
function referenceParseCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = src.search(/[\r\n]/);
  const first = end < 0 ? src : src.slice(0, end);
  const delimiter: CsvDelimiter = !first.includes(',') && first.includes(';') ? ';' : ',';
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quotedField = false;
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    cells.push(field);
    const blank = cells.length === 1 && field === '' && !quotedField;
    if (!blank) rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
    quotedField = false;
  };
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
        } else {
          inQuotes = false;
          i++;
        }
      } else if (c === '\r' || c === '\n') {
        field += '\n';
        line++;
        i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '' && !quotedField) {
      inQuotes = true;
      quotedField = true;
      i++;
    } else if (c === delimiter) {
      cells.push(field);
      field = '';
      quotedField = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      line++;
      rowLine = line;
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  const unclosed = inQuotes ? rowLine : undefined;
  if (field !== '' || quotedField || cells.length > 0) endRow();
  return unclosed === undefined ? { delimiter, rows } : { delimiter, rows, unclosedQuoteLine: unclosed };
}

function split(pieces: readonly string[], maxRowChars?: number): CsvTable & { truncated: number[] } {
  const rows: CsvRow[] = [];
  const truncated: number[] = [];
  const splitter = new CsvRowSplitter(
    (row, cut) => {
      rows.push(row);
      if (cut) truncated.push(row.line);
    },
    undefined,
    maxRowChars,
  );
  for (const p of pieces) splitter.push(p);
  const end = splitter.end();
  return { ...end, rows, truncated };
}

/** Cuts a text at the given offsets (sorted, deduplicated). */
function cut(text: string, at: readonly number[]): string[] {
  const offsets = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const o of offsets) {
    out.push(text.slice(from, o));
    from = o;
  }
  out.push(text.slice(from));
  return out;
}

const csvText = fc
  .array(fc.constantFrom('a', 'b', ' ', ',', ';', '"', '""', '\r', '\n', '\r\n', '\uFEFF', 'é', '5"'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('CsvRowSplitter', () => {
  it('gives exactly the rows of the whole-text parser, however the text is cut', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 8 }), (text, at) => {
        const expected = referenceParseCsv(text);
        const { truncated, ...got } = split(cut(text, at));
        expect(got).toEqual(expected);
        expect(truncated).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps quotes inside unquoted free text and a lone inch mark as written', () => {
    const { rows, unclosedQuoteLine } = split(['id,alamat\n1,Jl. A "Baru"\n2,5" pipe\n3,ok\n']);
    expect(unclosedQuoteLine).toBeUndefined();
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['id', 'alamat']],
      [2, ['1', 'Jl. A "Baru"']],
      [3, ['2', '5" pipe']],
      [4, ['3', 'ok']],
    ]);
  });

  it('keeps quotes inside unquoted fields wherever the text is cut (a quote opens a field only at its start)', () => {
    const text = 'id,alamat,ukuran\n1,Jl. A "Baru",5" pipe\n2,"x",ok\n3,Jl. "B" 2,a"b""c\n';
    const expected = [
      [1, ['id', 'alamat', 'ukuran']],
      [2, ['1', 'Jl. A "Baru"', '5" pipe']],
      [3, ['2', 'x', 'ok']],
      [4, ['3', 'Jl. "B" 2', 'a"b""c']],
    ];
    for (let i = 0; i <= text.length; i++) {
      for (const pieces of [cut(text, [i]), cut(text, [i, i + 1]), [...text]]) {
        const { rows, unclosedQuoteLine } = split(pieces);
        expect(unclosedQuoteLine, `cut at ${i}`).toBeUndefined();
        expect(
          rows.map((r) => [r.line, r.cells]),
          `cut at ${i}`,
        ).toEqual(expected);
      }
    }
  });

  it('numbers rows by physical line when a multi-line cell and a CRLF are cut between pieces', () => {
    const { rows } = split(['id,t\r\n1,"satu\r', '\ndua\r', '\n"', '"tiga"""\r', '\n2,x']);
    expect(rows).toEqual([
      { line: 1, cells: ['id', 't'] },
      { line: 2, cells: ['1', 'satu\ndua\n"tiga"'] },
      { line: 5, cells: ['2', 'x'] },
    ]);
  });

  it('judges the delimiter on the whole first line even when it comes in pieces', () => {
    expect(split(['kampungId;per', 'iod\nsa;2020-01']).delimiter).toBe(';');
    expect(split(['kampungId;per', 'iod,x\nsa;2020-01']).delimiter).toBe(',');
  });

  it('drops the rest of a row longer than the limit and says so, then reads on', () => {
    const got = split(['a,b\n1,"', 'x'.repeat(50), '\n', 'y'.repeat(50), '"\n2,ok\n'], 20);
    expect(got.truncated).toEqual([2]);
    expect(got.rows[1]).toEqual({ line: 2, cells: ['1', 'x'.repeat(18)] });
    expect(got.rows[2]).toEqual({ line: 4, cells: ['2', 'ok'] });
    // An unclosed quote in a long text keeps only the limit in memory.
    const open = split(['a,b\n1,"never closed\n', 'z'.repeat(1000)], 100);
    expect(open.unclosedQuoteLine).toBe(2);
    expect(open.truncated).toEqual([2]);
    expect(open.rows[1]?.cells.join('').length).toBeLessThanOrEqual(100);
  });

  it('past the row limit still keeps a quote inside an unquoted field as text, and still opens one at a field start', () => {
    // Row 2 passes the 10-character limit inside `Jl. Panjang "Baru"`; its quote must not open a quoted field
    // (that would swallow row 3), while the later `"a\nb"` (a field start) still holds its line break.
    const text = 'a,b,c\n1,Jl. Panjang "Baru" 5" pipe,"a\nb"\n2,ok,z\n';
    for (let i = 0; i <= text.length; i++) {
      const got = split(cut(text, [i]), 10);
      expect(got.unclosedQuoteLine, `cut at ${i}`).toBeUndefined();
      expect(got.truncated, `cut at ${i}`).toEqual([2]);
      expect(
        got.rows.map((r) => r.line),
        `cut at ${i}`,
      ).toEqual([1, 2, 4]);
      expect(got.rows[2]?.cells, `cut at ${i}`).toEqual(['2', 'ok', 'z']);
    }
  });
});
