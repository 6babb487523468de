import { readFile } from 'node:fs/promises';
import type { Label, Lang } from '@kampung-kb/model';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { EngineDefinition } from './indicatorEngine.js';

const LabelSchema = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();

/** A city's indicator definition as written in its file: the engine's `IndicatorDefinition`. */
export const IndicatorDefinitionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*$/),
    version: z.string().min(1),
    name: LabelSchema,
    definition: LabelSchema,
    numerator: z.string().min(1),
    denominator: z.string().min(1).optional(),
    factor: z.number().positive(),
    decimals: z.number().int().min(0).max(10),
    unit: z.enum(['percent', 'count', 'ratio', 'perFamily', 'rupiah', 'cyp']),
    standard: z
      .object({
        body: z.enum(['bkkbn-portal', 'bkkbn', 'bps', 'dhs', 'usaid', 'sdg', 'fp2030', 'city']),
        reference: z.string().min(1).optional(),
        citation: z.string().min(1),
      })
      .strict(),
    regionLevels: z.array(z.enum(['kampung', 'village', 'district', 'regency', 'province'])).min(1),
    periodTypes: z.array(z.enum(['month', 'quarter', 'sixMonth', 'year'])).min(1),
    direction: z.enum(['higherIsBetter', 'lowerIsBetter']).optional(),
    missingAs: z.enum(['null', 'zero']).optional(),
    tags: z.array(z.string().min(1)).default([]),
    forEach: z
      .object({
        list: z.enum(['contraceptiveMethods', 'portalMethods', 'poktan', 'pokjaSections', 'fundingSources']),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The file: a list of definitions, or `{ indicators: [...] }`. */
const FileSchema = z.union([
  z.array(IndicatorDefinitionSchema),
  z.object({ indicators: z.array(IndicatorDefinitionSchema) }).strict(),
]);

/** What {@link readIndicatorFile} returns. */
export type IndicatorFileResult =
  | { readonly ok: true; readonly definitions: readonly EngineDefinition[] }
  | { readonly ok: false; readonly errors: readonly Label[] };

function errorMap(lang: Lang): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === 'invalid_format' && issue.path?.at(-1) === 'id') {
      return lang === 'id'
        ? 'id indikator diawali huruf, lalu huruf, angka, _ . atau -'
        : 'indicator ids start with a letter, then letters, digits, _ . or -';
    }
    const r = (lang === 'id' ? z.locales.id() : z.locales.en()).localeError(issue);
    const m = typeof r === 'string' ? r : r?.message;
    return m ?? (lang === 'id' ? 'Isian tidak sah' : 'Invalid input');
  };
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out === '' ? '(root)' : out;
}

/** What {@link readSchemaFile} returns. */
export type SchemaFileResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly errors: readonly Label[] };

/**
 * Reads a JSON or YAML file (by extension) and checks it with a zod schema: every problem positioned by its
 * path (`indicators[1].numerator`), in Indonesian and English. Never throws.
 *
 * @example
 * ```ts
 * const r = await readSchemaFile('/city/targets.yaml', TargetFileSchema);
 * ```
 */
export async function readSchemaFile<S extends z.ZodType>(
  path: string,
  schema: S,
): Promise<SchemaFileResult<z.output<S>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [{ id: `${path}: tidak dapat dibaca (${msg})`, en: `${path}: cannot be read (${msg})` }],
    };
  }
  const yaml = /\.ya?ml$/i.test(path);
  let data: unknown;
  try {
    data = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const kind = yaml ? 'YAML' : 'JSON';
    return {
      ok: false,
      errors: [{ id: `${path}: ${kind} tidak sah: ${msg}`, en: `${path}: invalid ${kind}: ${msg}` }],
    };
  }
  const id = schema.safeParse(data, { error: errorMap('id') });
  if (id.success) return { ok: true, data: id.data };
  const en = schema.safeParse(data, { error: errorMap('en') });
  const enIssues = en.success ? [] : en.error.issues;
  // A union reports the branch closest to the input; give its issues, each with its path.
  const issuesOf = (issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] =>
    issues.flatMap((i) =>
      i.code === 'invalid_union' && i.errors.length > 0
        ? (
            i.errors.find((branch) => !(branch.length === 1 && branch[0]?.code === 'invalid_type')) ??
            i.errors[0] ??
            []
          ).map((x) => ({ ...x, path: [...i.path, ...x.path] }))
        : [i],
    );
  const idList = issuesOf(id.error.issues);
  const enList = issuesOf(enIssues);
  return {
    ok: false,
    errors: idList.map((i, k) => ({
      id: `${path}: ${pathText(i.path)}: ${i.message}`,
      en: `${path}: ${pathText(enList[k]?.path ?? i.path)}: ${enList[k]?.message ?? i.message}`,
    })),
  };
}

/**
 * Reads a city's indicator definitions from a JSON or YAML file (by extension) and checks their shape with
 * zod: every problem positioned by its path (`indicators[1].numerator`), in Indonesian and English. The
 * engine's own check of the expressions comes after (see `indicatorEngine().check`).
 *
 * @example
 * ```ts
 * const r = await readIndicatorFile('/city/indicators.yaml');
 * if (!r.ok) for (const e of r.errors) console.error(e.en);
 * ```
 */
export async function readIndicatorFile(path: string): Promise<IndicatorFileResult> {
  const r = await readSchemaFile(path, FileSchema);
  if (!r.ok) return r;
  const defs = Array.isArray(r.data) ? r.data : r.data.indicators;
  return { ok: true, definitions: defs as EngineDefinition[] };
}

/** A city's targets file: `{ targets: [...] }`, each a target for one indicator, region and year. */
export const TargetFileSchema = z
  .object({
    targets: z.array(
      z
        .object({
          indicatorId: z.string().min(1),
          regionCode: z.string().regex(/^(ID|[1-9][0-9](\.[0-9]{2}(\.[0-9]{2}(\.[1-3][0-9]{3})?)?)?)$/),
          year: z.number().int().min(2000).max(2100),
          value: z.number(),
          direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
          source: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();

/**
 * Reads a city's targets (e.g. from its RPJMD) from JSON or YAML, checked with zod.
 *
 * @example
 * ```ts
 * const r = await readTargetFile('examples/banjarmasin/targets.json');
 * if (r.ok) r.data.targets.length;
 * ```
 */
export function readTargetFile(path: string): Promise<SchemaFileResult<z.output<typeof TargetFileSchema>>> {
  return readSchemaFile(path, TargetFileSchema);
}
