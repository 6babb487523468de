import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@kampung-kb/kit';
import { describe, expect, it } from 'vitest';
import { countDataRows, isRecordFileName } from './countDataRows.js';
import { REPO_ROOT } from './dataDirModel.js';

const csv = (text: string) => countDataRows('monthly.csv', new TextEncoder().encode(text));

describe('countDataRows (the fuzz suite’s independent row count)', () => {
  it('counts CSV rows after the header, a quoted line break inside one cell', () => {
    expect(csv('a,b\n1,2\n3,4\n')).toEqual({ rows: 2, unclosedQuote: false });
    expect(csv('a,b\n1,"x\ny"\n3,"z\r\n""w"""\n')).toEqual({ rows: 2, unclosedQuote: false });
    expect(csv('a,b')).toEqual({ rows: 0, unclosedQuote: false });
    expect(csv('')).toEqual({ rows: 0, unclosedQuote: false });
  });
  it('handles BOM, CRLF, lone CR, no final newline, blank and all-blank rows', () => {
    expect(csv('\uFEFFa,b\r\n1,2\r\n\r\n3,4')).toEqual({ rows: 2, unclosedQuote: false });
    expect(csv('a,b\r1,2\r3,4\r')).toEqual({ rows: 2, unclosedQuote: false });
    expect(csv('\n\na,b\n\n1,2\n,,\n  ,\t\n""\n')).toEqual({ rows: 1, unclosedQuote: false });
    // A whitespace first line is the header; a row with any content counts, whatever its width.
    expect(csv(' \n1\n2,3,4,5\n')).toEqual({ rows: 2, unclosedQuote: false });
  });
  it('treats a quote as special only at the start of a cell, and reports an unclosed one', () => {
    expect(csv('a,b\n1,x"y\n2,3\n')).toEqual({ rows: 2, unclosedQuote: false });
    expect(csv('a,b\n1,"open\n2,3\n')).toEqual({ rows: 1, unclosedQuote: true });
  });
  it('detects the semicolon delimiter like the readers (quotes open after ;)', () => {
    expect(csv('a;b\n1;"x\n;y"\n2;3\n')).toEqual({ rows: 2, unclosedQuote: false });
    // With a comma delimiter the same quotes are mid-cell, so each line break ends a row.
    expect(csv('a,b\n1;"x\n;y"\n2;3\n')).toEqual({ rows: 3, unclosedQuote: false });
  });
  it('counts JSON array items, {records: [...]}, and nothing for other shapes or invalid JSON', () => {
    const json = (text: string) => countDataRows('kampung.json', new TextEncoder().encode(text)).rows;
    expect(json('[{"a":1}, 2, null, []]')).toBe(4);
    expect(json('\uFEFF{"records":[{},{}]}')).toBe(2);
    expect(json('{"a":[1]}')).toBe(0);
    expect(json('[1,')).toBe(0);
    expect(json(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toBe(1);
  });
  it('agrees with the kit’s CSV parser on every example CSV file', () => {
    for (const example of ['banjarmasin', 'martapura']) {
      const dir = join(REPO_ROOT, 'examples', example, 'data');
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
        const bytes = readFileSync(join(dir, file));
        expect(countDataRows(file, bytes).rows, `${example}/${file}`).toBe(
          parseCsv(bytes.toString('utf8')).rows.length - 1,
        );
        expect(countDataRows(file, bytes).rows).toBeGreaterThan(0);
      }
    }
  });
  it('knows which names are record files', () => {
    expect(isRecordFileName('monthly-2020.csv')).toBe(true);
    expect(isRecordFileName('MONTHLY.CSV')).toBe(true);
    expect(isRecordFileName('kampung.json')).toBe(true);
    expect(isRecordFileName('programme.json')).toBe(false);
    expect(isRecordFileName('.monthly.csv')).toBe(false);
    expect(isRecordFileName('notes.txt')).toBe(false);
  });
});
