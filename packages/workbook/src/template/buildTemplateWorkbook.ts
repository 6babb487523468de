import type { Programme } from '@kampung-kb/kit';
import {
  type Dataset,
  type Issue,
  type Lang,
  parseRegionCode,
  type RecordType,
  recordTypeInfo,
  timeZoneOfRegion,
  todayIn,
} from '@kampung-kb/model';
import ExcelJS from 'exceljs';
import { columnLabel } from '../columns/columnLabel.js';
import { type TemplateField, templateFields } from '../columns/templateFields.js';
import { nextMonth } from './nextMonth.js';
import { type PusCheckLayout, pusCheckFormulas } from './pusCheckFormulas.js';
import { pathsWithoutColumn, type TemplateCell, templateCellValue, valueAt } from './templateCellValue.js';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  LISTS_SHEET,
  META_SHEET,
  PATH_ROW,
  TEMPLATE_MARKER,
  TEMPLATE_RECORD_TYPES,
  TEMPLATE_VERSION,
  templateSheetName,
} from './templateLayout.js';
import { type TemplateTexts, templateTexts } from './templateTexts.js';

/** What a template is built from: a data directory's records and programme (as `readDataDir` gives them). */
export interface TemplateContent {
  readonly dataset: Dataset;
  readonly programme?: Programme | undefined;
}

/** Options of {@link buildTemplateWorkbook}. */
export interface TemplateOptions {
  /** Language of headers, labels and instructions (default: the programme's `defaultLang`, then `id`). */
  readonly lang?: Lang;
  /** Month the monthly sheet is pre-filled for (default: the month after the latest monthly report). */
  readonly period?: string;
  /** Today (`YYYY-MM-DD`), for the month to pre-fill when the data has no monthly report yet. */
  readonly today?: string;
  /** Empty rows with validation after the last written row of every sheet (default 500). */
  readonly spareRows?: number;
}

/** What one record sheet of a template holds. */
export interface TemplateSheet {
  readonly type: RecordType;
  readonly name: string;
  /** Records of the data directory written into it. */
  readonly records: number;
  /** Rows pre-filled for the operator (monthly sheet: one per kampung without a report for the month). */
  readonly prefilled: number;
  /** The last row with validation and formulas. */
  readonly lastRow: number;
}

/** A built template. */
export interface TemplateBuilt {
  readonly workbook: ExcelJS.Workbook;
  readonly lang: Lang;
  /** The month of the pre-filled monthly rows. */
  readonly period: string;
  readonly sheets: readonly TemplateSheet[];
  /** Values a template cannot hold (fields the schema does not know), one warning each. */
  readonly issues: readonly Issue[];
}

/** exceljs keeps data validations by address; its typings omit the property. */
interface SheetWithValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** A non-data column: a formula the sheet computes for the operator. */
interface ExtraColumn {
  readonly path: `_${string}`;
  readonly header: string;
  /** Inserted right after the data column with this path. */
  readonly after: string;
}

interface Column {
  readonly path: string;
  readonly header: string;
  readonly field?: TemplateField;
  readonly letter: string;
  readonly index: number;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const PATH_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const COMPUTED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF4B6B6' } };
const GOOD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } };

/** Sheet protection that still lets the operator sort, filter, resize and add or delete rows. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  deleteRows: true,
  sort: true,
  autoFilter: true,
};

function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function sheetRef(name: string): string {
  return `'${name.replaceAll("'", "''")}'!`;
}

/** The dropdown sources on the hidden `_lists` sheet, one column each. */
class Lists {
  private readonly sources = new Map<string, string>();
  private next = 1;
  constructor(private readonly sheet: ExcelJS.Worksheet) {}

  /** A formula for a list validation over `values` (registered once per key). */
  range(key: string, title: string, values: readonly string[]): string | undefined {
    if (values.length === 0) return undefined;
    const known = this.sources.get(key);
    if (known) return known;
    const letter = columnLetter(this.next++);
    this.sheet.getCell(`${letter}1`).value = title;
    values.forEach((v, i) => {
      this.sheet.getCell(`${letter}${i + 2}`).value = v;
    });
    const ref = `${sheetRef(LISTS_SHEET)}$${letter}$2:$${letter}$${values.length + 1}`;
    this.sources.set(key, ref);
    return ref;
  }
}

function latestMonth(dataset: Dataset): string | undefined {
  let latest: string | undefined;
  for (const r of dataset.monthly) {
    const p = (r as { period?: unknown }).period;
    if (typeof p === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(p) && (latest === undefined || p > latest))
      latest = p;
  }
  return latest;
}

