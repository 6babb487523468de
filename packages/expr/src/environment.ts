import type { ExprType } from './exprType.js';
import { defaultGroups, type GroupRegistry } from './groupRegistry.js';

/**
 * The part of a JSON Schema the environment reads: objects with `properties` and `required`, scalar
 * `type`s (`integer`, `number`, `string`, `boolean`, `null`, or an array of them), `anyOf`/`oneOf` unions
 * (e.g. `Count | null`), `const` and `enum`. TypeBox schemas such as the model's `MonthlyReport` are JSON
 * Schemas and fit.
 *
 * @example
 * ```ts
 * const s: JsonSchemaLike = { type: 'object', properties: { pus: { type: 'integer' } }, required: ['pus'] };
 * ```
 */
export interface JsonSchemaLike {
  readonly type?: unknown;
  readonly properties?: unknown;
  readonly required?: unknown;
  readonly anyOf?: unknown;
  readonly oneOf?: unknown;
  readonly const?: unknown;
  readonly enum?: unknown;
}

/**
 * What expressions can refer to: scalar fields of the record by dotted path, objects whose numeric fields
 * groups expand over, extra variables supplied at evaluation time (`ctx.vars`), and the group registry.
 * Build it with {@link createEnvironment}.
 *
 * @example
 * ```ts
 * const env: Environment = createEnvironment(MonthlyReport, { variables: { pus: 'number' } });
 * env.fields['users.mal']; // { kind: 'number', nullable: true }
 * ```
 */
export interface Environment {
  /** Scalar fields by dotted path. */
  readonly fields: Readonly<Record<string, ExprType>>;
  /** Objects by dotted path, with the keys of their scalar fields in schema order. */
  readonly objects: Readonly<Record<string, readonly string[]>>;
  /** Fields that exist but cannot be used as values (arrays, mixed unions), with what they are. */
  readonly unsupported: Readonly<Record<string, string>>;
  /** Extra variables, read from `ctx.vars` at evaluation time; a variable hides a field of the same name. */
  readonly variables: Readonly<Record<string, ExprType>>;
  readonly groups: GroupRegistry;
}

/**
 * The type of an extra variable: a shorthand for a non-null scalar, or a full scalar {@link ExprType}
 * (a variable is one value per evaluation, never a list: {@link createEnvironment} refuses a list type).
 *
 * @example
 * ```ts
 * const v: VariableType = 'number';
 * const w: VariableType = { kind: 'number', nullable: true };
 * ```
 */
export type VariableType = 'number' | 'string' | 'boolean' | Exclude<ExprType, { readonly kind: 'list' }>;

/**
 * Options of {@link createEnvironment}.
 *
 * @example
 * ```ts
 * const o: EnvironmentOptions = { variables: { pus: 'number' }, groups: defaultGroups };
 * ```
 */
export interface EnvironmentOptions {
  /** Extra variables, e.g. `pus` from the population snapshot in force. */
  readonly variables?: Readonly<Record<string, VariableType>>;
  /** Code-list groups; {@link defaultGroups} when omitted. */
  readonly groups?: GroupRegistry;
}

const SCALARS = new Set(['number', 'integer', 'string', 'boolean']);

function asArray(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The scalar type of a schema, `'object'`, or a description of why it is unsupported. */
function classify(schema: JsonSchemaLike): ExprType | 'object' | string {
  if (schema.type === 'object' || (schema.type === undefined && schema.properties !== undefined))
    return 'object';
  const kinds = new Set<string>();
  let nullable = false;
  const visit = (s: JsonSchemaLike): boolean => {
    const union = asArray(s.anyOf).length > 0 ? asArray(s.anyOf) : asArray(s.oneOf);
    if (union.length > 0) return union.every((u) => typeof u === 'object' && u !== null && visit(u));
    const types = Array.isArray(s.type) ? (s.type as unknown[]) : s.type === undefined ? [] : [s.type];
    if (types.length === 0) {
      const values = s.const !== undefined ? [s.const] : asArray(s.enum);
      if (values.length === 0) return false;
      for (const v of values) {
        if (v === null) nullable = true;
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          kinds.add(typeof v);
        else return false;
      }
      return true;
    }
    for (const t of types) {
      if (t === 'null') nullable = true;
      else if (typeof t === 'string' && SCALARS.has(t)) kinds.add(t === 'integer' ? 'number' : t);
      else return false;
    }
    return true;
  };
  const what = typeof schema.type === 'string' ? schema.type : 'union';
  if (!visit(schema) || kinds.size > 1) return what === 'array' ? 'array' : what;
  const [kind] = [...kinds];
  if (kind === undefined) return { kind: 'null', nullable: true };
  return { kind: kind as 'number' | 'string' | 'boolean', nullable };
}

/**
 * Builds the type environment of a record schema: every scalar field by dotted path (optional or
 * `null`-able fields are `T | null`; a field inside an optional object is nullable too), every object,
 * plus extra variables and the group registry. Throws a `TypeError` for a variable of list type (a
 * programming error: variables come from code, not from a city's files).
 *
 * @example
 * ```ts
 * import { MonthlyReport } from '@kampung-kb/model';
 * const env = createEnvironment(MonthlyReport, { variables: { pus: 'number' } });
 * env.fields['users.iud']; // { kind: 'number', nullable: false }
 * env.objects['nonUsers']; // ['pregnant', 'ias', 'iat', 'tial']
 * ```
 */
export function createEnvironment(schema: JsonSchemaLike, options: EnvironmentOptions = {}): Environment {
  const fields: Record<string, ExprType> = {};
  const objects: Record<string, string[]> = {};
  const unsupported: Record<string, string> = {};
  const walk = (s: JsonSchemaLike, prefix: string, inheritedNullable: boolean): void => {
    const props = (typeof s.properties === 'object' && s.properties !== null ? s.properties : {}) as Record<
      string,
      JsonSchemaLike
    >;
    const required = new Set(asArray(s.required).filter((r): r is string => typeof r === 'string'));
    const keys: string[] = [];
    for (const [key, child] of Object.entries(props)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      const optional = inheritedNullable || !required.has(key);
      const c = classify(child);
      if (c === 'object') {
        walk(child, path, optional);
      } else if (typeof c === 'string') {
        unsupported[path] = c;
      } else {
        fields[path] = c.kind === 'list' ? c : { kind: c.kind, nullable: c.nullable || optional };
        keys.push(key);
      }
    }
    if (prefix !== '') objects[prefix] = keys;
  };
  walk(schema, '', false);
  const variables: Record<string, ExprType> = {};
  for (const [name, t] of Object.entries(options.variables ?? {})) {
    // A list would pass the checker inside sum/min/max/count and then fail on every evaluation.
    // (The type already says so; JavaScript callers and casts get the same answer at run time.)
    if (typeof t !== 'string' && (t as ExprType).kind === 'list') {
      throw new TypeError(`variable ${name}: a variable is a single value; a list type is not supported`);
    }
    variables[name] = typeof t === 'string' ? { kind: t, nullable: false } : t;
  }
  return { fields, objects, unsupported, variables, groups: options.groups ?? defaultGroups };
}
