import { describe, expect, it } from 'vitest';
import type { CsvDelimiter, CsvRow } from '../parseCsv.js';
import { CsvRowSplitter } from './csvRowSplitter.js';

// Worked values for the CSV state machine, written for `pnpm mutate -- --module csv` (docs/mutation-testing.md):
// every expected row below is worked out by hand from the rules in the splitter's documentation.

interface Split {
  readonly rows: readonly CsvRow[];
  readonly truncated: readonly boolean[];
  readonly delimiter: CsvDelimiter;
  readonly unclosedQuoteLine?: number;
}

function split(
  pieces: readonly string[],
  options: { delimiter?: CsvDelimiter; maxRowChars?: number } = {},
): Split {
  const rows: CsvRow[] = [];
  const truncated: boolean[] = [];
  const splitter = new CsvRowSplitter(
    (row, cut) => {
      rows.push({ line: row.line, cells: [...row.cells] });
      truncated.push(cut);
    },
    options.delimiter,
    options.maxRowChars,
  );
  for (const p of pieces) splitter.push(p);
  return { rows, truncated, ...splitter.end() };
}

/** The text one character at a time: every quote and CR meets the end of a piece. */
const chars = (text: string): string[] => [...text];

describe('quotes', () => {
  const text = 'alamat,ukuran\nJl. A "Baru",5" pipe\n"x ""y""",z\n';
  const rows = [
    { line: 1, cells: ['alamat', 'ukuran'] },
    { line: 2, cells: ['Jl. A "Baru"', '5" pipe'] },
    { line: 3, cells: ['x "y"', 'z'] },
  ];

  it('keeps quotes inside unquoted fields and unescapes doubled quotes in quoted ones', () => {
    expect(split([text]).rows).toEqual(rows);
  });

  it('gives the same rows fed one character at a time', () => {
    expect(split(chars(text)).rows).toEqual(rows);
  });

  it('keeps what follows a closing quote as written', () => {
    expect(split(['"ab"c,d']).rows).toEqual([{ line: 1, cells: ['abc', 'd'] }]);
    expect(split(chars('"ab"c,d')).rows).toEqual([{ line: 1, cells: ['abc', 'd'] }]);
  });

  it('keeps a row of one empty quoted field and skips blank lines', () => {
    expect(split(['a\n\n""\n\r\n,\n']).rows).toEqual([
      { line: 1, cells: ['a'] },
      { line: 3, cells: [''] },
      { line: 5, cells: ['', ''] },
    ]);
  });

  it('reports the line where an unclosed quoted field starts', () => {
    const r = split(['a\n"b,c\nd']);
    expect(r.unclosedQuoteLine).toBe(2);
    expect(r.rows).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['b,c\nd'] },
    ]);
    expect(split(['a\n"b"\n']).unclosedQuoteLine).toBeUndefined();
  });
});

describe('line breaks', () => {
  const text = 'a,"x\r\ny\rz"\r\nb,c\rd,e\n';
  const rows = [
    { line: 1, cells: ['a', 'x\ny\nz'] },
    { line: 4, cells: ['b', 'c'] },
    { line: 5, cells: ['d', 'e'] },
  ];

  it('turns CRLF, CR and LF in quotes into \\n and counts every one', () => {
    expect(split([text]).rows).toEqual(rows);
  });

  it('does not split a CRLF that meets the end of a piece', () => {
    expect(split(chars(text)).rows).toEqual(rows);
    expect(split(['a\r', '\nb\r', '\n']).rows).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['b'] },
    ]);
  });

  it('ends the last row without a final line break, also after a lone CR', () => {
    expect(split(['a,b\rc']).rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c'] },
    ]);
    expect(split(['a,b\r']).rows).toEqual([{ line: 1, cells: ['a', 'b'] }]);
  });
});

describe('byte order mark and delimiter', () => {
  it('drops a byte order mark at the start, also after an empty first piece', () => {
    expect(split(['\ufeffa;b\n1;2']).rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
    expect(split(['', '\ufeffa,b']).rows).toEqual([{ line: 1, cells: ['a', 'b'] }]);
    expect(split(['\ufeff']).rows).toEqual([]);
  });

  it('keeps a byte order mark that is not at the start', () => {
    expect(split(['a\n\ufeffb']).rows).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['\ufeffb'] },
    ]);
  });

  it('takes ; only when the first line has semicolons and no commas', () => {
    expect(split(['a;b\n1,2']).delimiter).toBe(';');
    expect(split(['a;b,c\n']).delimiter).toBe(',');
    expect(split(['a\n1;2']).delimiter).toBe(',');
    expect(split(['a,b'], { delimiter: ';' }).rows).toEqual([{ line: 1, cells: ['a,b'] }]);
  });

  it('judges the delimiter on the whole first line, even when it comes in pieces', () => {
    expect(split(['a;b', ',c\n']).delimiter).toBe(',');
    expect(split(chars('a;b;c\n1;2;3')).rows).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '2', '3'] },
    ]);
  });

  it('judges it on what it has once a first line reaches the row limit', () => {
    // 7 characters without a line break reach the limit of 4: the delimiter is judged on `a;bcdef`.
    expect(split(['a;bcdef', ',x\n'], { maxRowChars: 4 }).delimiter).toBe(';');
  });
});

