import type { Environment } from '../environment.js';
import type { ExprType } from '../exprType.js';
import { suggest } from './suggest.js';

export type FieldResolution =
  | { readonly kind: 'field'; readonly type: ExprType }
  | { readonly kind: 'variable'; readonly type: ExprType }
  | { readonly kind: 'object' }
  | { readonly kind: 'unsupported'; readonly what: string }
  | { readonly kind: 'unknown'; readonly suggestion: string | undefined };

const has = (o: object, k: string): boolean => Object.hasOwn(o, k);

/** Resolves a dotted path against the environment (variables first). */
export function resolveField(env: Environment, path: readonly string[]): FieldResolution {
  const name = path.join('.');
  if (has(env.variables, name)) return { kind: 'variable', type: env.variables[name] as ExprType };
  if (has(env.fields, name)) return { kind: 'field', type: env.fields[name] as ExprType };
  if (has(env.objects, name)) return { kind: 'object' };
  if (has(env.unsupported, name)) return { kind: 'unsupported', what: env.unsupported[name] as string };
  return {
    kind: 'unknown',
    suggestion: suggest(name, [...Object.keys(env.variables), ...Object.keys(env.fields)]),
  };
}

export type GroupResolution =
  | { readonly kind: 'group'; readonly keys: readonly string[]; readonly type: ExprType & { kind: 'list' } }
  | { readonly kind: 'not-object'; readonly suggestion: string | undefined }
  | { readonly kind: 'non-numeric'; readonly field: string }
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'unknown-group';
      readonly suggestion: string | undefined;
      readonly known: readonly string[];
    };

/** Resolves `path[group]` to the object's keys in the group (in schema order for `*`/`all`). */
export function resolveGroup(env: Environment, path: readonly string[], group: string): GroupResolution {
  const objectPath = path.join('.');
  const all = has(env.objects, objectPath) ? (env.objects[objectPath] as readonly string[]) : undefined;
  if (all === undefined || all.length === 0) {
    return { kind: 'not-object', suggestion: suggest(objectPath, Object.keys(env.objects)) };
  }
  let keys: readonly string[];
  const registered = has(env.groups, objectPath) ? env.groups[objectPath] : undefined;
  if (group === '*' || group === 'all') {
    keys = all;
  } else if (registered !== undefined && has(registered, group)) {
    const wanted = registered[group] as readonly string[];
    keys = wanted.filter((k) => all.includes(k));
  } else {
    const known = ['*', 'all', ...Object.keys(registered ?? {})];
    return { kind: 'unknown-group', suggestion: suggest(group, known.slice(1)), known };
  }
  let nullable = false;
  for (const k of keys) {
    const t = env.fields[`${objectPath}.${k}`];
    if (t === undefined || t.kind !== 'number') return { kind: 'non-numeric', field: `${objectPath}.${k}` };
    if (t.nullable) nullable = true;
  }
  if (keys.length === 0) return { kind: 'empty' };
  return {
    kind: 'group',
    keys,
    type: { kind: 'list', nullable: false, element: { kind: 'number', nullable } },
  };
}
