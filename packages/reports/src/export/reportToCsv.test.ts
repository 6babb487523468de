import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../__fixtures__/exportDocument.js';
import type { ReportCell, ReportDocument } from '../reportDocument.js';
import { reportToCsv } from './reportToCsv.js';

describe('reportToCsv', () => {
  const files = reportToCsv(exportDocument('en'));

  it('writes one file per table and per chart, named by id or by position', () => {
    expect(files.map((f) => f.path)).toEqual([
      'kampung-indicators.csv',
      'table-2-1.csv',
      'spend-by-year.csv',
    ]);
  });

  it('writes machine numbers, percentages with their decimals, × for hidden, empty for missing, footer last', () => {
    expect(files[0]?.content).toBe(
      [
        '\uFEFFKampung,PUS,CPR (%),MKJP (%),Level',
        '"Kampung ""Baru"", Alalak",1234,43.5,7,Basic',
        "'=SUM(A1),×,×,,Self-reliant",
        '"Sungai\nAndai",<5,,12,',
        'Total,1240.5,50.0,10,',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps a plain dash and rupiah as plain numbers', () => {
    expect(files[1]?.content).toBe('\uFEFFLevel,Count\r\nBasic,2\r\n-,0\r\n');
    expect(files[2]?.content).toBe('\uFEFFYear,Spend\r\n2019,1500000\r\n2020,2750000\r\n');
  });

  it('is the same in id and en but for the texts, and deterministic', () => {
    expect(reportToCsv(exportDocument('id')).map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(reportToCsv(exportDocument('en'))).toEqual(files);
  });

  it('gives a name already taken a suffix', () => {
    const doc: ReportDocument = {
      lang: 'id',
      title: 't',
      footnotes: [],
      sections: [
        {
          title: 's',
          blocks: [
            { kind: 'table', id: 'table-1-2', columns: [{ title: 'a' }], rows: [] },
            { kind: 'table', columns: [{ title: 'b' }], rows: [] },
          ],
        },
      ],
    };
    expect(reportToCsv(doc).map((f) => f.path)).toEqual(['table-1-2.csv', 'table-1-2-2.csv']);
  });

  it('adds (%) only to a column of percentages, not to one mixing counts and percentages', () => {
    const doc: ReportDocument = {
      lang: 'en',
      title: 't',
      footnotes: [],
      sections: [
        {
          title: 's',
          blocks: [
            {
              kind: 'table',
              id: 'mixed',
              columns: [{ title: 'Indicator' }, { title: 'Value' }, { title: 'Share' }],
              rows: [
                ['Proposals', 104, { kind: 'percent', value: 38.46, decimals: 1 }],
                ['Addressed', { kind: 'percent', value: 38.5 }, { kind: 'hidden' }],
              ],
            },
          ],
        },
      ],
    };
    expect(reportToCsv(doc)[0]?.content).toBe(
      '\uFEFFIndicator,Value,Share (%)\r\nProposals,104,38.5\r\nAddressed,38.5,×\r\n',
    );
  });

  it('round-trips any text and number through RFC 4180 parsing', () => {
    const parse = (content: string): string[][] => {
      const rows: string[][] = [];
      let row: string[] = [];
      let field = '';
      let quoted = false;
      const text = content.replace(/^\uFEFF/, '');
      for (let i = 0; i < text.length; i++) {
        const ch = text[i] as string;
        if (quoted) {
          if (ch === '"' && text[i + 1] === '"') {
            field += '"';
            i++;
          } else if (ch === '"') quoted = false;
          else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') {
          row.push(field);
          field = '';
        } else if (ch === '\r' && text[i + 1] === '\n') {
          row.push(field);
          rows.push(row);
          row = [];
          field = '';
          i++;
        } else field += ch;
      }
      return rows;
    };
    const safeText = fc.string().filter((s) => !/^[=+\-@\t\r][\s\S]/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(safeText, fc.integer({ min: -1e9, max: 1e9 })), { maxLength: 5 }),
        (rows) => {
          const cells: ReportCell[][] = rows.map(([s, n]) => [s, n]);
          const doc: ReportDocument = {
            lang: 'en',
            title: 't',
            footnotes: [],
            sections: [
              {
                title: 's',
                blocks: [{ kind: 'table', id: 't', columns: [{ title: 'a' }, { title: 'b' }], rows: cells }],
              },
            ],
          };
          const parsed = parse(reportToCsv(doc)[0]?.content ?? '');
          expect(parsed).toEqual([['a', 'b'], ...rows.map(([s, n]) => [s, String(n)])]);
        },
      ),
    );
  });
});
