import fc from 'fast-check';
import {
  type Cell,
  type CsvLine,
  cellText,
  columnOf,
  type DataDirModel,
  deepJson,
  type FileModel,
} from './dataDirModel.js';

/** A change to a programme definition. */
export type ProgrammeChange =
  | { readonly kind: 'unknown-key'; readonly key: string }
  | { readonly kind: 'wrong-type'; readonly field: string; readonly value: unknown }
  | { readonly kind: 'threshold'; readonly value: number }
  | { readonly kind: 'to-yaml' }
  | { readonly kind: 'both-json-and-yaml' }
  | { readonly kind: 'bad-yaml' }
  | { readonly kind: 'alias-bomb' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'name'; readonly text: string };

/**
 * One change to a data directory, as data (so a fast-check counterexample reads as a list of these).
 * `file`, `row` and `col` pick by index, modulo the sizes at the time the change applies.
 */
export type DataDirMutation =
  | {
      readonly op: 'cell';
      readonly file: number;
      readonly row: number;
      readonly col: number;
      readonly value: string;
    }
  | {
      readonly op: 'raw-cell';
      readonly file: number;
      readonly row: number;
      readonly col: number;
      readonly raw: string;
    }
  | {
      readonly op: 'json-value';
      readonly file: number;
      readonly row: number;
      readonly col: number;
      readonly value: unknown;
    }
  | { readonly op: 'json-unknown-key'; readonly file: number; readonly row: number; readonly key: string }
  | { readonly op: 'json-item'; readonly file: number; readonly row: number; readonly value: unknown }
  | { readonly op: 'truncate-row'; readonly file: number; readonly row: number; readonly keep: number }
  | { readonly op: 'extra-columns'; readonly file: number; readonly row: number; readonly cells: string[] }
  | {
      readonly op: 'duplicate-row';
      readonly file: number;
      readonly row: number;
      readonly conflicting: boolean;
    }
  | { readonly op: 'delete-row'; readonly file: number; readonly row: number }
  | { readonly op: 'insert-line'; readonly file: number; readonly row: number; readonly line: string }
  | { readonly op: 'unknown-kampung'; readonly file: number; readonly row: number }
  | { readonly op: 'same-kampung-twice'; readonly conflicting: boolean }
  | { readonly op: 'delete-file'; readonly file: number }
  | { readonly op: 'empty-file'; readonly file: number }
  | { readonly op: 'header-only'; readonly file: number }
  | { readonly op: 'garbage'; readonly file: number; readonly bytes: Uint8Array }
  | { readonly op: 'deep-json-file'; readonly file: number; readonly depth: number }
  | { readonly op: 'json-instead-of-csv'; readonly file: number }
  | { readonly op: 'csv-instead-of-json'; readonly file: number }
  | {
      readonly op: 'format';
      readonly file: number;
      readonly semicolon: boolean;
      readonly bom: boolean;
      readonly crlf: boolean;
      readonly finalEol: boolean;
    }
  | { readonly op: 'truncate-bytes'; readonly file: number; readonly at: number }
  | { readonly op: 'convert-format'; readonly file: number }
  | {
      readonly op: 'copy-file';
      readonly file: number;
      readonly suffix: string;
      readonly conflicting: boolean;
    }
  | { readonly op: 'add-file'; readonly name: string; readonly text: string }
  | { readonly op: 'programme'; readonly change: ProgrammeChange };

const ESC = '\u001b';