function columnsOf(type: RecordType, lang: Lang, extras: readonly ExtraColumn[]): Column[] {
  const out: Column[] = [];
  const push = (path: string, header: string, field?: TemplateField) => {
    const index = out.length + 1;
    out.push({ path, header, index, letter: columnLetter(index), ...(field ? { field } : {}) });
  };
  for (const field of templateFields(type)) {
    push(field.path, columnLabel(type, field.path, lang), field);
    for (const extra of extras) if (extra.after === field.path) push(extra.path, extra.header);
  }
  return out;
}

interface SheetContext {
  readonly lang: Lang;
  readonly texts: TemplateTexts;
  readonly lists: Lists;
  readonly kampungIds: readonly string[];
  readonly villages: readonly { code: string; name: string }[];
}

type ValidationCommon = Pick<
  ExcelJS.DataValidation,
  'allowBlank' | 'showInputMessage' | 'promptTitle' | 'errorTitle'
>;

/** The validation of a number, yes/no, month or date column; undefined for any other column. */
function scalarValidation(
  field: TemplateField,
  t: TemplateTexts,
  common: ValidationCommon,
): ExcelJS.DataValidation | undefined {
  if (field.kind === 'integer') {
    const min = field.minimum ?? 0;
    const max = field.maximum ?? 999_999_999;
    return {
      ...common,
      type: 'whole',
      operator: 'between',
      formulae: [min, max],
      showErrorMessage: true,
      error: t.errorCount(min, max),
      prompt: t.promptCount(min, max),
    };
  }
  if (field.kind === 'boolean') {
    return {
      ...common,
      type: 'list',
      formulae: [`"${t.yes},${t.no}"`],
      showErrorMessage: true,
      error: t.errorCode,
      prompt: t.promptYesNo,
    };
  }
  if (field.period === 'month') {
    // `$CELL` is replaced by the first cell of the range; Excel shifts it row by row.
    const formula =
      'AND(LEN($CELL)=7,MID($CELL,5,1)="-",ISNUMBER(--LEFT($CELL,4)),--RIGHT($CELL,2)>=1,--RIGHT($CELL,2)<=12)';
    return {
      ...common,
      type: 'custom',
      formulae: [formula],
      showErrorMessage: true,
      error: t.errorMonth,
      prompt: t.promptMonth,
    };
  }
  if (field.period === 'date') {
    return {
      ...common,
      type: 'date',
      operator: 'between',
      formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
      showErrorMessage: true,
      error: t.errorDate,
      prompt: t.promptDate,
    };
  }
  return undefined;
}

/** The dropdown of a code list's labels (a list of codes: the dropdown helps, but does not refuse). */
function codeListValidation(
  field: TemplateField & { codeList: NonNullable<TemplateField['codeList']> },
  ctx: SheetContext,
  common: ValidationCommon,
): ExcelJS.DataValidation | undefined {
  const list = field.codeList;
  const ref = ctx.lists.range(
    `code:${list.id}`,
    list.label[ctx.lang],
    list.items.map((i) => i.label[ctx.lang]),
  );
  if (!ref) return undefined;
  const many = field.kind === 'array';
  // A list of codes takes several labels separated by `;`: the dropdown helps, but does not refuse.
  return {
    ...common,
    type: 'list',
    formulae: [ref],
    showErrorMessage: !many,
    error: ctx.texts.errorCode,
    prompt: many ? ctx.texts.promptCodes : ctx.texts.promptCode,
  };
}

function validationFor(
  field: TemplateField,
  type: RecordType,
  ctx: SheetContext,
): ExcelJS.DataValidation | undefined {
  const t = ctx.texts;
  const common: ValidationCommon = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: t.promptTitle,
    errorTitle: t.errorTitle,
  };
  const scalar = scalarValidation(field, t, common);
  if (scalar) return scalar;
  if (field.codeList) return codeListValidation({ ...field, codeList: field.codeList }, ctx, common);
  if (field.kampungId && type !== 'kampung') {
    const ref = ctx.lists.range('kampung', columnLabel('kampung', 'id', ctx.lang), ctx.kampungIds);
    // New kampung may be added on the kampung sheet of the same workbook: the list helps, but does not refuse.
    return ref
      ? { ...common, type: 'list', formulae: [ref], showErrorMessage: false, prompt: t.promptKampung }
      : undefined;
  }
  if (field.regionCode) {
    const ref = ctx.lists.range(
      'villages',
      columnLabel('kampung', 'regionCode', ctx.lang),
      ctx.villages.map((v) => v.code),
    );
    return ref
      ? { ...common, type: 'list', formulae: [ref], showErrorMessage: false, prompt: t.promptVillage }
      : undefined;
  }
  if (field.kind === 'array') return { ...common, type: 'custom', formulae: ['TRUE'], prompt: t.promptList };
  return undefined;
}

