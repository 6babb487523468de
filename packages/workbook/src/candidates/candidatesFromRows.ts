import {
  SITE_CANDIDATE_FIELDS,
  type SiteCandidateFields,
  SiteCandidateRow,
  siteCandidateOf,
} from '@kampung-kb/kit/core';
import {
  areaCriteria,
  type Issue,
  type IssueLocation,
  type Label,
  mainCriteria,
  maskIdentifiers,
} from '@kampung-kb/model';

/**
 * A cell as CSV or exceljs gives it (after formulas and rich text are resolved).
 *
 * @example
 * ```ts
 * const v: CandidateCell = '48,2';
 * ```
 */
export type CandidateCell = string | number | boolean | Date | null | undefined;

/**
 * One row of a candidates table with its 1-based row number in the file or sheet.
 *
 * @example
 * ```ts
 * const r: CandidateTableRow = { row: 3, cells: ['63.71.01.1005', 'Kelayan Tengah', 'ya'] };
 * ```
 */
export interface CandidateTableRow {
  readonly row: number;
  readonly cells: readonly CandidateCell[];
}

/**
 * What reading a candidates file gave: the candidates accepted, every problem (file, row, field), and the
 * account of the rows: read = accepted + ignored (blank) + rejected.
 *
 * @example
 * ```ts
 * const r: CandidatesRead = candidatesFromRows('kandidat.csv', rows);
 * r.read === r.candidates.length + r.ignored + r.rejected; // true
 * ```
 */
export interface CandidatesRead {
  readonly file: string;
  readonly candidates: readonly SiteCandidateFields[];
  readonly issues: readonly Issue[];
  /** Data rows read (after the header rows). */
  readonly read: number;
  /** Blank rows. */
  readonly ignored: number;
  /** Rows with an error, each named in `issues`. */
  readonly rejected: number;
}

/**
 * Options of {@link candidatesFromRows}.
 *
 * @example
 * ```ts
 * candidatesFromRows('kandidat.csv', rows, { cityCode: '63.71' });
 * ```
 */
export interface CandidatesFromRowsOptions {
  /** The programme's city: a candidate outside it is rejected. */
  readonly cityCode?: string;
  /** Sheet name, for the issues of a workbook. */
  readonly sheet?: string;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Header text (lower case) → field path: the path, the id and en headers, and the bare criterion code or label. */
const HEADERS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (text: string, path: string) => {
    const k = norm(text);
    if (!m.has(k)) m.set(k, path);
  };
  for (const f of SITE_CANDIDATE_FIELDS) {
    add(f.path, f.path);
    add(f.label.id, f.path);
    add(f.label.en, f.path);
  }
  for (const i of mainCriteria.items) {
    add(i.code, `main.${i.code}`);
    add(i.label.id, `main.${i.code}`);
    add(i.label.en, `main.${i.code}`);
  }
  for (const i of areaCriteria.items) {
    add(i.code, `area.${i.code}`);
    add(i.label.id, `area.${i.code}`);
    add(i.label.en, `area.${i.code}`);
  }
  return m;
})();

const isBlank = (c: CandidateCell) =>
  c === undefined || c === null || (typeof c === 'string' && c.trim() === '');

function issue(
  code: string,
  severity: Issue['severity'],
  location: IssueLocation,
  value: CandidateCell,
  message: Label,
): Issue {
  const values: Record<string, string | number | boolean | null> = {};
  if (!isBlank(value))
    values['value'] = maskIdentifiers(value instanceof Date ? value.toISOString() : String(value));
  return {
    ruleId: code,
    code,
    severity,
    location,
    values,
    message: { id: maskIdentifiers(message.id), en: maskIdentifiers(message.en) },
  };
}

/** The zod issue's bilingual label, or a generic text. */
function labelOf(zi: { message: string; params?: unknown }): Label {
  const label = (zi.params as { label?: Label } | undefined)?.label;
  return label ?? { id: `Isian tidak sah (${zi.message})`, en: `Invalid value (${zi.message})` };
}