/** Hostile cell texts: wrong types, huge and negative numbers, identifiers, unicode, terminal sequences. */
export const HOSTILE_TEXTS: readonly string[] = [
  '',
  ' ',
  'abc',
  'true',
  'null',
  'NaN',
  'Infinity',
  '-1',
  '-0',
  '0.5',
  '1e308',
  '-1e308',
  '1e-9',
  '0x1F',
  '1_000',
  '1.000,5',
  '99999999999999999999',
  '9007199254740993',
  '3201234567890124',
  '3201-2345-6789-0124',
  '32012345678901245',
  '١٢٣',
  '１２',
  'Ω≈ç√ ñ',
  '😀👨‍👩‍👧',
  'a\u0000b',
  `${ESC}[31mred${ESC}[0m`,
  `${ESC}]8;;https://example.test${ESC}\\click${ESC}]8;;${ESC}\\`,
  `${ESC}]0;title\u0007`,
  '\u009b31m',
  '\u202egnp.exe',
  'x'.repeat(3000),
  '=HYPERLINK("http://x")',
  '<script>alert(1)</script>',
  '"',
  'a"b',
  '"quoted"',
  ';',
  ',',
  'a\nb',
  'a\r\nb',
  '2020-13',
  '2020-00',
  '9999-12',
  '2020-12-31',
  '63.71.99',
  '__proto__',
  'constructor',
];

/** Texts written into CSV unquoted: stray quotes, delimiters, an unclosed quote. */
const RAW_TEXTS: readonly string[] = ['"', '"open', 'a"b', 'x,y', 'x;y', '""', '"a""b"', '"a"b', 'a\nb'];

/** An arbitrary hostile cell text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: 10n ** 15n, max: 10n ** 17n }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** An arbitrary JSON value of a wrong or hostile kind. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(null, true, false, -1, 1e308, 3201234567890124, 1e20, 0.5, [], {}),
  fc.integer({ min: 2, max: 6000 }).map(deepJson),
  fc.jsonValue({ maxDepth: 3 }),
);

const pick = fc.nat(10_000);

const programmeChange: fc.Arbitrary<ProgrammeChange> = fc.oneof(
  fc.constantFrom('colour', 'publicReports', 'smallcellThreshold', '__proto__').map((key) => ({
    kind: 'unknown-key' as const,
    key,
  })),
  fc
    .constantFrom<[string, unknown]>(
      ['publicReport', { smallCellThreshold: '20' }],
      ['synthetic', 'yes'],
      ['defaultLang', 'fr'],
      ['city', null],
      ['name', 42],
      ['startYear', 1e20],
      ['publicReport', { smallCellThreshold: -1 }],
    )
    .map(([field, value]) => ({ kind: 'wrong-type' as const, field, value })),
  fc.integer({ min: 1, max: 50 }).map((value) => ({ kind: 'threshold' as const, value })),
  fc.constantFrom<ProgrammeChange>(
    { kind: 'to-yaml' },
    { kind: 'both-json-and-yaml' },
    { kind: 'bad-yaml' },
    { kind: 'alias-bomb' },
    { kind: 'delete' },
  ),
  hostileText.map((text) => ({ kind: 'name' as const, text })),
);

/** An arbitrary data-directory mutation (see {@link DataDirMutation}). */
export const dataDirMutation: fc.Arbitrary<DataDirMutation> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constant('cell' as const),
      file: pick,
      row: pick,
      col: pick,
      value: hostileText,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('raw-cell' as const),
      file: pick,
      row: pick,
      col: pick,
      raw: fc.constantFrom(...RAW_TEXTS),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('json-value' as const),
      file: pick,
      row: pick,
      col: pick,
      value: hostileJson,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('json-unknown-key' as const),
      file: pick,
      row: pick,
      key: fc.constantFrom('extra', '__proto__', 'constructor', 'nik'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('json-item' as const),
      file: pick,
      row: pick,
      value: fc.constantFrom(null, 1, 'x', [], [1, 2], true),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('truncate-row' as const),
      file: pick,
      row: pick,
      keep: fc.nat(40),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('extra-columns' as const),
      file: pick,
      row: pick,
      cells: fc.array(hostileText, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('duplicate-row' as const),
      file: pick,
      row: pick,
      conflicting: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-row' as const), file: pick, row: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('insert-line' as const),
      file: pick,
      row: pick,
      line: fc.constantFrom('', '   ', ',,,', ';;', '\t', 'garbage', '"', `${ESC}[2J`),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('unknown-kampung' as const), file: pick, row: pick }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('same-kampung-twice' as const), conflicting: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-file' as const), file: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('empty-file' as const), file: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('header-only' as const), file: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('garbage' as const),
      file: pick,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 200 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('deep-json-file' as const),
      file: pick,
      depth: fc.constantFrom(100, 1000, 5000, 20_000),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('json-instead-of-csv' as const), file: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('csv-instead-of-json' as const), file: pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('format' as const),
      file: pick,
      semicolon: fc.boolean(),
      bom: fc.boolean(),
      crlf: fc.boolean(),
      finalEol: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('truncate-bytes' as const),
      file: pick,
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('convert-format' as const), file: pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('copy-file' as const),
      file: pick,
      suffix: fc.constantFrom('-2', '-copy', '_lama'),
      conflicting: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('add-file' as const),
      name: fc.constantFrom('notes.txt', 'sub/monthly.csv', '.hidden.csv', 'README.md', 'MONTHLY-X.CSV'),
      text: fc.constantFrom('kampungId,period\nx,2020-01\n', 'hello', ''),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('programme' as const), change: programmeChange }) },
);