function writeHeader(sheet: ExcelJS.Worksheet, columns: readonly Column[]): void {
  const header = sheet.getRow(HEADER_ROW);
  const paths = sheet.getRow(PATH_ROW);
  for (const c of columns) {
    const h = header.getCell(c.index);
    h.value = c.header;
    h.font = { bold: true };
    h.fill = c.field ? HEADER_FILL : COMPUTED_FILL;
    h.alignment = { wrapText: true, vertical: 'top' };
    h.protection = { locked: true };
    const p = paths.getCell(c.index);
    p.value = c.path;
    p.font = { color: { argb: 'FF808080' }, size: 9 };
    p.fill = PATH_FILL;
    p.protection = { locked: true };
  }
  header.height = 45;
}

function prepareColumns(sheet: ExcelJS.Worksheet, columns: readonly Column[]): void {
  for (const c of columns) {
    const col = sheet.getColumn(c.index);
    col.width = Math.min(40, Math.max(12, Math.ceil(c.header.length * 0.9)));
    // Every column is unlocked below the headers, the computed ones too: Excel sorts a protected sheet only
    // when every cell of the range is unlocked, and a computed column is never imported, so typing over it
    // harms nothing.
    col.protection = { locked: false };
    if (!c.field) continue;
    if (c.field.period === 'month' || (c.field.kind === 'string' && !c.field.period)) col.numFmt = '@';
    if (c.field.kind === 'array') col.numFmt = '@';
    if (c.field.period === 'date') col.numFmt = 'yyyy-mm-dd';
  }
}

function recordRow(record: unknown, columns: readonly Column[], lang: Lang): Map<number, TemplateCell> {
  const cells = new Map<number, TemplateCell>();
  for (const c of columns) {
    if (!c.field) continue;
    const v = templateCellValue(c.field, valueAt(record, c.field.segments), lang);
    if (v !== undefined) cells.set(c.index, v);
  }
  return cells;
}

function writeCells(sheet: ExcelJS.Worksheet, row: number, cells: ReadonlyMap<number, TemplateCell>): void {
  const r = sheet.getRow(row);
  for (const [index, value] of cells) if (value !== undefined) r.getCell(index).value = value;
}

function recordLabel(type: RecordType, record: unknown): string | undefined {
  const r = record as Record<string, unknown>;
  const id = type === 'kampung' ? r.id : (r.id ?? r.kampungId);
  return typeof id === 'string' ? id : undefined;
}

/**
 * Builds the data-entry workbook of a data directory (contracts §3): an instructions sheet (`Petunjuk` or
 * `Instructions`); one sheet per record type an operator enters (kampung, profiles, population, monthly,
 * interventions, proposals, budgets) with the human headers on row 1, the field paths on row 2 (both frozen
 * and locked), the directory's records from row 3 and the monthly sheet pre-filled with one row per kampung
 * for the month; dropdowns of code-list labels, kampung ids and villages (sources on the hidden `_lists`
 * sheet); whole-number, date and `YYYY-MM` validation; on the monthly sheet the PUS of the population
 * snapshot in force (`_pus`) and a check column (`_check`) after the rule `kkbpk-balance`; the hidden meta
 * sheet `_kkb`. Sheets are protected without a password: data cells are unlocked, and sorting, filtering and
 * adding rows stay allowed. Pure: nothing is read or written.
 *
 * @example
 * ```ts
 * const { dataset, programme } = await readDataDir('examples/banjarmasin/data');
 * const built = buildTemplateWorkbook({ dataset, programme }, { lang: 'id', period: '2021-01' });
 * await built.workbook.xlsx.writeFile('isian-2021-01.xlsx');
 * built.sheets.find((s) => s.type === 'monthly')?.prefilled; // 21
 * ```
 */