/**
 * Reads the rows of a site-candidates table (CSV or a workbook sheet): the first row is the header, in
 * field paths (`regionCode`, `main.highPoverty`, `area.slum`, `cpr` …) or human labels in Indonesian or
 * English; when the second row is all field paths (the template's machine row) it is the header and data
 * starts on row 3. Each data row is checked with `SiteCandidateRow`: a bad cell rejects its row with an
 * issue `candidate-invalid` naming file, row and field; a repeated village `candidate-duplicate`; a village
 * outside the city `candidate-outside-city`. An unknown column is a warning `candidate-column-unknown` (the
 * column is not read); a table without a village-code column gives `candidates-no-region-column`. Blank
 * rows are counted as ignored. Nothing is dropped silently. Pure; never throws.
 *
 * @example
 * ```ts
 * const r = candidatesFromRows('kandidat.csv', [
 *   { row: 1, cells: ['regionCode', 'Kumuh', 'cpr'] },
 *   { row: 2, cells: ['6371011005', 'ya', '48,2'] },
 * ]);
 * r.candidates[0]; // { regionCode: '63.71.01.1005', areaCriteria: { slum: true, … }, measures: { cpr: 48.2, … }, row: 2, … }
 * ```
 */
export function candidatesFromRows(
  file: string,
  rows: readonly CandidateTableRow[],
  options: CandidatesFromRowsOptions = {},
): CandidatesRead {
  const at: At = (row, field) => ({
    file: options.sheet === undefined ? file : `${file}#${options.sheet}`,
    line: row,
    ...(field !== undefined ? { field } : {}),
  });
  const issues: Issue[] = [];
  const first = rows[0];
  if (first === undefined) {
    return { file, candidates: [], issues, read: 0, ignored: 0, rejected: 0 };
  }
  // The template's second row holds the field paths exactly.
  const second = rows[1];
  const pathRow =
    second?.cells.some((c) => !isBlank(c)) === true &&
    second.cells.every((c) => isBlank(c) || SITE_CANDIDATE_FIELDS.some((f) => f.path === String(c).trim()));
  const header = pathRow ? second : first;
  const dataRows = rows.slice(pathRow ? 2 : 1);
  const { columns, taken } = headerColumns(header, at, issues);
  if (!taken.has('regionCode')) {
    issues.push(
      issue('candidates-no-region-column', 'error', at(header.row), undefined, {
        id: "Tidak ada kolom kode kelurahan/desa ('regionCode' atau 'Kode kelurahan/desa'); tidak ada kandidat yang dibaca",
        en: "There is no village-code column ('regionCode' or 'Village code'); no candidate was read",
      }),
    );
    return { file, candidates: [], issues, read: dataRows.length, ignored: 0, rejected: dataRows.length };
  }
  const { candidates, ignored, rejected } = candidateRows(dataRows, columns, at, options.cityCode, issues);
  return { file, candidates, issues, read: dataRows.length, ignored, rejected };
}

/** The location of an issue: row and field of the file (and sheet). */
type At = (row: number, field?: string) => IssueLocation;

