import type { Label, Lang } from '@kampung-kb/model';
import type * as z from 'zod';
import { en as zodEn, id as zodId } from 'zod/locales';

/**
 * One problem of a value checked by {@link checkSchema}: where (zod's `path`, and as text in `field`,
 * `indicators[1].numerator`; `''` for the value itself, the root) and what, in Indonesian and English.
 *
 * @example
 * ```ts
 * const p: SchemaProblem = { path: ['rules', 0, 'id'], field: 'rules[0].id', message: { id: '…', en: '…' } };
 * ```
 */
export interface SchemaProblem {
  readonly path: readonly PropertyKey[];
  readonly field: string;
  readonly message: Label;
}

/**
 * What {@link checkSchema} returns: the parsed value, or every problem.
 *
 * @example
 * ```ts
 * const r: CheckSchemaResult<number> = { ok: false, problems: [] };
 * ```
 */
export type CheckSchemaResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly problems: readonly SchemaProblem[] };

/**
 * How {@link checkSchema} words some problems: `messageFor` gives a message of the caller's own for an issue
 * (e.g. the pattern of an id), or `undefined` for zod's; `closestUnionBranch` replaces a failed union by the
 * issues of the branch closest to the input (the one that did not fail on its type alone).
 *
 * @example
 * ```ts
 * const options: CheckSchemaOptions = { closestUnionBranch: true };
 * ```
 */
export interface CheckSchemaOptions {
  readonly messageFor?: (issue: z.core.$ZodRawIssue) => Label | undefined;
  readonly closestUnionBranch?: boolean;
}

const LOCALES = { id: zodId(), en: zodEn() } as const;

/**
 * The zod error map of one language: the caller's own message when `messageFor` has one, a plain "whole
 * number out of range" for zod's safe-integer bounds (zod would print 9007199254740991, a 16-digit number),
 * else zod's own `id` or `en` locale.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * z.number().int().safeParse(1.5, { error: zodErrorMap('id') }).error?.issues[0]?.message;
 * // 'Input tidak valid: diharapkan int, diterima number'
 * ```
 */
export function zodErrorMap(lang: Lang, messageFor?: CheckSchemaOptions['messageFor']): z.core.$ZodErrorMap {
  return (issue) => {
    const own = messageFor?.(issue);
    if (own !== undefined) return own[lang];
    if (
      (issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER) ||
      (issue.code === 'too_small' && issue.minimum === Number.MIN_SAFE_INTEGER)
    ) {
      return lang === 'id' ? 'bilangan bulat di luar jangkauan' : 'whole number out of range';
    }
    const r = LOCALES[lang].localeError(issue);
    const m = typeof r === 'string' ? r : r?.message;
    return m ?? (lang === 'id' ? 'Isian tidak sah' : 'Invalid input');
  };
}

/**
 * A zod path as text: `rules[0].left.expression`; `''` for the root (the value itself), which callers leave
 * out of their messages.
 *
 * @example
 * ```ts
 * schemaFieldPath(['indicators', 1, 'numerator']); // 'indicators[1].numerator'
 * schemaFieldPath([]); // ''
 * ```
 */
export function schemaFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out;
}

function closest(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((i) =>
    i.code === 'invalid_union' && i.errors.length > 0
      ? (
          i.errors.find((branch) => !(branch.length === 1 && branch[0]?.code === 'invalid_type')) ??
          i.errors[0] ??
          []
        ).map((x) => ({ ...x, path: [...i.path, ...x.path] }))
      : [i],
  );
}

/**
 * Checks a value with a zod schema in both languages (see {@link zodErrorMap}): the parsed value, or every
 * problem with its path and its message in Indonesian and English. Never throws.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * const r = checkSchema(z.object({ n: z.number() }).strict(), { n: 'x' });
 * if (!r.ok) r.problems.map((p) => `${p.field}: ${p.message.en}`); // ['n: Invalid input: expected number, received string']
 * ```
 */
export function checkSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  options: CheckSchemaOptions = {},
): CheckSchemaResult<z.output<S>> {
  const id = schema.safeParse(data, { error: zodErrorMap('id', options.messageFor) });
  if (id.success) return { ok: true, data: id.data };
  const en = schema.safeParse(data, { error: zodErrorMap('en', options.messageFor) });
  const pick = options.closestUnionBranch === true ? closest : (x: readonly z.core.$ZodIssue[]) => x;
  const idList = pick(id.error.issues);
  const enList = en.success ? [] : pick(en.error.issues);
  return {
    ok: false,
    problems: idList.map((i, k) => ({
      path: i.path,
      field: schemaFieldPath(i.path),
      message: { id: i.message, en: enList[k]?.message ?? i.message },
    })),
  };
}