/** Texts that must never reach output as they are: ID-like numbers and terminal control sequences. */
const LEAKY_TEXTS: readonly string[] = [
  '3201234567890124',
  '3201-2345-6789-0124',
  '3201 2345 6789 0124',
  '32012345678901245',
  `${ESC}[2J${ESC}[31mmerah`,
  `${ESC}]8;;https://example.test${ESC}\\klik${ESC}]8;;${ESC}\\`,
  `NIK 3201234567890124 ${ESC}]0;judul\u0007`,
];

/**
 * A mutation that puts an ID-like number or a terminal control sequence into a cell, a JSON field or the
 * programme's name: the output-safety property leans on these.
 *
 * @example
 * ```ts
 * fc.sample(leakyMutation, 1);
 * ```
 */
export const leakyMutation: fc.Arbitrary<DataDirMutation> = fc.oneof(
  fc.record({
    op: fc.constant('cell' as const),
    file: pick,
    row: pick,
    col: pick,
    value: fc.constantFrom(...LEAKY_TEXTS),
  }),
  fc.record({
    op: fc.constant('json-value' as const),
    file: pick,
    row: pick,
    col: pick,
    value: fc.constantFrom<unknown>(...LEAKY_TEXTS, 3201234567890124),
  }),
  fc
    .constantFrom(...LEAKY_TEXTS)
    .map((text) => ({ op: 'programme' as const, change: { kind: 'name' as const, text } })),
);

/** The names of the record files of a model (CSV or JSON), sorted. */
function recordFiles(model: DataDirModel): string[] {
  return [...model.keys()].filter((n) => !n.includes('/') && !n.startsWith('programme')).sort();
}

function at<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

function csvToObjects(file: Extract<FileModel, { kind: 'csv' }>): Record<string, unknown>[] {
  return file.rows.filter(Array.isArray).map((r) => {
    const o: Record<string, unknown> = {};
    file.header.forEach((h, i) => {
      const t = cellText(r[i]);
      o[cellText(h)] = t !== '' && /^-?\d+(\.\d+)?$/.test(t) && t.length < 15 ? Number(t) : t;
    });
    return o;
  });
}

function objectsToCsv(list: unknown[]): Extract<FileModel, { kind: 'csv' }> {
  const objs = list.filter((o): o is Record<string, unknown> => o !== null && typeof o === 'object');
  const header = [...new Set(objs.flatMap((o) => Object.keys(o)))];
  const text = (v: unknown): string =>
    v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return {
    kind: 'csv',
    header,
    rows: objs.map((o) => header.map((h) => text(o[h]))),
    delimiter: ',',
    bom: false,
    eol: '\n',
    finalEol: true,
  };
}

function changeCell(c: Cell | undefined): string {
  const t = cellText(c);
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? String(n + 7) : `${t}-lain`;
}

function conflictingCopy(row: CsvLine): CsvLine {
  if (!Array.isArray(row)) return row;
  const copy = [...row];
  // Change the last cell (a count in monthly and population rows, a description or value elsewhere).
  copy[copy.length - 1] = changeCell(copy[copy.length - 1]);
  return copy;
}

