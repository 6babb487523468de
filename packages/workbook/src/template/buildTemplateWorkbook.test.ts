import { join } from 'node:path';
import { readDataDir, recordsToCsv } from '@kampung-kb/kit';
import {
  areaCriteria,
  type Dataset,
  emptyDataset,
  mainCriteria,
  type RecordType,
  recordTypeInfo,
} from '@kampung-kb/model';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLabel } from '../columns/columnLabel.js';
import { type TemplateField, templateFields } from '../columns/templateFields.js';
import { buildTemplateWorkbook, type TemplateBuilt } from './buildTemplateWorkbook.js';
import { TEMPLATE_RECORD_TYPES, templateSheetName } from './templateLayout.js';
import { templateTexts } from './templateTexts.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const banjarmasin = join(root, 'examples', 'banjarmasin', 'data');

/** Writes a built workbook to XLSX bytes and reads them back, as an operator's Excel would get them. */
async function roundTrip(built: TemplateBuilt): Promise<ExcelJS.Workbook> {
  const buffer = await built.workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
function validations(sheet: ExcelJS.Worksheet): Validations {
  return (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model;
}

/** The cell of a field as a record value again (the reverse of the template's writing, for the test). */
function fieldValue(field: TemplateField, cell: ExcelJS.CellValue, lang: 'id' | 'en'): unknown {
  if (cell === null || cell === undefined || cell === '') {
    if (field.kind === 'array' && !field.optional) return [];
    if (field.nullable) return null;
    return undefined;
  }
  const t = templateTexts(lang);
  const code = (text: string) => field.codeList?.items.find((i) => i.label[lang] === text)?.code ?? text;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (field.kind === 'boolean') return cell === t.yes ? true : cell === t.no ? false : cell;
  if (field.kind === 'array')
    return String(cell)
      .split(';')
      .map((s) => code(s.trim()));
  if (typeof cell === 'string') return field.codeList ? code(cell) : cell;
  return cell;
}

/** Every record of a record sheet, rebuilt from row 2's paths and the cells from row 3. */
function recordsOf(sheet: ExcelJS.Worksheet, type: RecordType, lang: 'id' | 'en'): Record<string, unknown>[] {
  const fields = new Map(templateFields(type).map((f) => [f.path, f]));
  const paths: (string | undefined)[] = [];
  sheet.getRow(2).eachCell((cell, col) => {
    paths[col] = String(cell.value);
  });
  const out: Record<string, unknown>[] = [];
  for (let r = 3; r <= sheet.rowCount; r++) {
    const record: Record<string, unknown> = {};
    let any = false;
    paths.forEach((path, col) => {
      const field = path === undefined ? undefined : fields.get(path);
      if (!field) return;
      const raw = sheet.getRow(r).getCell(col).value;
      if (raw !== null && raw !== undefined && raw !== '') any = true;
      const value = fieldValue(field, raw, lang);
      if (value === undefined) return;
      let at = record;
      for (const key of field.segments.slice(0, -1)) {
        at[key] ??= {};
        at = at[key] as Record<string, unknown>;
      }
      at[field.segments.at(-1) as string] = value;
    });
    if (any) out.push(record);
  }
  return out;
}

/** A small data set with every record type, optional fields present and absent. */
function smallDataset(): Dataset {
  const d = emptyDataset();
  d.regions.push(
    { code: '64.71', name: 'Kota Balikpapan' },
    { code: '64.71.01', name: 'Balikpapan Barat' },
    { code: '64.71.01.1001', name: 'Baru Ilir' },
    { code: '64.71.01.1002', name: 'Margo Mulyo' },
  );
  d.kampung.push(
    {
      id: 'baru-ilir',
      name: 'Kampung KB Baru Ilir',
      regionCode: '64.71.01.1001',
      designationDate: '2018-05-02',
      mainCriteria: ['lowKbParticipation'],
      areaCriteria: ['coastal', 'slum'],
      scope: { rt: ['01', '02'] },
      model: { regency: true, province: false },
    } as never,
    {
      id: 'margo-mulyo',
      name: 'Kampung KB Margo Mulyo',
      regionCode: '64.71.01.1002',
      designationDate: '2019-01-15',
      mainCriteria: [],
      areaCriteria: ['dense'],
    } as never,
  );
  d.population.push(
    { kampungId: 'baru-ilir', period: '2021-01', pus: 100 } as never,
    { kampungId: 'baru-ilir', period: '2021-06', pus: 110 } as never,
  );
  d.monthly.push({
    kampungId: 'baru-ilir',
    period: '2021-03',
    users: { iud: 10, mow: 5, mop: 1, implant: 20, injectable: 30, pill: 10, condom: 4 },
    nonUsers: { pregnant: 5, ias: 5, iat: 5, tial: 5 },
    poktanParticipants: { bkb: 1, bkr: 2, bkl: 3, uppka: 4, pikr: 5 },
    jknHolders: 300,
    newAcceptors: { iud: 1 },
  });
  d.proposals.push({
    id: 'p-1',
    kampungId: 'baru-ilir',
    raisedOn: '2021-02-01',
    title: 'Jalan lingkungan',
    section: 'environment',
    assignedAgency: 'puskesmas',
    status: 'assigned',
  } as never);
  d.budgets.push({ kampungId: 'baru-ilir', year: 2021, fundingSource: 'danaDesa', amount: 25_000_000 });
  return d;
}

describe('buildTemplateWorkbook on the Banjarmasin example', () => {
  let dataset: Dataset;
  let programme: Awaited<ReturnType<typeof readDataDir>>['programme'];
  let built: TemplateBuilt;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const read = await readDataDir(banjarmasin);
    dataset = read.dataset;
    programme = read.programme;
    built = buildTemplateWorkbook({ dataset, programme }, { lang: 'id' });
    book = await roundTrip(built);
  });

  it('has the sheets of the layout in order: instructions, the record types, then the hidden lists and meta', () => {
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual([
      'Petunjuk',
      ...TEMPLATE_RECORD_TYPES.map((t) => recordTypeInfo(t).label.id.slice(0, 31)),
      '_lists',
      '_kkb',
    ]);
    expect(book.worksheets.map((s) => s.state)).toEqual([
      ...names.slice(0, -2).map(() => 'visible'),
      'hidden',
      'hidden',
    ]);
  });

  it('writes the meta sheet: marker, version, lang, city, period and the sheet of each record type', () => {
    const meta = book.getWorksheet('_kkb');
    expect(meta?.getCell('A1').value).toBe('kkb-template');
    const rows: Record<string, unknown> = {};
    meta?.eachRow((row, n) => {
      if (n > 1) rows[String(row.getCell(1).value)] = row.getCell(2).value;
    });
    const latest = dataset.monthly
      .map((m) => m.period)
      .sort()
      .at(-1) as string;
    const [y, mo] = latest.split('-').map(Number) as [number, number];
    const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
    expect(rows).toEqual({
      version: 1,
      lang: 'id',
      cityCode: programme?.city.code,
      period: next,
      ...Object.fromEntries(TEMPLATE_RECORD_TYPES.map((t) => [`sheet:${templateSheetName(t, 'id')}`, t])),
    });
    expect(built.period).toBe(next);
  });

  it('puts human headers on row 1 and the kit CSV columns (field paths) on row 2 of every record sheet', () => {
    for (const type of TEMPLATE_RECORD_TYPES) {
      const sheet = book.getWorksheet(templateSheetName(type, 'id'));
      if (!sheet) throw new Error(type);
      const paths: string[] = [];
      const headers: string[] = [];
      sheet.getRow(2).eachCell((c) => {
        paths.push(String(c.value));
      });
      sheet.getRow(1).eachCell((c) => {
        headers.push(String(c.value));
      });
      const csvHeader = recordsToCsv(type, []).split('\n')[0]?.split(',');
      expect(
        paths.filter((p) => !p.startsWith('_')),
        type,
      ).toEqual(csvHeader);
      paths.forEach((p, i) => {
        if (!p.startsWith('_')) expect(headers[i]).toBe(columnLabel(type, p, 'id'));
      });
    }
  });

  it('freezes and locks the two header rows, leaves data rows unlocked and protects without a password', () => {
    for (const type of TEMPLATE_RECORD_TYPES) {
      const sheet = book.getWorksheet(templateSheetName(type, 'id'));
      if (!sheet) throw new Error(type);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 });
      const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
      expect(protection).toMatchObject({ sheet: true, sort: true, autoFilter: true, insertRows: true });
      expect(protection.hashValue).toBeUndefined();
      expect(sheet.getCell('A1').protection?.locked ?? true).toBe(true);
      expect(sheet.getCell('A2').protection?.locked ?? true).toBe(true);
      expect(sheet.getCell('A3').protection?.locked).toBe(false);
      expect(sheet.getCell('B50').protection?.locked).toBe(false);
    }
  });

  it('validates counts as whole numbers ≥ 0, months as YYYY-MM, dates, and offers code labels and kampung ids', () => {
    const monthly = book.getWorksheet(templateSheetName('monthly', 'id'));
    const kampung = book.getWorksheet(templateSheetName('kampung', 'id'));
    const interventions = book.getWorksheet(templateSheetName('intervention', 'id'));
    if (!monthly || !kampung || !interventions) throw new Error('sheet missing');
    const col = (sheet: ExcelJS.Worksheet, path: string) => {
      let letter = '';
      sheet.getRow(2).eachCell((c) => {
        if (c.value === path) letter = c.address.replace(/\d+/, '');
      });
      return letter;
    };
    const mv = validations(monthly);
    expect(mv[`${col(monthly, 'users.iud')}3`]).toMatchObject({ type: 'whole', formulae: [0, 999_999_999] });
    expect(mv[`${col(monthly, 'jknHolders')}40`]).toMatchObject({ type: 'whole' });
    const period = mv[`${col(monthly, 'period')}3`];
    expect(period?.type).toBe('custom');
    expect(String(period?.formulae[0])).toContain('LEN(B3)=7');
    const idList = mv[`${col(monthly, 'kampungId')}3`];
    expect(idList?.type).toBe('list');
    const lists = book.getWorksheet('_lists');
    const listValues = (formula: string) => {
      const [, c, from, to] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(formula) ?? [];
      const out: unknown[] = [];
      for (let r = Number(from); r <= Number(to); r++) out.push(lists?.getCell(`${c}${r}`).value);
      return out;
    };
    expect(listValues(String(idList?.formulae[0]))).toEqual(dataset.kampung.map((k) => k.id));
    const kv = validations(kampung);
    expect(kv[`${col(kampung, 'designationDate')}3`]?.type).toBe('date');
    const criteria = kv[`${col(kampung, 'mainCriteria')}3`];
    expect(criteria?.type).toBe('list');
    expect(listValues(String(criteria?.formulae[0]))).toEqual(
      templateFields('kampung')
        .find((f) => f.path === 'mainCriteria')
        ?.codeList?.items.map((i) => i.label.id),
    );
    const villages = kv[`${col(kampung, 'regionCode')}3`];
    expect(listValues(String(villages?.formulae[0]))).toEqual(
      dataset.regions.filter((r) => r.code.split('.').length === 4).map((r) => r.code),
    );
    const section = validations(interventions)[`${col(interventions, 'section')}3`];
    expect(section).toMatchObject({ type: 'list', showErrorMessage: true });
    expect(validations(kampung)[`${col(kampung, 'model.regency')}3`]?.formulae).toEqual(['"Ya,Tidak"']);
  });

  it('pre-fills the monthly sheet with one row per kampung for the month, numbers empty, and a PUS check on each', () => {
    const sheet = book.getWorksheet(templateSheetName('monthly', 'id'));
    if (!sheet) throw new Error('monthly');
    const first = 3 + dataset.monthly.length;
    const ids: unknown[] = [];
    for (let r = first; r < first + dataset.kampung.length; r++) {
      ids.push(sheet.getCell(`A${r}`).value);
      expect(sheet.getCell(`B${r}`).value).toBe(built.period);
      expect(sheet.getCell(`C${r}`).value).toBeNull();
    }
    expect(ids).toEqual(dataset.kampung.map((k) => k.id));
    expect(sheet.getCell(`A${first + dataset.kampung.length}`).value).toBeNull();
    expect(built.sheets.find((s) => s.type === 'monthly')?.prefilled).toBe(dataset.kampung.length);
    const paths: string[] = [];
    sheet.getRow(2).eachCell((c) => {
      paths.push(String(c.value));
    });
    const check = paths.indexOf('_check') + 1;
    const pus = paths.indexOf('_pus') + 1;
    expect(pus).toBeGreaterThan(paths.indexOf('nonUsers.tial') + 1);
    const formula = (sheet.getRow(first).getCell(check).value as { formula: string }).formula;
    expect(formula).toContain(`SUM($C${first}:$O${first})`);
    expect(formula).toContain(`$${sheet.getColumn(pus).letter}${first}`);
    const pusFormula = (sheet.getRow(first).getCell(pus).value as { formula: string }).formula;
    expect(pusFormula).toContain("'Data penduduk'!$A$3:");
  });

  it('writes every record of the directory into its sheet, so a template read back gives the same records', () => {
    for (const type of TEMPLATE_RECORD_TYPES) {
      const sheet = book.getWorksheet(templateSheetName(type, 'id'));
      if (!sheet) throw new Error(type);
      const records = dataset[recordTypeInfo(type).collection] as unknown[];
      const back = recordsOf(sheet, type, 'id');
      const expected =
        type === 'monthly'
          ? [...records, ...dataset.kampung.map((k) => ({ kampungId: k.id, period: built.period }))]
          : records;
      expect(back, type).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    expect(built.issues).toEqual([]);
  });
});

