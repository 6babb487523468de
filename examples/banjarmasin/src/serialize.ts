/**
 * Writers for the generated files: CSV as the kit reads it (header = dotted field paths, booleans
 * `true`/`false`, arrays `;`-joined, empty cell = absent optional field or null, RFC 4180 quoting) and
 * JSON laid out the way Biome formats it (objects one key per line, short arrays of plain values on one
 * line), so `biome check` leaves the files as they are.
 */

const LINE_WIDTH = 110;

function valueAt(record: unknown, path: string): unknown {
  let node: unknown = record;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => String(v)).join(';');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  throw new Error(`A CSV cell cannot hold ${JSON.stringify(value)}`);
}

function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** CSV text of records under the given dotted columns, one record a line, ending with a newline. */
export function toCsv(columns: readonly string[], records: readonly unknown[]): string {
  const lines = [columns.map(quoted).join(',')];
  for (const r of records) lines.push(columns.map((c) => quoted(cellText(valueAt(r, c)))).join(','));
  return `${lines.join('\n')}\n`;
}

function isPlain(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function write(value: unknown, indent: string, prefixWidth: number, suffixWidth: number): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (prefixWidth + flat.length + suffixWidth <= LINE_WIDTH) return flat;
    }
    const items = value.map(
      (v, i) => `${inner}${write(v, inner, inner.length, i < value.length - 1 ? 1 : 0)}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, v], i) => {
      const head = `${inner}${JSON.stringify(k)}: `;
      return `${head}${write(v, inner, head.length, i < entries.length - 1 ? 1 : 0)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  throw new Error(`JSON cannot hold ${String(value)}`);
}

/** JSON text in Biome's layout, ending with a newline. */
export function toJson(value: unknown): string {
  return `${write(value, '', 0, 0)}\n`;
}
