import type { TSchema } from '@sinclair/typebox';
import { type ValueError, ValueErrorType } from '@sinclair/typebox/compiler';
import { type CheckMode, type SchemaChecker, schemaChecker } from './internal/schemaChecker.js';
import type { IssueValue, RecordType } from './issue.js';
import { maskIdentifiers } from './issue.js';
import type { Label } from './label.js';
import { recordTypeInfo } from './recordTypes.js';

/** The kinds of schema problem a record can have. */
export type SchemaProblemKind =
  | 'required'
  | 'unknown-field'
  | 'type'
  | 'integer'
  | 'minimum'
  | 'pattern'
  | 'empty'
  | 'code'
  | 'duplicate'
  | 'other';

/** One way a record breaks its schema, with a bilingual message naming the field. */
export interface SchemaProblem {
  readonly kind: SchemaProblemKind;
  /** Dotted path of the field, e.g. `users.iud` (empty for the record itself). */
  readonly field: string;
  readonly value: IssueValue;
  readonly message: Label;
}

const checkers = new Map<RecordType, SchemaChecker>();

/**
 * The checker of a record type, made once: compiled by TypeBox where code generation is allowed, else
 * TypeBox's interpreter (`Value.Check` / `Value.Errors`), chosen automatically (see `internal/schemaChecker.ts`).
 * Its `check` is {@link uniqueTextChecker}'s: the same answers without hashing every code of a list.
 */
function checkerFor(type: RecordType): SchemaChecker {
  let c = checkers.get(type);
  if (!c) {
    c = uniqueTextChecker(recordTypeInfo(type).schema);
    checkers.set(type, c);
  }
  return c;
}

/** A schema node as far as {@link withoutTextUniqueItems} looks into it. */
interface Node {
  readonly type?: unknown;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly items?: Node;
  readonly anyOf?: readonly Node[];
  readonly const?: unknown;
  readonly uniqueItems?: unknown;
}

/** Whether every value a schema accepts is a string: `type: 'string'` or a union of string literals. */
function onlyText(node: Node | undefined): boolean {
  if (!node) return false;
  if (node.type === 'string') return true;
  if (node.anyOf) return node.anyOf.length > 0 && node.anyOf.every((n) => typeof n.const === 'string');
  return typeof node.const === 'string';
}

/**
 * `schema` without `uniqueItems` on the lists of strings reached through object properties only (lists of
 * codes), and the property paths of those lists. TypeBox checks `uniqueItems` by hashing every item byte by
 * byte (FNV-1a on BigInt); for strings, comparing them is the same test, exact and far cheaper.
 */
function withoutTextUniqueItems(node: Node, path: readonly string[], out: string[][]): Node {
  if (node.type === 'array' && node.uniqueItems === true && onlyText(node.items)) {
    out.push([...path]);
    const { uniqueItems: _dropped, ...rest } = node;
    return rest;
  }
  if (node.type !== 'object' || !node.properties) return node;
  let changed = false;
  const properties: Record<string, Node> = {};
  for (const [key, child] of Object.entries(node.properties)) {
    const next = withoutTextUniqueItems(child, [...path, key], out);
    if (next !== child) changed = true;
    properties[key] = next;
  }
  return changed ? { ...node, properties } : node;
}

/** Whether the list at `path` of `value` (when there is one) has no string twice. */
function distinctAt(value: unknown, path: readonly string[]): boolean {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return true;
    node = (node as Record<string, unknown>)[key];
  }
  if (!Array.isArray(node) || node.length < 2) return true;
  if (node.length <= 8) {
    for (let i = 1; i < node.length; i++) for (let j = 0; j < i; j++) if (node[i] === node[j]) return false;
    return true;
  }
  return new Set(node).size === node.length;
}

/**
 * A checker of `schema` whose `check` runs TypeBox on the schema without `uniqueItems` on its lists of
 * strings, then tests those lists for repeats by comparing the strings: the answer of TypeBox's own check
 * (a property test in recordCheck.test.ts compares them), without its per-byte hashing on every record.
 * `errors` is TypeBox's on the whole schema.
 */