describe('buildTemplateWorkbook on a small data set', () => {
  it('keeps every value of every record type in English too, and pre-fills only kampung without a report', async () => {
    const dataset = smallDataset();
    const built = buildTemplateWorkbook({ dataset }, { lang: 'en', period: '2021-03' });
    const book = await roundTrip(built);
    expect(book.worksheets[0]?.name).toBe('Instructions');
    for (const type of TEMPLATE_RECORD_TYPES) {
      const sheet = book.getWorksheet(templateSheetName(type, 'en'));
      if (!sheet) throw new Error(type);
      const records = dataset[recordTypeInfo(type).collection] as unknown[];
      const expected =
        type === 'monthly' ? [...records, { kampungId: 'margo-mulyo', period: '2021-03' }] : records;
      expect(recordsOf(sheet, type, 'en'), type).toEqual(expected);
    }
    expect(built.sheets.find((s) => s.type === 'monthly')?.prefilled).toBe(1);
    const kampung = book.getWorksheet(templateSheetName('kampung', 'en'));
    const paths = (kampung?.getRow(2).values ?? []) as unknown[];
    expect(kampung?.getRow(3).getCell(paths.indexOf('model.regency')).value).toBe('Yes');
    expect(kampung?.getRow(3).getCell(paths.indexOf('areaCriteria')).value).toBe('Coastal or fishing; Slum');
  });

  it('reports a value no column can hold instead of dropping it silently', () => {
    const dataset = smallDataset();
    (dataset.budgets[0] as unknown as Record<string, unknown>).note = 'x';
    const built = buildTemplateWorkbook({ dataset }, { lang: 'id' });
    expect(built.issues.map((i) => [i.code, i.location.field, i.location.recordType])).toEqual([
      ['template-value-dropped', 'note', 'budget'],
    ]);
  });

  it('pre-fills the month after the latest report, or the month of today when there is none', () => {
    const dataset = smallDataset();
    expect(buildTemplateWorkbook({ dataset }).period).toBe('2021-04');
    dataset.monthly.length = 0;
    expect(buildTemplateWorkbook({ dataset }, { today: '2026-11-30' }).period).toBe('2026-11');
  });
});