describe('row limit', () => {
  it('keeps a row of exactly the limit (one character per delimiter counted)', () => {
    const r = split(['ab,cd\n'], { maxRowChars: 5 });
    expect(r.rows).toEqual([{ line: 1, cells: ['ab', 'cd'] }]);
    expect(r.truncated).toEqual([false]);
  });

  it('cuts a row one character over the limit and tells the sink', () => {
    const r = split(['ab,cde\nk,l\n'], { maxRowChars: 5 });
    expect(r.rows).toEqual([
      { line: 1, cells: ['ab', 'cd'] },
      { line: 2, cells: ['k', 'l'] },
    ]);
    expect(r.truncated).toEqual([true, false]);
  });

  it('cuts at a delimiter that reaches the limit', () => {
    expect(split(['abc,d\n'], { maxRowChars: 3 })).toMatchObject({
      rows: [{ line: 1, cells: ['abc'] }],
      truncated: [true],
    });
    expect(split(['abc,d\n'], { maxRowChars: 4 })).toMatchObject({
      rows: [{ line: 1, cells: ['abc', ''] }],
      truncated: [true],
    });
    expect(split(['abc,d\n'], { maxRowChars: 5 })).toMatchObject({
      rows: [{ line: 1, cells: ['abc', 'd'] }],
      truncated: [false],
    });
  });

  it('counts a doubled quote as one character', () => {
    expect(split(['"a""b"\n'], { maxRowChars: 3 })).toMatchObject({
      rows: [{ line: 1, cells: ['a"b'] }],
      truncated: [false],
    });
    expect(split(['"a""b"\n'], { maxRowChars: 2 })).toMatchObject({
      rows: [{ line: 1, cells: ['a"'] }],
      truncated: [true],
    });
    expect(split(['"a""b"\n'], { maxRowChars: 1 })).toMatchObject({
      rows: [{ line: 1, cells: ['a'] }],
      truncated: [true],
    });
  });

  it('cuts a row whose unclosed quote runs to the end and still ends it', () => {
    const r = split(['x\n"abcdefgh'], { maxRowChars: 4 });
    expect(r.rows).toEqual([
      { line: 1, cells: ['x'] },
      { line: 2, cells: ['abcd'] },
    ]);
    expect(r.truncated).toEqual([false, true]);
    expect(r.unclosedQuoteLine).toBe(2);
  });

  it('starts counting again on the next row', () => {
    const r = split(['abcd\nefgh\n'], { maxRowChars: 4 });
    expect(r.rows.map((row) => row.cells)).toEqual([['abcd'], ['efgh']]);
    expect(r.truncated).toEqual([false, false]);
  });
});

describe('streaming: rows reach the sink as soon as they are complete', () => {
  function rowsBeforeEnd(pieces: readonly string[], maxRowChars?: number): string[][] {
    const seen: string[][] = [];
    const splitter = new CsvRowSplitter((row) => seen.push([...row.cells]), undefined, maxRowChars);
    for (const p of pieces) splitter.push(p);
    return seen;
  }

  it('emits the rows of a pushed piece before the text ends', () => {
    expect(rowsBeforeEnd(['a,b\nc,d'])).toEqual([['a', 'b']]);
    expect(rowsBeforeEnd(['\na,b\nc'])).toEqual([['a', 'b']]);
    expect(rowsBeforeEnd(['a\rb\rc'])).toEqual([['a'], ['b']]);
    expect(rowsBeforeEnd(['"a""b",c\nd'])).toEqual([['a"b', 'c']]);
  });

  it('emits a row ended by an LF that is the last character of a piece (only a final CR waits)', () => {
    expect(rowsBeforeEnd(['a,b\n'])).toEqual([['a', 'b']]);
    expect(rowsBeforeEnd(['a,b\n', 'c,d\n'])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(rowsBeforeEnd(['a,b\r'])).toEqual([]);
  });
});

describe('the first line at the row limit', () => {
  it('judges the delimiter once the first line is exactly as long as the limit', () => {
    expect(split(['a;bc', ',x\n'], { maxRowChars: 4 }).delimiter).toBe(';');
  });

  it('judges it on the whole piece, its last character included', () => {
    expect(split(['abc;', 'd\n'], { maxRowChars: 4 }).delimiter).toBe(';');
  });
});

describe('the row limit at the end of a piece', () => {
  it('keeps a last row of exactly the limit without a final line break', () => {
    expect(split(['ab,cd'], { maxRowChars: 5 })).toMatchObject({
      rows: [{ line: 1, cells: ['ab', 'cd'] }],
      truncated: [false],
    });
    expect(split(['"abcd'], { maxRowChars: 4 })).toMatchObject({
      rows: [{ line: 1, cells: ['abcd'] }],
      truncated: [false],
    });
  });

  it('adds no cell after the cut, for delimiters or doubled quotes', () => {
    expect(split(['abcdef,g,h\n'], { maxRowChars: 2 }).rows).toEqual([{ line: 1, cells: ['ab'] }]);
    expect(split(['"abcdef""g""h"\n'], { maxRowChars: 2 }).rows).toEqual([{ line: 1, cells: ['ab'] }]);
    // Three doubled quotes after the cut: still one cell.
    expect(split(['"abcdef""""""x"\n'], { maxRowChars: 2 }).rows).toEqual([{ line: 1, cells: ['ab'] }]);
  });
});

describe('the end of the text', () => {
  it('names the unclosed-quote line only when there is one', () => {
    expect('unclosedQuoteLine' in split(['a,b\n'])).toBe(false);
    expect(split(['"a']).unclosedQuoteLine).toBe(1);
  });
});