export function buildTemplateWorkbook(
  content: TemplateContent,
  options: TemplateOptions = {},
): TemplateBuilt {
  const { dataset, programme } = content;
  const lang: Lang = options.lang ?? programme?.defaultLang ?? 'id';
  const texts = templateTexts(lang);
  const cityCode = programme?.city.code ?? '';
  const latest = latestMonth(dataset);
  const today = options.today ?? todayIn(timeZoneOfRegion(cityCode) ?? 'Asia/Jakarta');
  const period = options.period ?? (latest ? nextMonth(latest) : today.slice(0, 7));
  const spare = options.spareRows ?? 500;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kkb template';
  workbook.calcProperties.fullCalcOnLoad = true;
  const instructions = workbook.addWorksheet(texts.instructionsSheet);
  const names = new Map(TEMPLATE_RECORD_TYPES.map((t) => [t, templateSheetName(t, lang)] as const));
  const sheets = new Map(
    TEMPLATE_RECORD_TYPES.map((t) => [t, workbook.addWorksheet(names.get(t) ?? t)] as const),
  );
  const listsSheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const meta = workbook.addWorksheet(META_SHEET, { state: 'hidden' });

  const villages = villagesOf(dataset);
  const ctx: SheetContext = {
    lang,
    texts,
    lists: new Lists(listsSheet),
    kampungIds: kampungIdsOf(dataset),
    villages,
  };
  const issues: Issue[] = [];
  const summaries: TemplateSheet[] = [];

  // The population sheet's layout, which the monthly check reads.
  const populationColumns = columnsOf('population', lang, []);
  const population: PopulationLayout = {
    name: names.get('population') ?? 'population',
    columns: populationColumns,
    lastRow: FIRST_DATA_ROW + dataset.population.length + spare - 1,
  };

  for (const type of TEMPLATE_RECORD_TYPES) {
    const sheet = sheets.get(type);
    if (!sheet) continue;
    const columns =
      type === 'population' ? populationColumns : columnsOf(type, lang, extraColumns(type, texts));
    summaries.push(buildSheet(sheet, type, columns, { dataset, ctx, period, spare, population, issues }));
  }

  writeInstructions(instructions, { texts, programme, period, names, villages });
  writeMeta(meta, { lang, cityCode, period, names });
  return { workbook, lang, period, sheets: summaries, issues };
}

/** The kampung ids of the dataset, once each, in order. */
function kampungIdsOf(dataset: Dataset): string[] {
  return [
    ...new Set(
      dataset.kampung
        .map((k) => (k as { id?: unknown }).id)
        .filter((id): id is string => typeof id === 'string'),
    ),
  ];
}

/** The villages (kelurahan/desa) among the dataset's regions. */
function villagesOf(dataset: Dataset): { code: string; name: string }[] {
  return dataset.regions
    .filter((r) => {
      const parsed = parseRegionCode(String((r as { code?: unknown }).code ?? ''));
      return parsed.ok && parsed.level === 'village';
    })
    .map((r) => ({ code: r.code, name: r.name }));
}

/** The computed columns of a sheet: the monthly PUS and check, the kampung's village name. */
function extraColumns(type: RecordType, texts: TemplateTexts): ExtraColumn[] {
  if (type === 'monthly')
    return [
      { path: '_pus', header: texts.pusHeader, after: 'nonUsers.tial' },
      { path: '_check', header: texts.checkHeader, after: 'nonUsers.tial' },
    ];
  if (type === 'kampung')
    return [{ path: '_villageName', header: texts.villageNameHeader, after: 'regionCode' }];
  return [];
}

/** Where the population sheet's rows are, for the monthly check. */
interface PopulationLayout {
  readonly name: string;
  readonly columns: readonly Column[];
  readonly lastRow: number;
}

/** What every sheet is built from. */
interface SheetInput {
  readonly dataset: Dataset;
  readonly ctx: SheetContext;
  readonly period: string;
  readonly spare: number;
  readonly population: PopulationLayout;
  /** Receives the warnings of values no column can hold. */
  readonly issues: Issue[];
}

