import { RECORD_TYPES } from '@kampung-kb/model';

/**
 * How many data rows a data file holds, counted independently of the SDK's readers so the fuzz suite can
 * check that every row present was read (contract §2: nothing silently dropped).
 *
 * - CSV: the rows after the header (the first row with content); a quoted cell may span lines; `""`
 *   inside quotes is a quote; a quote opens a quoted cell only at the start of a cell. The header is the
 *   first line that is not empty; after it, a row whose cells are all blank (empty or whitespace, e.g.
 *   `,,,` from a spreadsheet) is no data. The delimiter is `;`
 *   when the first line has semicolons and no commas, else `,`. A leading BOM is ignored.
 * - JSON: the length of the top-level array, or of `records` when the top level is `{ "records": [...] }`;
 *   0 when the text is not JSON or has another shape.
 *
 * @example
 * ```ts
 * countDataRows('monthly.csv', Buffer.from('a,b\n1,"x\ny"\n\n')); // { rows: 1, unclosedQuote: false }
 * ```
 */
export function countDataRows(file: string, bytes: Uint8Array): { rows: number; unclosedQuote: boolean } {
  const text = new TextDecoder('utf-8').decode(bytes); // non-fatal; strips a leading BOM
  if (file.toLowerCase().endsWith('.json')) return { rows: countJsonRows(text), unclosedQuote: false };
  return countCsvRows(text);
}

function countJsonRows(text: string): number {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return 0;
  }
  if (Array.isArray(data)) return data.length;
  if (data !== null && typeof data === 'object') {
    const list = (data as Record<string, unknown>)['records'];
    if (Array.isArray(list)) return list.length;
  }
  return 0;
}

function countCsvRows(raw: string): { rows: number; unclosedQuote: boolean } {
  const text = raw.replace(/^\uFEFF/, '');
  const firstEnd = text.search(/[\r\n]/);
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  const delimiter = !first.includes(',') && first.includes(';') ? ';' : ',';
  let header = false;
  let rows = 0;
  let cellStart = true;
  let inQuotes = false;
  let quoted = false;
  let cells = 0;
  let rowHasContent = false;
  let cell = '';
  const endCell = (): void => {
    if (cell.trim() !== '') rowHasContent = true;
    cells++;
    cell = '';
    cellStart = true;
  };
  const endRow = (): void => {
    const empty = cells === 0 && cell === '' && !quoted;
    endCell();
    if (!header) header = !empty;
    else if (rowHasContent) rows++;
    rowHasContent = false;
    quoted = false;
    cells = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else cell += c;
    } else if (c === '"' && cellStart) {
      inQuotes = true;
      quoted = true;
      cellStart = false;
    } else if (c === delimiter) {
      endCell();
      quoted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      cell += c;
      cellStart = false;
    }
  }
  const unclosedQuote = inQuotes;
  if (cell !== '' || quoted || cells > 0) endRow();
  return { rows, unclosedQuote };
}

/**
 * Whether a directory entry is a record file the readers take (name starts with a record type's file
 * stem, case-insensitively, and ends `.csv` or `.json`; hidden files are not read).
 *
 * @example
 * ```ts
 * isRecordFileName('monthly-2020.csv'); // true
 * isRecordFileName('programme.json');   // false
 * ```
 */
export function isRecordFileName(name: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('.')) return false;
  if (!n.endsWith('.csv') && !n.endsWith('.json')) return false;
  return RECORD_TYPES.some((r) => n.startsWith(r.fileStem));
}