describe('buildTemplateWorkbook round trip (property)', () => {
  const count = fc.integer({ min: 0, max: 999_999_999 });
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const day = fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const month = fc
    .record({ y: fc.integer({ min: 2016, max: 2040 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);
  const kampung = fc.record(
    {
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
      name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
      regionCode: fc.constant('64.71.01.1001'),
      designationDate: day,
      mainCriteria: fc.subarray(mainCriteria.items.map((i) => i.code)),
      areaCriteria: fc.subarray(
        areaCriteria.items.map((i) => i.code),
        { minLength: 1 },
      ),
      model: optional(fc.record({ regency: fc.boolean(), province: fc.boolean() })),
    },
    { requiredKeys: ['id', 'name', 'regionCode', 'designationDate', 'mainCriteria', 'areaCriteria'] },
  );
  const monthly = (ids: readonly string[]) =>
    fc.record(
      {
        kampungId: fc.constantFrom(...ids),
        period: month,
        users: fc.record(
          {
            iud: count,
            mow: count,
            mop: count,
            implant: count,
            injectable: count,
            pill: count,
            condom: count,
            mal: count,
            traditional: count,
          },
          { requiredKeys: ['iud', 'mow', 'mop', 'implant', 'injectable', 'pill', 'condom'] },
        ),
        nonUsers: fc.record({ pregnant: count, ias: count, iat: count, tial: count }),
        poktanParticipants: fc.record({ bkb: count, bkr: count, bkl: count, uppka: count, pikr: count }),
        jknHolders: count,
        // A group left wholly empty reads back as absent (as in CSV): at least one count when given.
        newAcceptors: fc.record({ iud: count, pill: count }, { requiredKeys: ['iud'] }),
      },
      { requiredKeys: ['kampungId', 'period', 'users', 'nonUsers', 'poktanParticipants', 'jknHolders'] },
    );
  const data = fc
    .uniqueArray(kampung, { minLength: 1, maxLength: 4, selector: (k) => k.id })
    .chain((ks) => fc.tuple(fc.constant(ks), fc.array(monthly(ks.map((k) => k.id)), { maxLength: 6 })));

  it('gives back every record it was built from, for random kampung and monthly reports in both languages', () => {
    fc.assert(
      fc.property(data, fc.constantFrom('id' as const, 'en' as const), ([ks, ms], lang) => {
        const d = emptyDataset();
        d.kampung.push(...(ks as unknown as Dataset['kampung']));
        d.monthly.push(...(ms as unknown as Dataset['monthly']));
        const built = buildTemplateWorkbook({ dataset: d }, { lang, period: '2099-12', spareRows: 2 });
        const sheet = (type: RecordType) => built.workbook.getWorksheet(templateSheetName(type, lang));
        const kSheet = sheet('kampung');
        const mSheet = sheet('monthly');
        if (!kSheet || !mSheet) throw new Error('sheet missing');
        expect(recordsOf(kSheet, 'kampung', lang)).toEqual(ks);
        expect(recordsOf(mSheet, 'monthly', lang)).toEqual([
          ...ms,
          ...ks.map((k) => ({ kampungId: k.id, period: '2099-12' })),
        ]);
      }),
      { numRuns: 40 },
    );
  });
});