/** Fills one record type's sheet: header, records, prefilled rows, validations, formulas, view, protection. */
function buildSheet(
  sheet: ExcelJS.Worksheet,
  type: RecordType,
  columns: readonly Column[],
  input: SheetInput,
): TemplateSheet {
  const { ctx, spare } = input;
  prepareColumns(sheet, columns);
  writeHeader(sheet, columns);

  const records = input.dataset[recordTypeInfo(type).collection] as readonly unknown[];
  let row = writeRecords(sheet, type, records, columns, ctx.lang, input.issues);
  let prefilled = 0;
  if (type === 'monthly') {
    const next = prefillMonthly(sheet, columns, input, row);
    prefilled = next - row;
    row = next;
  }
  const lastRow = Math.max(FIRST_DATA_ROW, row - 1 + (type === 'monthly' ? Math.min(spare, 100) : spare));

  addValidations(sheet, columns, type, ctx, lastRow);
  if (type === 'kampung') addVillageNames(sheet, columns, ctx, lastRow);
  if (type === 'monthly') {
    const p = input.population;
    addPusCheck(sheet, columns, p.name, p.columns, p.lastRow, lastRow, ctx.texts);
  }

  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: PATH_ROW, topLeftCell: `C${FIRST_DATA_ROW}` }];
  const last = columns.at(-1);
  if (last)
    sheet.autoFilter = { from: { row: PATH_ROW, column: 1 }, to: { row: PATH_ROW, column: last.index } };
  void sheet.protect('', PROTECTION);
  return { type, name: sheet.name, records: records.length, prefilled, lastRow };
}

/** Writes the records from the first data row, warning of each value no column holds; the next free row. */
function writeRecords(
  sheet: ExcelJS.Worksheet,
  type: RecordType,
  records: readonly unknown[],
  columns: readonly Column[],
  lang: Lang,
  issues: Issue[],
): number {
  const known = new Set(columns.filter((c) => c.field).map((c) => c.path));
  let row = FIRST_DATA_ROW;
  for (const record of records) {
    writeCells(sheet, row, recordRow(record, columns, lang));
    for (const path of pathsWithoutColumn(record, known)) {
      const id = recordLabel(type, record);
      issues.push({
        ruleId: 'template',
        code: 'template-value-dropped',
        severity: 'warning',
        location: { recordType: type, ...(id ? { recordId: id } : {}), field: path },
        values: { field: path, sheet: sheet.name },
        message: {
          id: `Kolom '${path}' tidak dikenal skema dan tidak dapat dimuat di lembar '${sheet.name}'`,
          en: `Field '${path}' is not in the schema and cannot be kept on sheet '${sheet.name}'`,
        },
      });
    }
    row++;
  }
  return row;
}

/** Adds a row (kampung id and month) for every kampung with no monthly report for the period; the next free row. */
function prefillMonthly(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column[],
  input: SheetInput,
  from: number,
): number {
  const reported = new Set(
    input.dataset.monthly
      .filter((r) => (r as { period?: unknown }).period === input.period)
      .map((r) => (r as { kampungId?: unknown }).kampungId),
  );
  const kampungCol = columns.find((c) => c.path === 'kampungId');
  const periodCol = columns.find((c) => c.path === 'period');
  let row = from;
  for (const id of input.ctx.kampungIds) {
    if (reported.has(id) || !kampungCol || !periodCol) continue;
    writeCells(
      sheet,
      row,
      new Map([
        [kampungCol.index, id],
        [periodCol.index, input.period],
      ]),
    );
    row++;
  }
  return row;
}

/** The data validation of every column that has one, from the first data row to `lastRow`. */
function addValidations(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column[],
  type: RecordType,
  ctx: SheetContext,
  lastRow: number,
): void {
  for (const c of columns) {
    if (!c.field) continue;
    const v = validationFor(c.field, type, ctx);
    if (!v) continue;
    const model =
      v.type === 'custom' && v.formulae[0] !== 'TRUE'
        ? { ...v, formulae: [String(v.formulae[0]).replaceAll('$CELL', `${c.letter}${FIRST_DATA_ROW}`)] }
        : v;
    (sheet as unknown as SheetWithValidations).dataValidations.add(
      `${c.letter}${FIRST_DATA_ROW}:${c.letter}${lastRow}`,
      model,
    );
  }
}

/** The kampung sheet's village-name column: the name of the village whose code the row holds. */
function addVillageNames(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column[],
  ctx: SheetContext,
  lastRow: number,
): void {
  const region = columns.find((c) => c.path === 'regionCode');
  const name = columns.find((c) => c.path === '_villageName');
  const source = ctx.lists.range(
    'villageNames',
    ctx.texts.villagesHead[1],
    ctx.villages.map((v) => v.name),
  );
  const codes = ctx.lists.range(
    'villages',
    columnLabel('kampung', 'regionCode', ctx.lang),
    ctx.villages.map((v) => v.code),
  );
  if (!region || !name || !source || !codes) return;
  for (let r = FIRST_DATA_ROW; r <= lastRow; r++) {
    sheet.getCell(`${name.letter}${r}`).value = {
      formula: `IF($${region.letter}${r}="","",IFERROR(INDEX(${source},MATCH($${region.letter}${r},${codes},0)),""))`,
    };
  }
}