function conflictingObject(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = structuredClone(value as Record<string, unknown>);
  const key = Object.keys(copy).find((k) => typeof copy[k] === 'number' || k === 'name' || k === 'members');
  if (key)
    copy[key] = typeof copy[key] === 'number' ? (copy[key] as number) + 7 : `${String(copy[key])} lain`;
  else copy['note'] = 'beda';
  return copy;
}

const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

/**
 * A YAML "billion laughs" document (nine levels of nine aliases), prefixed to `rest`.
 *
 * @example
 * ```ts
 * aliasBomb('version: 1\n');
 * ```
 */
export function aliasBomb(rest: string): string {
  return `${ALIAS_BOMB}\n${rest}`;
}

function toYaml(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return `${JSON.stringify(value)}\n`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]\n';
    return `\n${value.map((v) => `${indent}- ${toYaml(v, `${indent}  `).replace(/^\n\s*/, '')}`).join('')}`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}\n';
  return `\n${entries.map(([k, v]) => `${indent}${JSON.stringify(k)}: ${toYaml(v, `${indent}  `)}`).join('')}`;
}

/**
 * A value as YAML text (block style, strings and keys as JSON strings, which YAML reads the same).
 *
 * @example
 * ```ts
 * yamlText({ a: [1, 'x'] }); // '"a": \n  - 1\n  - "x"\n'
 * ```
 */
export function yamlText(value: unknown): string {
  return toYaml(value).replace(/^\n/, '');
}

function applyProgramme(model: DataDirModel, change: ProgrammeChange): string {
  const file = model.get('programme.json');
  const value = file?.kind === 'json' ? (file.value as Record<string, unknown>) : undefined;
  if (!value) return 'programme: none to change';
  switch (change.kind) {
    case 'unknown-key':
      value[change.key] = 'x';
      break;
    case 'wrong-type':
      value[change.field] = change.value;
      break;
    case 'threshold':
      value['publicReport'] = { smallCellThreshold: change.value };
      break;
    case 'name':
      value['name'] = { id: change.text, en: change.text };
      break;
    case 'to-yaml':
      model.delete('programme.json');
      model.set('programme.yaml', { kind: 'text', text: yamlText(value) });
      break;
    case 'both-json-and-yaml':
      model.set('programme.yaml', { kind: 'text', text: yamlText(value) });
      break;
    case 'bad-yaml':
      model.delete('programme.json');
      model.set('programme.yaml', { kind: 'text', text: 'name: [unclosed\n  city: : :\n' });
      break;
    case 'alias-bomb':
      model.delete('programme.json');
      model.set('programme.yaml', { kind: 'text', text: aliasBomb(yamlText(value)) });
      break;
    case 'delete':
      model.delete('programme.json');
      break;
  }
  return `programme: ${change.kind}`;
}

/**
 * Applies a mutation to a model in place and says what it did (file, row and column names resolved).
 *
 * @example
 * ```ts
 * applyMutation(model, { op: 'delete-file', file: 0 }); // 'delete-file interventions.csv'
 * ```
 */
export function applyMutation(model: DataDirModel, m: DataDirMutation): string {
  if (m.op === 'programme') return applyProgramme(model, m.change);
  if (m.op === 'add-file') {
    model.set(m.name, { kind: 'text', text: m.text });
    return `add-file ${m.name}`;
  }
  if (m.op === 'same-kampung-twice') return sameKampungTwice(model, m.conflicting);
  const name = at(recordFiles(model), m.file);
  if (name === undefined) return `${m.op}: no file`;
  const file = model.get(name) as FileModel;
  const label = `${m.op} ${name}`;
  const whole = applyFileMutation(model, name, file, m, label);
  if (whole !== undefined) return whole;
  if (m.op === 'truncate-bytes') return label; // applied after serialisation, see applyByteMutations
  if (file.kind === 'csv') return applyCsvRowMutation(file, m, label);
  if (file.kind === 'json' && Array.isArray(file.value)) return applyJsonRowMutation(file.value, m, label);
  return `${label}: not applicable`;
}

