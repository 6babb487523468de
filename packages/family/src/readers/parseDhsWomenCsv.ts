import { type CsvRowBatch, csvRowStream } from '@kampung-kb/kit/core';
import { type Issue, maskIdentifiers } from '@kampung-kb/model';
import { readIssue, shownText } from '../internal/readIssue.js';
import { DhsWoman } from '../model/dhsWoman.js';

/**
 * Options of {@link parseDhsWomenCsv}.
 *
 * @example
 * ```ts
 * const options: DhsReadOptions = { file: 'IDIR71FL.csv', lang: 'en' };
 * ```
 */
export interface DhsReadOptions {
  readonly file: string;
  /** Language of the one-language texts in issue values (`expected`); messages carry both. Default `id`. */
  readonly lang?: 'id' | 'en';
}

/**
 * The accounting of a DHS women's file: `rows = women + rejectedRows`.
 *
 * @example
 * ```ts
 * const s: DhsReadSummary = { file: 'IDIR71FL.csv', rows: 3, women: 2, rejectedRows: 1 };
 * ```
 */
export interface DhsReadSummary {
  readonly file: string;
  readonly rows: number;
  readonly women: number;
  readonly rejectedRows: number;
}

/**
 * What {@link parseDhsWomenCsv} yields in file order: each woman with her row (header = 1), each issue, and
 * the summary, last and exactly once.
 *
 * @example
 * ```ts
 * for await (const item of parseDhsWomenCsv(chunks, { file: 'IDIR71FL.csv' })) {
 *   if (item.kind === 'woman') tallier.addWoman(item.woman);
 * }
 * ```
 */
export type DhsReadItem =
  | { readonly kind: 'woman'; readonly woman: DhsWoman; readonly row: number }
  | { readonly kind: 'issue'; readonly issue: Issue }
  | { readonly kind: 'summary'; readonly summary: DhsReadSummary };

type NumericKey = Exclude<keyof DhsWoman, 'caseId' | 'birthsCmc'>;
/** The recode variables the model keeps, as the recode names them (lower case). */
const NUMERIC_KEYS = Object.keys(DhsWoman.properties).filter(
  (k) => k !== 'caseId' && k !== 'birthsCmc',
) as NumericKey[];
const NUMERIC_BY_NAME = new Map<string, NumericKey>(NUMERIC_KEYS.map((k) => [k.toLowerCase(), k]));
const BIRTH_RE = /^b3_0?([1-9]|1[0-9]|20)$/;
/** A number as Stata, SPSS and R write it (no thousands separators); `.` and blank are missing. */
const NUMBER_RE = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

type Column =
  | { readonly kind: 'caseId' }
  | { readonly kind: 'number'; readonly key: NumericKey; readonly name: string }
  | { readonly kind: 'birth'; readonly name: string }
  | { readonly kind: 'ignored' };

function columnOf(header: string): Column {
  const name = header.trim().toLowerCase();
  if (name === 'caseid') return { kind: 'caseId' };
  const key = NUMERIC_BY_NAME.get(name);
  if (key) return { kind: 'number', key, name };
  if (BIRTH_RE.test(name)) return { kind: 'birth', name };
  return { kind: 'ignored' };
}

/** No recode variable reaches 10^15; a number that large would be an NIK or KK. */
const EXPECTED_NUMBER = {
  id: 'angka kode recode DHS di bawah 10^15 (kosong atau . = tidak ada)',
  en: 'a DHS recode number below 10^15 (blank or . = missing)',
};

/**
 * Reads a DHS individual (women's) recode exported to CSV (Stata `export delimited`, SPSS or R with codes,
 * not value labels), streaming, one woman per row: the columns the model keeps (`caseid`, `v001` …
 * `v626a`, `m6_1`, `m10_1`, `awfactt`, and the birth history's `b3_01` … `b3_20` into `birthsCmc`) are
 * found by name in any case, in any order; a column the file lacks is `null` for every woman; blank or `.`
 * is `null`; other columns are left out (one `info` issue counts them). A cell that is not a number (a value
 * label such as `yes`) rejects its row with an issue naming row and column. A `caseid` holding 16 digits
 * or more is refused (it would be an NIK, not a survey id). Pure and browser-safe; never throws on bad input.
 *
 * @example
 * ```ts
 * const csv = 'caseid,v005,v012,v312,v313,b3_01\n"  1  1  2",1000000,26,3,3,1290\n';
 * for await (const item of parseDhsWomenCsv([csv], { file: 'ir.csv' })) {
 *   if (item.kind === 'woman') item.woman.v313; // 3; item.woman.birthsCmc = [1290]; item.woman.v626a = null
 * }
 * ```
 */