function addPusCheck(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column[],
  populationName: string,
  populationColumns: readonly Column[],
  populationLastRow: number,
  lastRow: number,
  texts: TemplateTexts,
): void {
  const col = (path: string, cols: readonly Column[] = columns) => cols.find((c) => c.path === path)?.letter;
  const firstCount = col('users.iud');
  const lastCount = col('nonUsers.tial');
  const kampungId = col('kampungId');
  const period = col('period');
  const pus = col('_pus');
  const check = col('_check');
  const pk = col('kampungId', populationColumns);
  const pp = col('period', populationColumns);
  const ppus = col('pus', populationColumns);
  if (!firstCount || !lastCount || !kampungId || !period || !pus || !check || !pk || !pp || !ppus) return;
  const layout: PusCheckLayout = {
    kampungId,
    period,
    firstCount,
    lastCount,
    pus,
    populationSheet: populationName,
    populationKampungId: pk,
    populationPeriod: pp,
    populationPus: ppus,
    populationFirstRow: FIRST_DATA_ROW,
    populationLastRow,
  };
  for (let r = FIRST_DATA_ROW; r <= lastRow; r++) {
    const f = pusCheckFormulas(layout, r, texts);
    sheet.getCell(`${pus}${r}`).value = { formula: f.pus };
    sheet.getCell(`${check}${r}`).value = { formula: f.check };
  }
  const ref = `${check}${FIRST_DATA_ROW}:${check}${lastRow}`;
  const first = `$${check}${FIRST_DATA_ROW}`;
  sheet.addConditionalFormatting({
    ref,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`AND(${first}<>"",${first}<>"${texts.checkOk}")`],
        style: { fill: BAD_FILL, font: { bold: true, color: { argb: 'FF9C0006' } } },
      },
      {
        type: 'expression',
        priority: 2,
        formulae: [`${first}="${texts.checkOk}"`],
        style: { fill: GOOD_FILL },
      },
    ],
  });
}

function writeInstructions(
  sheet: ExcelJS.Worksheet,
  info: {
    texts: TemplateTexts;
    programme: Programme | undefined;
    period: string;
    names: ReadonlyMap<RecordType, string>;
    villages: readonly { code: string; name: string }[];
  },
): void {
  const { texts: t, programme } = info;
  sheet.getColumn(1).width = 32;
  sheet.getColumn(2).width = 110;
  const lines: (readonly [string, string?] | { heading: string })[] = [];
  const add = (a: string, b?: string) => lines.push(b === undefined ? [a] : [a, b]);
  const heading = (h: string) => lines.push({ heading: h });
  heading(t.title);
  if (programme) add(t.city(programme.city.name, programme.city.code));
  add(t.period(info.period));
  add('');
  heading(t.sheetsHeading);
  add(t.sheetHead[0], t.sheetHead[1]);
  for (const type of TEMPLATE_RECORD_TYPES) add(info.names.get(type) ?? type, t.sheetPurpose[type] ?? '');
  add('');
  heading(t.howHeading);
  t.how.forEach((line, i) => {
    add(`${i + 1}.`, line);
  });
  add('');
  heading(t.checkHeading);
  for (const line of t.check) add('•', line);
  add('');
  heading(t.villagesHeading);
  if (info.villages.length === 0) add(t.noVillages);
  else {
    add(t.villagesHead[0], t.villagesHead[1]);
    for (const v of info.villages) add(v.code, v.name);
  }
  lines.forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    if ('heading' in line) {
      row.getCell(1).value = line.heading;
      row.getCell(1).font = { bold: true, size: i === 0 ? 14 : 12 };
      return;
    }
    row.getCell(1).value = line[0];
    if (line[1] !== undefined) row.getCell(2).value = line[1];
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
  });
}

function writeMeta(
  sheet: ExcelJS.Worksheet,
  info: { lang: Lang; cityCode: string; period: string; names: ReadonlyMap<RecordType, string> },
): void {
  const rows: [string, string | number][] = [
    ['version', TEMPLATE_VERSION],
    ['lang', info.lang],
    ['cityCode', info.cityCode],
    ['period', info.period],
  ];
  for (const type of TEMPLATE_RECORD_TYPES) rows.push([`sheet:${info.names.get(type) ?? type}`, type]);
  sheet.getCell('A1').value = TEMPLATE_MARKER;
  rows.forEach(([k, v], i) => {
    sheet.getCell(`A${i + 2}`).value = k;
    sheet.getCell(`B${i + 2}`).value = v;
  });
}