/** Adds the first kampung of `kampung.json` again, the same or with another name and village. */
function sameKampungTwice(model: DataDirModel, conflicting: boolean): string {
  const k = model.get('kampung.json');
  if (k?.kind !== 'json' || !Array.isArray(k.value) || k.value.length === 0)
    return 'same-kampung-twice: no kampung.json';
  const first = k.value[0];
  k.value.push(
    conflicting
      ? { ...(first as object), name: 'Kampung KB Kembar', regionCode: '63.71.01.1001' }
      : structuredClone(first),
  );
  return `same-kampung-twice conflicting=${conflicting}`;
}

/** A mutation of a whole file (delete, empty, replace, convert, copy, format); undefined for a row mutation. */
function applyFileMutation(
  model: DataDirModel,
  name: string,
  file: FileModel,
  m: DataDirMutation,
  label: string,
): string | undefined {
  switch (m.op) {
    case 'delete-file':
      model.delete(name);
      return label;
    case 'empty-file':
      model.set(name, { kind: 'text', text: '' });
      return label;
    case 'header-only':
      if (file.kind === 'csv') file.rows = [];
      else if (file.kind === 'json') file.value = [];
      return label;
    case 'garbage':
      model.set(name, { kind: 'bytes', bytes: m.bytes });
      return label;
    case 'deep-json-file':
      model.set(name, { kind: 'text', text: '['.repeat(m.depth) + ']'.repeat(m.depth) });
      return `${label} depth=${m.depth}`;
    case 'json-instead-of-csv':
      if (file.kind === 'csv')
        model.set(name, { kind: 'json', value: csvToObjects(file), indent: 2, bom: false });
      return label;
    case 'csv-instead-of-json':
      if (file.kind === 'json' && Array.isArray(file.value)) model.set(name, objectsToCsv(file.value));
      return label;
    case 'convert-format': {
      const base = name.replace(/\.(csv|json)$/i, '');
      if (file.kind === 'csv') {
        model.delete(name);
        model.set(`${base}.json`, { kind: 'json', value: csvToObjects(file), indent: 2, bom: false });
      } else if (file.kind === 'json' && Array.isArray(file.value)) {
        model.delete(name);
        model.set(`${base}.csv`, objectsToCsv(file.value));
      }
      return label;
    }
    case 'copy-file': {
      const copyName = name.replace(/(\.[a-z]+)$/i, `${m.suffix}$1`);
      const copy = structuredClone(file);
      if (m.conflicting && copy.kind === 'csv') copy.rows = copy.rows.map(conflictingCopy);
      if (m.conflicting && copy.kind === 'json' && Array.isArray(copy.value))
        copy.value = copy.value.map(conflictingObject);
      model.set(copyName, copy);
      return `${label} -> ${copyName} conflicting=${m.conflicting}`;
    }
    case 'format':
      if (file.kind === 'csv') {
        if (m.semicolon) file.delimiter = ';';
        file.bom = m.bom;
        file.eol = m.crlf ? '\r\n' : '\n';
        file.finalEol = m.finalEol;
      } else if (file.kind === 'json') file.bom = m.bom;
      return `${label} ${JSON.stringify({ semicolon: m.semicolon, bom: m.bom, crlf: m.crlf, finalEol: m.finalEol })}`;
    default:
      return undefined;
  }
}