export async function* parseDhsWomenCsv(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string>,
  options: DhsReadOptions,
): AsyncGenerator<DhsReadItem, void, undefined> {
  const reader = new DhsWomenReader(options.file, options.lang ?? 'id');
  for await (const batch of csvRowStream(chunks)) {
    reader.batch(batch);
    const items = reader.take();
    if (items.length > 0) yield* items;
  }
}

/** The issues of the header: no `caseid` column (fatal), and the count of columns not read. */
function headerIssues(
  columns: readonly Column[],
  cells: readonly string[],
  file: string,
  line: number,
): Issue[] {
  const issues: Issue[] = [];
  const ignored = cells.filter((_, i) => columns[i]?.kind === 'ignored');
  if (!columns.some((c) => c.kind === 'caseId')) {
    issues.push(
      readIssue(
        'dhs-column-missing',
        'error',
        { file, line, field: 'caseid' },
        {},
        {
          id: "Kolom 'caseid' tidak ada; berkas ini bukan recode perempuan DHS dan tidak dibaca",
          en: "Column 'caseid' is missing; this is no DHS women's recode and is not read",
        },
      ),
    );
  }
  if (ignored.length > 0) {
    const sample = shownText(ignored.slice(0, 8).join(', '), 120);
    issues.push(
      readIssue(
        'dhs-columns-ignored',
        'info',
        { file, line },
        { count: ignored.length, sample },
        {
          id: `${ignored.length} kolom tidak dipakai oleh model dan tidak dibaca (mis. ${sample})`,
          en: `${ignored.length} columns are not used by the model and not read (e.g. ${sample})`,
        },
      ),
    );
  }
  return issues;
}

/** Where a row is read from, for its issues. */
interface RowPlace {
  readonly file: string;
  readonly line: number;
  readonly lang: 'id' | 'en';
}

/** A woman's fields from her row (births not yet set); a problem per cell that is not a recode number. */
function womanCells(
  columns: readonly Column[],
  cells: readonly string[],
  at: RowPlace,
): { woman: Record<string, unknown>; births: number[]; problems: Issue[] } {
  const { file, line } = at;
  const woman: Record<string, unknown> = { caseId: '' };
  for (const key of NUMERIC_KEYS) woman[key] = null;
  const births: number[] = [];
  const problems: Issue[] = [];
  columns.forEach((column, i) => {
    if (column.kind === 'ignored') return;
    const raw = (cells[i] ?? '').trim();
    if (column.kind === 'caseId') {
      woman['caseId'] = raw;
      return;
    }
    if (raw === '' || raw === '.') return;
    if (!NUMBER_RE.test(raw) || Math.abs(Number(raw)) >= 1e15) {
      const value = shownText(raw);
      problems.push(
        readIssue(
          'dhs-cell-invalid',
          'error',
          { file, line, field: column.name },
          { value, expected: EXPECTED_NUMBER[at.lang] },
          {
            id: `Baris ${line}, kolom '${column.name}': '${value}' tidak terbaca; yang diterima: ${EXPECTED_NUMBER.id}`,
            en: `Row ${line}, column '${column.name}': '${value}' cannot be read; accepted: ${EXPECTED_NUMBER.en}`,
          },
        ),
      );
      return;
    }
    if (column.kind === 'number') woman[column.key] = Number(raw);
    else births.push(Number(raw));
  });
  return { woman, births, problems };
}

