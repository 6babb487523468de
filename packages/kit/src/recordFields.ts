import { type CodeList, codeListById, type RecordType, recordTypeInfo } from '@kampung-kb/model';
import { familyTallyFields } from './internal/familyTallyFields.js';

/** What a leaf field holds, as far as reading a spreadsheet cell is concerned. */
export type FieldKind = 'integer' | 'number' | 'boolean' | 'string' | 'array' | 'unknown';

/**
 * One leaf field of a record type: a CSV column, a workbook column. What {@link readCell} needs to turn a
 * cell into the field's value.
 */
export interface RecordField {
  /** Dotted path, e.g. `users.iud`: the CSV column name. */
  readonly path: string;
  readonly segments: readonly string[];
  readonly kind: FieldKind;
  /** The field also accepts `null` (e.g. `pokja.members`). */
  readonly nullable: boolean;
  /** The property itself is optional in its object. */
  readonly optional: boolean;
  /** The code list of a code field, or of each item of a list of codes. */
  readonly codeList?: CodeList;
  /** A Kemendagri region code (dotted in the record). */
  readonly regionCode?: boolean;
  /** A month (`YYYY-MM`) or a calendar date (`YYYY-MM-DD`). */
  readonly period?: 'month' | 'date';
}

/** The JSON Schema keywords TypeBox schemas carry that the walk needs. */
interface SchemaNode {
  readonly $id?: string;
  readonly type?: string;
  readonly description?: string;
  readonly anyOf?: readonly SchemaNode[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
}

function leafKind(node: SchemaNode): { kind: FieldKind; nullable: boolean } {
  if (node.anyOf) {
    const nonNull = node.anyOf.filter((s) => s.type !== 'null');
    const nullable = nonNull.length < node.anyOf.length;
    // A union of literals is a code: a string cell.
    if (nonNull.every((s) => 'const' in s)) {
      const allStrings = nonNull.every((s) => typeof s.const === 'string');
      return { kind: allStrings ? 'string' : 'unknown', nullable };
    }
    if (nonNull.length === 1 && nonNull[0]) return { kind: leafKind(nonNull[0]).kind, nullable };
    return { kind: 'unknown', nullable };
  }
  if ('const' in node)
    return { kind: typeof node.const === 'string' ? 'string' : 'unknown', nullable: false };
  switch (node.type) {
    case 'integer':
    case 'number':
    case 'boolean':
    case 'string':
    case 'array':
      return { kind: node.type, nullable: false };
    default:
      return { kind: 'unknown', nullable: false };
  }
}

/** The code list a schema node is a code of: `$id: code:<id>` (codeSchema) or `Code list: <id> v…`. */
function codeListOf(node: SchemaNode): CodeList | undefined {
  const id = node.$id?.startsWith('code:')
    ? node.$id.slice('code:'.length)
    : /Code list: ([a-z0-9-]+) v/.exec(node.description ?? '')?.[1];
  return id === undefined ? undefined : codeListById(id);
}

/** What a leaf holds beyond its kind: a code list, a region code, a month or a date. */
function leafMeaning(node: SchemaNode): Pick<RecordField, 'codeList' | 'regionCode' | 'period'> {
  const target = node.type === 'array' && node.items ? node.items : node;
  const codeList = codeListOf(target);
  if (codeList) return { codeList };
  if (target.$id === 'RegionCode') return { regionCode: true };
  if (target.$id === 'Month') return { period: 'month' };
  if (target.$id === 'IsoDate') return { period: 'date' };
  return {};
}

function walk(node: SchemaNode, prefix: readonly string[], optional: boolean, out: RecordField[]): void {
  if (node.type === 'object' && node.properties) {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties)) {
      walk(child, [...prefix, key], !required.has(key), out);
    }
    return;
  }
  const { kind, nullable } = leafKind(node);
  out.push({ path: prefix.join('.'), segments: prefix, kind, nullable, optional, ...leafMeaning(node) });
}

const cache = new Map<RecordType, readonly RecordField[]>();

/**
 * The leaf fields of a record type in schema order (nested objects flattened into dotted paths): the
 * columns of its CSV file and of its workbook sheet. Code fields carry their code list, region codes,
 * months and dates are marked, so {@link readCell} can read what an operator types. A family tally
 * (`family`) has `kampungId`, `period`, `source`, then one number column per family tally key (the key is
 * the column name; the value goes to `values[key]`).
 *
 * @example
 * ```ts
 * recordFields('budget').map((f) => f.path); // ['kampungId', 'year', 'fundingSource', 'amount', 'description']
 * recordFields('budget')[2]?.codeList?.id;   // 'funding-sources'
 * ```
 */
export function recordFields(type: RecordType): readonly RecordField[] {
  let fields = cache.get(type);
  if (!fields) {
    const out: RecordField[] = [];
    walk(recordTypeInfo(type).schema as SchemaNode, [], false, out);
    // A family tally's `values` is a map: one column per tally key.
    fields = type === 'family' ? familyTallyFields(out) : out;
    cache.set(type, fields);
  }
  return fields;
}
