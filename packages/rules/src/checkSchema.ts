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
 * How {@link zodErrorMap} words a problem, in both languages: `messageFor` gives a message of the caller's
 * own for an issue (e.g. the pattern of an id), or `undefined` for zod's; `hintFor` gives a hint appended to
 * zod's own message after a space (e.g. how to quote a YAML number read where a text is needed), or
 * `undefined` for none.
 *
 * @example
 * ```ts
 * const options: ZodErrorMapOptions = {
 *   hintFor: (issue) => (issue.code === 'invalid_type' && typeof issue.input === 'number' ? { id: '(pakai tanda kutip)', en: '(use quotes)' } : undefined),
 * };
 * ```
 */
export interface ZodErrorMapOptions {
  readonly messageFor?: (issue: z.core.$ZodRawIssue) => Label | undefined;
  readonly hintFor?: (issue: z.core.$ZodRawIssue) => Label | undefined;
}

/**
 * How {@link checkSchema} words and picks problems: the wording of {@link ZodErrorMapOptions}, and
 * `closestUnionBranch`, which replaces a failed union by the issues of the branch closest to the input (the one
 * that did not fail on its type alone).
 *
 * @example
 * ```ts
 * const options: CheckSchemaOptions = { closestUnionBranch: true };
 * ```
 */
export interface CheckSchemaOptions extends ZodErrorMapOptions {
  readonly closestUnionBranch?: boolean;
}

const LOCALES = { id: zodId(), en: zodEn() } as const;
const INVALID_INPUT: Label = { id: 'Isian tidak sah', en: 'Invalid input' };
const OUT_OF_RANGE: Label = { id: 'bilangan bulat di luar jangkauan', en: 'whole number out of range' };

/**
 * The zod error map of one language: the caller's own message when `messageFor` has one, a plain "whole
 * number out of range" for zod's safe-integer bounds (zod would print 9007199254740991, a 16-digit number),
 * else zod's own `id` or `en` locale (which has a text for every issue code, a generic one for codes it does
 * not know), followed by the `hintFor` hint if any. See {@link ZodErrorMapOptions}.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * z.number().int().safeParse(1.5, { error: zodErrorMap('id') }).error?.issues[0]?.message;
 * // 'Input tidak valid: diharapkan int, diterima number'
 * ```
 */
export function zodErrorMap(lang: Lang, options: ZodErrorMapOptions = {}): z.core.$ZodErrorMap {
  const { messageFor, hintFor } = options;
  return (issue) => {
    const own = messageFor?.(issue);
    if (own !== undefined) return own[lang];
    if (
      (issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER) ||
      (issue.code === 'too_small' && issue.minimum === Number.MIN_SAFE_INTEGER)
    ) {
      return OUT_OF_RANGE[lang];
    }
    const r = LOCALES[lang].localeError(issue);
    const base = (typeof r === 'string' ? r : r?.message) ?? INVALID_INPUT[lang];
    const hint = hintFor?.(issue);
    return hint === undefined ? base : `${base} ${hint[lang]}`;
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
  const id = schema.safeParse(data, { error: zodErrorMap('id', options) });
  if (id.success) return { ok: true, data: id.data };
  const en = schema.safeParse(data, { error: zodErrorMap('en', options) });
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