/** The problem of a `caseid` that is empty, over 40 characters or holds 16 digits or more (an NIK). */
function caseIdProblem(caseId: string, file: string, line: number): Issue | undefined {
  if (caseId !== '' && caseId.length <= 40 && maskIdentifiers(caseId) === caseId) return undefined;
  const why =
    caseId === ''
      ? { id: 'kosong', en: 'is empty' }
      : caseId.length > 40
        ? { id: 'lebih dari 40 karakter', en: 'is longer than 40 characters' }
        : { id: 'berisi 16 digit atau lebih (seperti NIK)', en: 'holds 16 digits or more (like an NIK)' };
  return readIssue(
    'dhs-caseid-invalid',
    'error',
    { file, line, field: 'caseid' },
    {},
    {
      id: `Baris ${line}: caseid ${why.id}`,
      en: `Row ${line}: caseid ${why.en}`,
    },
  );
}

/** The issues of the end of the file: a quote never closed, no header at all. */
function endIssues(file: string, end: NonNullable<CsvRowBatch['end']>, headerSeen: boolean): Issue[] {
  const issues: Issue[] = [];
  if (end.unclosedQuoteLine !== undefined) {
    const line = end.unclosedQuoteLine;
    issues.push(
      readIssue(
        'dhs-unclosed-quote',
        'error',
        { file, line },
        {},
        {
          id: `Tanda kutip yang dibuka pada baris ${line} tidak pernah ditutup`,
          en: `A quote opened on row ${line} is never closed`,
        },
      ),
    );
  }
  if (!headerSeen) {
    issues.push(
      readIssue(
        'dhs-file-empty',
        'error',
        { file },
        {},
        {
          id: 'Berkas kosong: tidak ada baris judul',
          en: 'The file is empty: no header row',
        },
      ),
    );
  }
  return issues;
}

/** The state of {@link parseDhsWomenCsv}: the columns, the counts and the items not yet handed out. */
class DhsWomenReader {
  private columns: Column[] | undefined;
  private fatal = false;
  private rows = 0;
  private women = 0;
  private rejectedRows = 0;
  private out: DhsReadItem[] = [];

  constructor(
    private readonly file: string,
    private readonly lang: 'id' | 'en',
  ) {}

  /** The items read so far, handed out once. */
  take(): DhsReadItem[] {
    const items = this.out;
    this.out = [];
    return items;
  }

  batch(batch: CsvRowBatch): void {
    const file = this.file;
    for (const r of batch.rows) {
      if (this.columns === undefined) this.header(r.cells, r.line);
      else this.row(r.cells, r.line);
    }
    for (const line of batch.truncatedLines) {
      this.issue(
        readIssue(
          'dhs-row-too-long',
          'error',
          { file, line },
          {},
          {
            id: `Baris ${line} terlalu panjang; sisanya tidak dibaca`,
            en: `Row ${line} is too long; its rest was not read`,
          },
        ),
      );
    }
    if (batch.end) {
      for (const i of endIssues(file, batch.end, this.columns !== undefined)) this.issue(i);
      const { rows, women, rejectedRows } = this;
      this.out.push({ kind: 'summary', summary: { file, rows, women, rejectedRows } });
    }
  }

  private issue(i: Issue): void {
    this.out.push({ kind: 'issue', issue: i });
  }

  private header(cells: readonly string[], line: number): void {
    const columns = cells.map(columnOf);
    this.columns = columns;
    if (!columns.some((c) => c.kind === 'caseId')) this.fatal = true;
    for (const i of headerIssues(columns, cells, this.file, line)) this.issue(i);
  }

  private row(cells: readonly string[], line: number): void {
    this.rows++;
    if (this.fatal || !this.columns) {
      this.rejectedRows++;
      return;
    }
    const { woman, births, problems } = womanCells(this.columns, cells, {
      file: this.file,
      line,
      lang: this.lang,
    });
    const caseId = caseIdProblem(woman['caseId'] as string, this.file, line);
    if (caseId) problems.push(caseId);
    if (problems.length > 0) {
      this.rejectedRows++;
      for (const p of problems) this.issue(p);
      return;
    }
    woman['birthsCmc'] = births;
    this.women++;
    this.out.push({ kind: 'woman', woman: woman as DhsWoman, row: line });
  }
}
