import type { TemplateTexts } from './templateTexts.js';

/** Where the PUS check of a monthly row looks: its own columns and the population sheet's ranges. */
export interface PusCheckLayout {
  /** Column letters on the monthly sheet. */
  readonly kampungId: string;
  readonly period: string;
  /** First and last column of the contiguous users.* and nonUsers.* columns. */
  readonly firstCount: string;
  readonly lastCount: string;
  /** The column holding the looked-up PUS (`_pus`). */
  readonly pus: string;
  /** The population sheet: its name and the column letters of kampungId, period and pus. */
  readonly populationSheet: string;
  readonly populationKampungId: string;
  readonly populationPeriod: string;
  readonly populationPus: string;
  /** Rows of the population sheet searched. */
  readonly populationFirstRow: number;
  readonly populationLastRow: number;
}

/** A text as a formula string literal. */
function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** A sheet name as a formula reference prefix. */
function sheetRef(name: string): string {
  return `'${name.replaceAll("'", "''")}'!`;
}

/**
 * The two formulas (without the leading `=`) of the PUS check of a monthly row, after the rule
 * `kkbpk-balance`: `_pus` is the PUS of the kampung's latest population snapshot with a month ≤ the report's
 * month (months compared as numbers `YYYYMM`, so a month typed `2021-01` and a blank cell both work); `_check`
 * is empty while no count is typed, the "no PUS" text when no snapshot is in force, `OK` when users +
 * non-users = PUS, else the two sums. Only SUMPRODUCT, MAX, SUBSTITUTE, IF, IFERROR, COUNT and SUM: no
 * dynamic arrays, so Excel 2007+ and LibreOffice compute them as typed.
 *
 * @example
 * ```ts
 * const f = pusCheckFormulas(layout, 3, templateTexts('id'));
 * f.check; // 'IF(COUNT($C3:$O3)=0,"",IF($P3="","Tidak ada data penduduk …",IF(SUM($C3:$O3)=$P3,"OK",…)))'
 * ```
 */
export function pusCheckFormulas(
  layout: PusCheckLayout,
  row: number,
  texts: TemplateTexts,
): { readonly pus: string; readonly check: string } {
  const s = sheetRef(layout.populationSheet);
  const range = (col: string) =>
    `${s}$${col}$${layout.populationFirstRow}:$${col}$${layout.populationLastRow}`;
  const key = (ref: string) => `--("0"&SUBSTITUTE(${ref},"-",""))`;
  const k = `$${layout.kampungId}${row}`;
  const p = `$${layout.period}${row}`;
  const popKampung = range(layout.populationKampungId);
  const popKey = key(range(layout.populationPeriod));
  const latest = `SUMPRODUCT(MAX((${popKampung}=${k})*(${popKey}<=${key(p)})*${popKey}))`;
  const pusOf = `SUMPRODUCT((${popKampung}=${k})*(${popKey}=${latest})*${range(layout.populationPus)})`;
  const pus = `IF(OR(${k}="",${p}=""),"",IFERROR(IF(${latest}=0,"",${pusOf}),""))`;
  const counts = `$${layout.firstCount}${row}:$${layout.lastCount}${row}`;
  const pusCell = `$${layout.pus}${row}`;
  const check =
    `IF(COUNT(${counts})=0,"",IF(${pusCell}="",${quoted(texts.checkNoPus)},` +
    `IF(SUM(${counts})=${pusCell},${quoted(texts.checkOk)},` +
    `${quoted(texts.checkSum)}&SUM(${counts})&${quoted(texts.checkMismatch)}&${pusCell})))`;
  return { pus, check };
}