function applyCsvRowMutation(
  file: Extract<FileModel, { kind: 'csv' }>,
  m: DataDirMutation,
  label: string,
): string {
  if (!('row' in m)) return label;
  if (m.op === 'insert-line') {
    file.rows.splice(m.row % (file.rows.length + 1), 0, { line: m.line });
    return `${label} ${JSON.stringify(m.line)}`;
  }
  if (file.rows.length === 0) return `${label}: no rows`;
  const r = m.row % file.rows.length;
  const row = file.rows[r] as CsvLine;
  const where = `${label} row ${r + 1}`;
  if (!Array.isArray(row)) return `${where}: raw line`;
  const colOf = (c: number) => c % Math.max(1, file.header.length);
  switch (m.op) {
    case 'cell':
      row[colOf(m.col)] = m.value;
      return `${where} ${cellText(file.header[colOf(m.col)])}=${JSON.stringify(m.value).slice(0, 80)}`;
    case 'raw-cell':
      row[colOf(m.col)] = { raw: m.raw };
      return `${where} ${cellText(file.header[colOf(m.col)])} raw ${JSON.stringify(m.raw)}`;
    case 'json-value':
      row[colOf(m.col)] = typeof m.value === 'string' ? m.value : (JSON.stringify(m.value) ?? '');
      return `${where} ${cellText(file.header[colOf(m.col)])}=${JSON.stringify(m.value)?.slice(0, 80)}`;
    case 'truncate-row':
      row.length = Math.min(row.length, m.keep);
      return `${where} keep ${m.keep}`;
    case 'extra-columns':
      row.push(...m.cells);
      return `${where} +${m.cells.length}`;
    case 'duplicate-row':
      file.rows.splice(r + 1 + (m.row % 3), 0, m.conflicting ? conflictingCopy(row) : [...row]);
      return `${where} conflicting=${m.conflicting}`;
    case 'delete-row':
      file.rows.splice(r, 1);
      return where;
    case 'unknown-kampung': {
      const k = columnOf(file, 'kampungId');
      const c = k >= 0 ? k : columnOf(file, 'id');
      if (c < 0) return `${where}: no kampung column`;
      row[c] = 'kampung-tak-dikenal';
      return where;
    }
    default:
      return `${where}: not applicable`;
  }
}

function applyJsonRowMutation(list: unknown[], m: DataDirMutation, label: string): string {
  if (!('row' in m) || list.length === 0) return `${label}: no rows`;
  const r = m.row % list.length;
  const item = list[r];
  const where = `${label} item ${r}`;
  const obj =
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? (item as Record<string, unknown>)
      : undefined;
  const keyOf = (c: number) => (obj ? at(Object.keys(obj), c) : undefined);
  switch (m.op) {
    case 'cell':
    case 'json-value': {
      const key = keyOf(m.col);
      if (!obj || key === undefined) return `${where}: not an object`;
      obj[key] = m.op === 'cell' ? m.value : m.value;
      return `${where} ${key}=${JSON.stringify(obj[key])?.slice(0, 80)}`;
    }
    case 'json-unknown-key':
      if (obj) obj[m.key] = 'x';
      return `${where} ${m.key}`;
    case 'json-item':
      list[r] = m.value;
      return `${where} = ${JSON.stringify(m.value)}`;
    case 'truncate-row': {
      if (!obj) return where;
      for (const k of Object.keys(obj).slice(m.keep)) delete obj[k];
      return `${where} keep ${m.keep}`;
    }
    case 'duplicate-row':
      list.splice(r + 1, 0, m.conflicting ? conflictingObject(item) : structuredClone(item));
      return `${where} conflicting=${m.conflicting}`;
    case 'delete-row':
      list.splice(r, 1);
      return where;
    case 'unknown-kampung':
      if (obj && 'kampungId' in obj) obj['kampungId'] = 'kampung-tak-dikenal';
      else if (obj && 'id' in obj) obj['id'] = 'kampung-tak-dikenal';
      return where;
    default:
      return `${where}: not applicable`;
  }
}

/**
 * Mutations that work on the written bytes (cutting a file short, possibly inside a UTF-8 sequence).
 *
 * @example
 * ```ts
 * applyByteMutations(files, [{ op: 'truncate-bytes', file: 0, at: 0.5 }]);
 * ```
 */
export function applyByteMutations(
  files: Map<string, Uint8Array>,
  mutations: readonly DataDirMutation[],
): void {
  for (const m of mutations) {
    if (m.op !== 'truncate-bytes') continue;
    const names = [...files.keys()].filter((n) => !n.includes('/') && !n.startsWith('programme')).sort();
    const name = at(names, m.file);
    if (name === undefined) continue;
    const bytes = files.get(name) as Uint8Array;
    files.set(name, bytes.slice(0, Math.floor(bytes.length * m.at)));
  }
}
