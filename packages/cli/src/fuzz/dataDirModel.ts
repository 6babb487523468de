import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@kampung-kb/kit';

/** A CSV cell: text the writer quotes when it must, or `raw` text written as it is (quotes, delimiters…). */
export type Cell = string | { readonly raw: string };

/** A CSV line: cells, or a raw line written as it is (a blank or whitespace line, garbage). */
export type CsvLine = Cell[] | { readonly line: string };

/** A file of a fuzzed data directory, as a model the mutators change and {@link serializeFile} writes. */
export type FileModel =
  | {
      kind: 'csv';
      header: Cell[];
      rows: CsvLine[];
      delimiter: ',' | ';';
      bom: boolean;
      eol: '\n' | '\r\n';
      finalEol: boolean;
    }
  | { kind: 'json'; value: unknown; indent: number; bom: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array };

/**
 * A JSON value the serializer writes as arrays nested `n` deep (`deepJson(5000)`), without building them.
 *
 * @example
 * ```ts
 * serializeFile({ kind: 'json', value: [{ kampungId: deepJson(3) }], indent: 0, bom: false }); // [{"kampungId":[[[]]]}]
 * ```
 */
export function deepJson(n: number): string {
  return `__DEEP_${n}__`;
}

/** A data directory: file name → content (a name containing `/` is a file in a subfolder). */
export type DataDirModel = Map<string, FileModel>;

/** The examples the fuzz suite starts from. */
export const EXAMPLES = ['banjarmasin', 'martapura'] as const;
/** One of {@link EXAMPLES}. */
export type ExampleName = (typeof EXAMPLES)[number];

/** The repository root (this file is packages/cli/src/fuzz/dataDirModel.ts). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..', '..');

function loadCsv(text: string): FileModel {
  const table = parseCsv(text);
  const [header, ...rows] = table.rows.map((r) => [...r.cells]);
  return {
    kind: 'csv',
    header: header ?? [],
    rows,
    delimiter: table.delimiter,
    bom: false,
    eol: '\n',
    finalEol: true,
  };
}

const cache = new Map<ExampleName, DataDirModel>();

/**
 * The data directory of an example (`examples/<name>/data`) as a model; a fresh deep copy each call.
 *
 * @example
 * ```ts
 * loadExample('martapura').get('monthly.csv')?.kind; // 'csv'
 * ```
 */
export function loadExample(name: ExampleName): DataDirModel {
  let model = cache.get(name);
  if (!model) {
    model = new Map();
    const dir = join(REPO_ROOT, 'examples', name, 'data');
    for (const file of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      if (file.endsWith('.csv')) model.set(file, loadCsv(text));
      else if (file.endsWith('.json'))
        model.set(file, { kind: 'json', value: JSON.parse(text), indent: 2, bom: false });
      else model.set(file, { kind: 'text', text });
    }
    cache.set(name, model);
  }
  return cloneModel(model);
}

/** A deep copy of a model. */
export function cloneModel(model: DataDirModel): DataDirModel {
  return new Map([...model].map(([k, v]) => [k, structuredClone(v)]));
}

/** The text of a cell. */
export function cellText(cell: Cell | undefined): string {
  return cell === undefined ? '' : typeof cell === 'string' ? cell : cell.raw;
}

/** The column index of a header name in a CSV model, or -1. */
export function columnOf(file: FileModel, name: string): number {
  return file.kind === 'csv' ? file.header.findIndex((c) => cellText(c) === name) : -1;
}

/**
 * Keeps `kampungCount` kampung (spread over the list) and the last `monthCount` months of an example, so a
 * fuzz case stays cheap; regions and the programme stay whole.
 *
 * @example
 * ```ts
 * const small = subsample(loadExample('banjarmasin'), 3, 3);
 * ```
 */
export function subsample(model: DataDirModel, kampungCount: number, monthCount: number): DataDirModel {
  const kampungFile = model.get('kampung.json');
  if (kampungFile?.kind !== 'json' || !Array.isArray(kampungFile.value)) return model;
  const all = (kampungFile.value as { id: string }[]).map((k) => k.id);
  const step = Math.max(1, Math.floor(all.length / kampungCount));
  const kept = new Set(all.filter((_, i) => i % step === 0).slice(0, kampungCount));
  kampungFile.value = (kampungFile.value as { id: string }[]).filter((k) => kept.has(k.id));
  const monthly = model.get('monthly.csv');
  let months: Set<string> | undefined;
  if (monthly?.kind === 'csv') {
    const p = columnOf(monthly, 'period');
    const all = [...new Set(monthly.rows.map((r) => (Array.isArray(r) ? cellText(r[p]) : '')))].sort();
    months = new Set(all.slice(-monthCount));
  }
  for (const [name, file] of model) {
    if (file.kind === 'csv') {
      const k = columnOf(file, 'kampungId');
      const p = columnOf(file, 'period');
      if (k < 0) continue;
      file.rows = file.rows.filter(
        (r) =>
          Array.isArray(r) &&
          kept.has(cellText(r[k])) &&
          (name !== 'monthly.csv' || !months || months.has(cellText(r[p]))),
      );
    } else if (file.kind === 'json' && Array.isArray(file.value) && name !== 'kampung.json') {
      file.value = (file.value as { kampungId?: string }[]).filter(
        (r) => r.kampungId === undefined || kept.has(r.kampungId),
      );
    }
  }
  return model;
}

function quoteCell(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(line: CsvLine, delimiter: string): string {
  if (!Array.isArray(line)) return line.line;
  // A row truncated and then written past its end has holes: empty cells.
  return Array.from(line, (c) =>
    c === undefined ? '' : typeof c === 'string' ? quoteCell(c, delimiter) : c.raw,
  ).join(delimiter);
}

/**
 * The bytes of a file model as written to disk.
 *
 * @example
 * ```ts
 * serializeFile({ kind: 'text', text: 'x' }); // Uint8Array [120]
 * ```
 */
export function serializeFile(file: FileModel): Uint8Array {
  const enc = new TextEncoder();
  switch (file.kind) {
    case 'bytes':
      return file.bytes;
    case 'text':
      return enc.encode(file.text);
    case 'json': {
      const text = (JSON.stringify(file.value ?? null, null, file.indent) ?? 'null').replace(
        /"__DEEP_(\d+)__"/g,
        (_, n: string) => '['.repeat(Number(n)) + ']'.repeat(Number(n)),
      );
      return enc.encode(`${file.bom ? '\uFEFF' : ''}${text}\n`);
    }
    case 'csv': {
      const lines = [file.header, ...file.rows].map((l) => csvLine(l, file.delimiter));
      const body = lines.join(file.eol) + (file.finalEol ? file.eol : '');
      return enc.encode(`${file.bom ? '\uFEFF' : ''}${body}`);
    }
  }
}
