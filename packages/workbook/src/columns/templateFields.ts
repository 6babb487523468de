import { type CodeList, codeListById, type RecordType, recordTypeInfo } from '@kampung-kb/model';

/**
 * What a leaf field holds, as far as a spreadsheet cell is concerned (the same kinds as the kit's
 * `RecordField.kind`).
 */
export type TemplateFieldKind = 'integer' | 'number' | 'boolean' | 'string' | 'array' | 'unknown';

/**
 * One leaf field of a record type: one column of its sheet. The shape is the kit's `RecordField`
 * (contracts §2), so that this file is the only one to change when the workbook switches to the kit's
 * public `recordFields(type)`.
 */
export interface TemplateField {
  /** Dotted path, e.g. `users.iud`: row 2 of the sheet and the CSV column name. */
  readonly path: string;
  readonly segments: readonly string[];
  readonly kind: TemplateFieldKind;
  /** The field also accepts `null` (e.g. `pokja.members`). */
  readonly nullable: boolean;
  /** The property itself is optional in its object. */
  readonly optional: boolean;
  /** The code list of a code field, or of the items of a list of codes. */
  readonly codeList?: CodeList;
  /** The field holds a Kemendagri region code. */
  readonly regionCode?: boolean;
  /** The field holds a month (`YYYY-MM`) or a calendar date (`YYYY-MM-DD`). */
  readonly period?: 'month' | 'date';
  /** The field holds a kampung id (a reference to the kampung sheet, or the kampung's own id). */
  readonly kampungId?: boolean;
  /** Smallest and largest whole number of an integer field. */
  readonly minimum?: number;
  readonly maximum?: number;
}

/** The JSON Schema keywords TypeBox schemas carry that the walk needs. */
interface SchemaNode {
  readonly $id?: string;
  readonly description?: string;
  readonly type?: string;
  readonly anyOf?: readonly SchemaNode[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly minimum?: number;
  readonly maximum?: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function describe(node: SchemaNode, field: Mutable<TemplateField>): void {
  if (node.anyOf) {
    const nonNull = node.anyOf.filter((s) => s.type !== 'null');
    if (nonNull.length < node.anyOf.length) field.nullable = true;
    if (nonNull.length > 0 && nonNull.every((s) => 'const' in s)) {
      field.kind = nonNull.every((s) => typeof s.const === 'string') ? 'string' : 'unknown';
    } else if (nonNull.length === 1 && nonNull[0]) describe(nonNull[0], field);
    else field.kind = 'unknown';
  } else if ('const' in node) field.kind = typeof node.const === 'string' ? 'string' : 'unknown';
  else if (
    node.type === 'integer' ||
    node.type === 'number' ||
    node.type === 'boolean' ||
    node.type === 'string' ||
    node.type === 'array'
  )
    field.kind = node.type;
  const codes = node.type === 'array' ? node.items : node;
  const id = codes?.$id;
  // A code union carries `$id: code:<list>`, or names its list in its description ("Code list: <list> v1").
  const listId = id?.startsWith('code:')
    ? id.slice('code:'.length)
    : /Code list: ([a-z0-9-]+) v/.exec(codes?.anyOf ? (codes.description ?? '') : '')?.[1];
  const list = listId === undefined ? undefined : codeListById(listId);
  if (list) field.codeList = list;
  if (id === 'RegionCode') field.regionCode = true;
  if (id === 'Month') field.period = 'month';
  if (id === 'IsoDate') field.period = 'date';
  if (id === 'KampungId') field.kampungId = true;
  if (node.type === 'integer') {
    if (node.minimum !== undefined) field.minimum = node.minimum;
    if (node.maximum !== undefined) field.maximum = node.maximum;
  }
}

function walk(node: SchemaNode, prefix: readonly string[], optional: boolean, out: TemplateField[]): void {
  if (node.type === 'object' && node.properties) {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties)) {
      walk(child, [...prefix, key], !required.has(key), out);
    }
    return;
  }
  const field: Mutable<TemplateField> = {
    path: prefix.join('.'),
    segments: prefix,
    kind: 'unknown',
    nullable: false,
    optional,
  };
  describe(node, field);
  out.push(field);
}

const cache = new Map<RecordType, readonly TemplateField[]>();

/**
 * The leaf fields of a record type in schema order (nested objects flattened into dotted paths): the
 * columns of its sheet, with what a template needs to know of each (code list, month or date, region code,
 * kampung id, integer bounds).
 *
 * @example
 * ```ts
 * templateFields('monthly').map((f) => f.path).slice(0, 3); // ['kampungId', 'period', 'users.iud']
 * templateFields('monthly')[2]?.kind; // 'integer'
 * templateFields('kampung').find((f) => f.path === 'mainCriteria')?.codeList?.id; // 'main-criteria'
 * ```
 */
export function templateFields(type: RecordType): readonly TemplateField[] {
  let fields = cache.get(type);
  if (!fields) {
    const out: TemplateField[] = [];
    walk(recordTypeInfo(type).schema as SchemaNode, [], false, out);
    fields = out;
    cache.set(type, fields);
  }
  return fields;
}