/** The field path each header cell names (undefined: not read), warning of unknown and repeated columns. */
function headerColumns(
  header: CandidateTableRow,
  at: At,
  issues: Issue[],
): { columns: (string | undefined)[]; taken: Set<string> } {
  const columns: (string | undefined)[] = [];
  const taken = new Set<string>();
  header.cells.forEach((cell, i) => {
    if (isBlank(cell)) {
      columns[i] = undefined;
      return;
    }
    const text = String(cell);
    const path = text.startsWith('_') ? undefined : HEADERS.get(norm(text));
    if (text.startsWith('_')) {
      columns[i] = undefined;
    } else if (path === undefined || taken.has(path)) {
      columns[i] = undefined;
      issues.push(
        issue(
          'candidate-column-unknown',
          'warning',
          at(header.row, text),
          cell,
          path === undefined
            ? {
                id: `Kolom '${text}' tidak dikenal dan tidak dibaca (kolom: ${SITE_CANDIDATE_FIELDS.map((f) => f.path).join(', ')})`,
                en: `Column '${text}' is not known and is not read (columns: ${SITE_CANDIDATE_FIELDS.map((f) => f.path).join(', ')})`,
              }
            : {
                id: `Kolom '${text}' mengulang kolom '${path}' dan tidak dibaca`,
                en: `Column '${text}' repeats column '${path}' and is not read`,
              },
        ),
      );
    } else {
      columns[i] = path;
      taken.add(path);
    }
  });
  return { columns, taken };
}

/** Reads the data rows: blank rows ignored, invalid, repeated and out-of-city villages rejected with an issue. */
function candidateRows(
  dataRows: readonly CandidateTableRow[],
  columns: readonly (string | undefined)[],
  at: At,
  cityCode: string | undefined,
  issues: Issue[],
): { candidates: SiteCandidateFields[]; ignored: number; rejected: number } {
  const candidates: SiteCandidateFields[] = [];
  const firstRowOf = new Map<string, number>();
  let ignored = 0;
  let rejected = 0;
  for (const r of dataRows) {
    if (r.cells.every(isBlank)) {
      ignored += 1;
      continue;
    }
    const candidate = candidateOf(r, columns, at, issues);
    const problem = candidate && rowProblem(candidate, firstRowOf.get(candidate.regionCode), cityCode);
    if (candidate === undefined || problem !== undefined) {
      rejected += 1;
      if (candidate && problem) {
        issues.push(
          issue(problem.code, 'error', at(r.row, 'regionCode'), candidate.regionCode, problem.message),
        );
      }
      continue;
    }
    firstRowOf.set(candidate.regionCode, r.row);
    candidates.push(candidate);
  }
  return { candidates, ignored, rejected };
}

/** The candidate of a data row; undefined, with an issue per bad cell, when the row is invalid. */
function candidateOf(
  r: CandidateTableRow,
  columns: readonly (string | undefined)[],
  at: At,
  issues: Issue[],
): SiteCandidateFields | undefined {
  const record: Record<string, CandidateCell> = {};
  r.cells.forEach((cell, i) => {
    const path = columns[i];
    if (path !== undefined) record[path] = cell;
  });
  const parsed = SiteCandidateRow.safeParse(record);
  if (parsed.success) return siteCandidateOf(parsed.data, r.row);
  for (const zi of parsed.error.issues) {
    const field = zi.path.map(String).join('.');
    issues.push(issue('candidate-invalid', 'error', at(r.row, field), record[field], labelOf(zi)));
  }
  return undefined;
}

/** Why a valid candidate is still rejected: its village came on an earlier row, or lies outside the city. */
function rowProblem(
  candidate: SiteCandidateFields,
  earlier: number | undefined,
  cityCode: string | undefined,
): { code: string; message: Label } | undefined {
  if (earlier !== undefined) {
    return {
      code: 'candidate-duplicate',
      message: {
        id: `Kelurahan/desa ${candidate.regionCode} sudah ada di baris ${earlier}; baris ini tidak dibaca`,
        en: `Village ${candidate.regionCode} is already on row ${earlier}; this row is not read`,
      },
    };
  }
  if (cityCode !== undefined && !candidate.regionCode.startsWith(`${cityCode}.`)) {
    return {
      code: 'candidate-outside-city',
      message: {
        id: `Kelurahan/desa ${candidate.regionCode} tidak berada di kota/kabupaten ${cityCode}`,
        en: `Village ${candidate.regionCode} is not in the regency or city ${cityCode}`,
      },
    };
  }
  return undefined;
}
