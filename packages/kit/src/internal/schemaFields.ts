import { type RecordType, recordTypeInfo } from '@kampung-kb/model';

/** What a leaf field holds, as far as reading a spreadsheet cell is concerned. */
export type FieldKind = 'integer' | 'number' | 'boolean' | 'string' | 'array' | 'unknown';

/** One leaf field of a record type: a CSV column. */
export interface LeafField {
  /** Dotted path, e.g. `users.iud`: the CSV column name. */
  readonly path: string;
  readonly segments: readonly string[];
  readonly kind: FieldKind;
  /** The field also accepts `null` (e.g. `pokja.members`). */
  readonly nullable: boolean;
  /** The property itself is optional in its object. */
  readonly optional: boolean;
}

/** The JSON Schema keywords TypeBox schemas carry that the walk needs. */
interface SchemaNode {
  readonly type?: string;
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

function walk(node: SchemaNode, prefix: readonly string[], optional: boolean, out: LeafField[]): void {
  if (node.type === 'object' && node.properties) {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties)) {
      walk(child, [...prefix, key], !required.has(key), out);
    }
    return;
  }
  const { kind, nullable } = leafKind(node);
  out.push({ path: prefix.join('.'), segments: prefix, kind, nullable, optional });
}

const cache = new Map<RecordType, readonly LeafField[]>();

/**
 * The leaf fields of a record type in schema order (nested objects flattened into dotted paths): the
 * columns of its CSV file.
 */
export function schemaFields(type: RecordType): readonly LeafField[] {
  let fields = cache.get(type);
  if (!fields) {
    const out: LeafField[] = [];
    walk(recordTypeInfo(type).schema as SchemaNode, [], false, out);
    fields = out;
    cache.set(type, fields);
  }
  return fields;
}