function uniqueTextChecker(schema: TSchema): SchemaChecker {
  const full = schemaChecker(schema);
  const paths: string[][] = [];
  const stripped = withoutTextUniqueItems(schema as Node, [], paths);
  if (paths.length === 0) return full;
  const quick = schemaChecker(stripped as TSchema, full.mode);
  return {
    mode: full.mode,
    check: (value) => {
      if (!quick.check(value)) return false;
      for (const path of paths) if (!distinctAt(value, path)) return false;
      return true;
    },
    errors: (value) => full.errors(value),
  };
}

/**
 * How {@link checkRecord} checks records of `type` in this environment: `'compiled'` (TypeBox's
 * TypeCompiler, fastest) or `'interpreted'` (TypeBox `Value`, chosen automatically where code generation is
 * refused, e.g. in a browser whose Content-Security-Policy has no `'unsafe-eval'`). Results are the same.
 *
 * @example
 * ```ts
 * recordCheckMode('monthly'); // 'compiled' in Node; 'interpreted' under `script-src 'self'`
 * ```
 */
export function recordCheckMode(type: RecordType): CheckMode {
  return checkerFor(type).mode;
}

/**
 * Fast structural check of one record against its published schema (compiled once per type).
 *
 * @example
 * ```ts
 * isValidRecord('monthly', report); // true or false
 * ```
 */
export function isValidRecord(type: RecordType, value: unknown): boolean {
  return checkerFor(type).check(value);
}

