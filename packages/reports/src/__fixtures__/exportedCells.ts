import { parseCsv } from '@kampung-kb/kit';
import ExcelJS from 'exceljs';
import { reportToCsv } from '../export/reportToCsv.js';
import { reportToXlsx } from '../export/reportToXlsx.js';
import { renderHtml } from '../renderHtml.js';
import { renderMarkdown } from '../renderMarkdown.js';
import type { ReportDocument } from '../reportDocument.js';

/**
 * The formats whose tables {@link exportedCells} reads back. The lead adds `csv` (H2's `reportToCsv`) and
 * `xlsx` (`reportToXlsx`, read back with exceljs) here and in the switch below.
 */
export const EXPORT_FORMATS = ['md', 'html', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One table as written in a format: its body and footer rows (no header), each cell as plain text. */
export type ExportedTable = string[][];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function htmlText(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every `<table>` of an HTML report, in order: its rows outside `<thead>`, cells' text content. */
function htmlTables(html: string): ExportedTable[] {
  return [...html.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)].map((m) => {
    const inner = (m[1] ?? '')
      .replace(/<thead\b[\s\S]*?<\/thead>/g, '')
      .replace(/<caption\b[\s\S]*?<\/caption>/g, '');
    return [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => htmlText(c[1] ?? '')),
    );
  });
}

/** Splits a Markdown table line on its unescaped `|` and undoes the escapes and the bold of footers. */
function mdCells(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (let i = 1; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      continue;
    }
    if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  return cells.map((c) => c.replace(/^\*\*(.*)\*\*$/, '$1'));
}

/** Every table of a Markdown report, in order: rows after the header and its `---` line. */
function mdTables(md: string): ExportedTable[] {
  const tables: ExportedTable[] = [];
  let current: string[][] | undefined;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    if (!current) {
      current = [];
      tables.push(current);
      continue; // the header
    }
    if (/^\|(\s*-+:?\s*\|)+$/.test(line)) continue;
    current.push(mdCells(line));
  }
  return tables;
}

/**
 * The cells of every table and chart table of a report as a reader gets them in a format, in document
 * order (body rows then footer rows, no header): what the disclosure test compares with the document.
 *
 * @example
 * ```ts
 * const [first] = await exportedCells('md', doc);
 * first?.[0]?.[1]; // '×' where the document's cell is hidden
 * ```
 */
export async function exportedCells(format: ExportFormat, doc: ReportDocument): Promise<ExportedTable[]> {
  switch (format) {
    case 'md':
      return mdTables(renderMarkdown(doc));
    case 'html':
      return htmlTables(renderHtml(doc));
    case 'csv':
      // One file per table and chart table, in document order; the header row is the first row.
      return reportToCsv(doc).map((f) =>
        parseCsv(f.content.replace(/^\uFEFF/, ''))
          .rows.slice(1)
          .map((r) => r.cells.map((c) => c.replace(/^'/, ''))),
      );
    case 'xlsx': {
      // The first sheet is About; then one sheet per table and chart table, the header in row 1.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await reportToXlsx(doc)) as unknown as ArrayBuffer);
      return wb.worksheets.slice(1).map((ws) => {
        const rows: string[][] = [];
        ws.eachRow({ includeEmpty: true }, (row, n) => {
          if (n === 1) return;
          const cells: string[] = [];
          for (let c = 1; c <= ws.columnCount; c++) {
            const v = row.getCell(c).value;
            cells.push(v === null || v === undefined ? '' : String(v));
          }
          rows.push(cells);
        });
        return rows;
      });
    }
  }
}