function toField(path: string): string {
  return path
    .split('/')
    .filter((p) => p !== '')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function shown(value: unknown): IssueValue {
  if (value === undefined) return null;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string')
    return maskIdentifiers(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  return maskIdentifiers(JSON.stringify(value).slice(0, 80));
}

function allowedCodes(schema: TSchema): string[] | undefined {
  const anyOf = (schema as { anyOf?: TSchema[] }).anyOf;
  if (!anyOf?.every((s) => 'const' in s)) return undefined;
  return anyOf.map((s) => String((s as unknown as { const: unknown }).const));
}

/** The integer/number branch of a nullable-number union, if any. */
function numericBranch(schema: TSchema): { type: string; minimum?: number } | undefined {
  const anyOf = (schema as { anyOf?: { type?: string; minimum?: number }[] }).anyOf;
  const n = anyOf?.find((s) => s.type === 'integer' || s.type === 'number');
  return n && typeof n.type === 'string' ? (n as { type: string; minimum?: number }) : undefined;
}

function expectedType(schema: TSchema): Label {
  switch (schema['type']) {
    case 'integer':
      return { id: 'bilangan bulat', en: 'a whole number' };
    case 'number':
      return { id: 'angka', en: 'a number' };
    case 'string':
      return { id: 'teks', en: 'text' };
    case 'boolean':
      return { id: 'ya/tidak (true/false)', en: 'yes/no (true/false)' };
    case 'array':
      return { id: 'daftar', en: 'a list' };
    case 'object':
      return { id: 'objek', en: 'an object' };
    default:
      return { id: 'nilai yang sah', en: 'a valid value' };
  }
}

/** Where a problem is: the field's dotted path, its name as shown (`(record)` for the record) and the value shown. */
interface ProblemAt {
  readonly field: string;
  readonly name: string;
  readonly value: IssueValue;
}

function problem(kind: SchemaProblemKind, at: ProblemAt, message: Label, value = at.value): SchemaProblem {
  return { kind, field: at.field, value, message };
}

function integerProblem(at: ProblemAt): SchemaProblem {
  const { name: f, value } = at;
  return problem('integer', at, {
    id: `'${f}' harus bilangan bulat, bukan ${String(value)}`,
    en: `'${f}' must be a whole number, not ${String(value)}`,
  });
}

function minimumProblem(at: ProblemAt, min: number): SchemaProblem {
  const { name: f, value } = at;
  return problem('minimum', at, {
    id: `'${f}' tidak boleh kurang dari ${min} (nilai: ${String(value)})`,
    en: `'${f}' must not be below ${min} (value: ${String(value)})`,
  });
}

function patternProblem(at: ProblemAt, schema: TSchema): SchemaProblem {
  const { name: f, value } = at;
  const expected = schema['description'] ?? schema['pattern'];
  return problem('pattern', at, {
    id: `'${f}' tidak sesuai format (${String(value)}): ${expected}`,
    en: `'${f}' is not in the expected format (${String(value)}): ${expected}`,
  });
}

/** A union failed: a nullable number out of range or not whole, a code outside its list, or another value. */
function unionProblem(e: ValueError, at: ProblemAt): SchemaProblem {
  const { name: f, value } = at;
  const numeric = numericBranch(e.schema);
  if (numeric && typeof e.value === 'number') {
    if (!Number.isInteger(e.value) && numeric.type === 'integer') return integerProblem(at);
    return minimumProblem(at, numeric.minimum ?? 0);
  }
  const codes = allowedCodes(e.schema);
  if (codes) {
    const list = codes.join(', ');
    return problem('code', at, {
      id: `'${f}': kode '${String(value)}' tidak dikenal; pilihan: ${list}`,
      en: `'${f}': unknown code '${String(value)}'; allowed: ${list}`,
    });
  }
  return problem('type', at, {
    id: `'${f}' berisi nilai yang tidak sah (${String(value)})`,
    en: `'${f}' has an invalid value (${String(value)})`,
  });
}

function typeProblem(at: ProblemAt, schema: TSchema): SchemaProblem {
  const { name: f, value } = at;
  const t = expectedType(schema);
  return problem('type', at, {
    id: `'${f}' harus ${t.id} (nilai: ${String(value)})`,
    en: `'${f}' must be ${t.en} (value: ${String(value)})`,
  });
}

function describe(e: ValueError): SchemaProblem {
  const field = toField(e.path);
  const at: ProblemAt = { field, name: field === '' ? '(record)' : field, value: shown(e.value) };
  const f = at.name;
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return problem(
        'required',
        at,
        { id: `Kolom wajib '${f}' tidak ada`, en: `Required field '${f}' is missing` },
        null,
      );
    case ValueErrorType.ObjectAdditionalProperties:
      return problem(
        'unknown-field',
        at,
        { id: `Kolom '${f}' tidak dikenal`, en: `Unknown field '${f}'` },
        null,
      );
    case ValueErrorType.Integer:
      return integerProblem(at);
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMinimum:
      return minimumProblem(at, (e.schema as { minimum?: number }).minimum ?? 0);
    case ValueErrorType.StringPattern:
    case ValueErrorType.StringFormat:
      return patternProblem(at, e.schema);
    case ValueErrorType.StringMinLength:
      return problem('empty', at, { id: `'${f}' tidak boleh kosong`, en: `'${f}' must not be empty` });
    case ValueErrorType.ArrayUniqueItems:
      return problem('duplicate', at, { id: `'${f}' berisi kode ganda`, en: `'${f}' lists a code twice` });
    case ValueErrorType.Union:
      return unionProblem(e, at);
    case ValueErrorType.Number:
    case ValueErrorType.String:
    case ValueErrorType.Boolean:
    case ValueErrorType.Array:
    case ValueErrorType.Object:
    case ValueErrorType.Null:
      return typeProblem(at, e.schema);
    default:
      return problem('other', at, {
        id: `'${f}' tidak sah: ${e.message}`,
        en: `'${f}' is invalid: ${e.message}`,
      });
  }
}

/**
 * Every way a record breaks its schema, each with a bilingual message naming the field. Empty when the
 * record is valid. Nested failures of an object are reported once per field.
 *
 * @example
 * ```ts
 * checkRecord('monthly', { ...report, users: { ...report.users, iud: -1 } });
 * // [{ kind: 'minimum', field: 'users.iud', value: -1, message: { id: "'users.iud' tidak boleh kurang dari 0 …", en: … } }]
 * ```
 */
export function checkRecord(type: RecordType, value: unknown): SchemaProblem[] {
  return problemsOf(checkerFor(type), value);
}

/** The problems `checker` finds in `value`, as {@link checkRecord} reports them. @internal */
export function problemsOf(checker: SchemaChecker, value: unknown): SchemaProblem[] {
  const c = checker;
  if (c.check(value)) return [];
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of c.errors(value)) {
    const p = describe(e);
    const key = `${p.field}\u0000${p.kind}`;
    if (seen.has(key)) continue;
    // A more specific problem on the same field (e.g. minimum) makes a generic one redundant.
    if (p.kind === 'type' && [...seen].some((k) => k.startsWith(`${p.field}\u0000`))) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
