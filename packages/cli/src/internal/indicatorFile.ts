import { readFile, stat } from 'node:fs/promises';
import type { IndicatorDefinition } from '@kampung-kb/indicators';
import { parseYamlBounded } from '@kampung-kb/kit';
import type { Label } from '@kampung-kb/model';
import { checkSchema, textPosition } from '@kampung-kb/rules';
import { z } from 'zod';

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
  | { readonly ok: true; readonly definitions: readonly IndicatorDefinition[] }
  | { readonly ok: false; readonly errors: readonly Label[] };

/** The indicator file's own message for an indicator id that does not match its pattern. */
function messageFor(issue: z.core.$ZodRawIssue): Label | undefined {
  if (issue.code === 'invalid_format' && issue.path?.at(-1) === 'id') {
    return {
      id: 'id indikator diawali huruf, lalu huruf, angka, _ . atau -',
      en: 'indicator ids start with a letter, then letters, digits, _ . or -',
    };
  }
  return undefined;
}

/** What {@link readSchemaFile} returns. */
export type SchemaFileResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly errors: readonly Label[] };

/** The largest indicator or targets file read, in bytes (1,000,000: far above any real one). */
export const MAX_SCHEMA_FILE_BYTES = 1_000_000;

/** How much YAML aliases (`*name`) may expand in these files (the `yaml` package's `maxAliasCount`). */
export const MAX_SCHEMA_FILE_ALIAS_COUNT = 100;

/** {@link parseYamlBounded} of `@kampung-kb/kit`, its problem as a bilingual message naming the file. */
function parseYamlFile(
  path: string,
  text: string,
): { ok: true; data: unknown } | { ok: false; error: Label } {
  const r = parseYamlBounded(text, MAX_SCHEMA_FILE_ALIAS_COUNT);
  if (r.ok) return r;
  const { line, column: col } = r;
  if (r.problem === 'aliases') {
    const max = MAX_SCHEMA_FILE_ALIAS_COUNT;
    return {
      ok: false,
      error: {
        id: `${path}: alias YAML (*nama) mulai di baris ${line}, kolom ${col} mengembang terlalu besar (lebih dari ${max}); tulis nilainya langsung atau pakai lebih sedikit alias.`,
        en: `${path}: the YAML aliases (*name) from line ${line}, column ${col} on expand too much (more than ${max}); write the values out or use fewer aliases.`,
      },
    };
  }
  const deep = r.problem === 'too-deep';
  return {
    ok: false,
    error: {
      id: `${path}: YAML tidak sah (baris ${line}, kolom ${col}): ${deep ? 'bersarang terlalu dalam.' : r.detail}`,
      en: `${path}: invalid YAML (line ${line}, column ${col}): ${deep ? 'nested too deeply.' : r.detail}`,
    },
  };
}

/**
 * Reads a JSON or YAML file (by extension) and checks it with a zod schema: every problem positioned by its
 * path (`indicators[1].numerator`), in Indonesian and English. Files over {@link MAX_SCHEMA_FILE_BYTES} are
 * refused before they are read; YAML aliases are bounded ({@link MAX_SCHEMA_FILE_ALIAS_COUNT}). Never throws.
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
    const size = (await stat(path)).size;
    if (size > MAX_SCHEMA_FILE_BYTES) {
      const max = MAX_SCHEMA_FILE_BYTES;
      return {
        ok: false,
        errors: [
          {
            id: `${path}: terlalu besar (${size} bita, paling banyak ${max} bita); berkas ini tidak dibaca.`,
            en: `${path}: too large (${size} bytes, at most ${max} bytes); the file was not read.`,
          },
        ],
      };
    }
    text = await readFile(path, 'utf8');
    if (text.length > MAX_SCHEMA_FILE_BYTES) {
      // The file grew between the two calls: the limit holds all the same, with the position where it is passed.
      const { line, column } = textPosition(text, MAX_SCHEMA_FILE_BYTES);
      return {
        ok: false,
        errors: [
          {
            id: `${path}: terlalu besar (batas ${MAX_SCHEMA_FILE_BYTES} karakter terlampaui di baris ${line}, kolom ${column}).`,
            en: `${path}: too large (the limit of ${MAX_SCHEMA_FILE_BYTES} characters is passed at line ${line}, column ${column}).`,
          },
        ],
      };
    }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [{ id: `${path}: tidak dapat dibaca (${msg})`, en: `${path}: cannot be read (${msg})` }],
    };
  }
  const yaml = /\.ya?ml$/i.test(path);
  let data: unknown;
  if (yaml) {
    const parsed = parseYamlFile(path, text);
    if (!parsed.ok) return { ok: false, errors: [parsed.error] };
    data = parsed.data;
  } else {
    try {
      data = JSON.parse(text);
    } catch (e) {
      // V8's message is English and may echo the input: say where (when V8 tells), in the language.
      const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
      if (!at) {
        return { ok: false, errors: [{ id: `${path}: JSON tidak sah`, en: `${path}: invalid JSON` }] };
      }
      const { line, column } = textPosition(text, Number(at[1]));
      return {
        ok: false,
        errors: [
          {
            id: `${path}: JSON tidak sah (baris ${line}, kolom ${column})`,
            en: `${path}: invalid JSON (line ${line}, column ${column})`,
          },
        ],
      };
    }
  }
  // A union reports the branch closest to the input; give its issues, each with its path (none at the root).
  const checked = checkSchema(schema, data, { messageFor, closestUnionBranch: true });
  if (checked.ok) return checked;
  return {
    ok: false,
    errors: checked.problems.map(({ field, message }) => {
      const where = field === '' ? `${path}: ` : `${path}: ${field}: `;
      return { id: `${where}${message.id}`, en: `${where}${message.en}` };
    }),
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
  return { ok: true, definitions: defs.map(toDefinition) };
}

/** A definition as read (zod's output, optional fields possibly `undefined`) as the engine's type. */
function toDefinition(d: z.output<typeof IndicatorDefinitionSchema>): IndicatorDefinition {
  const { denominator, direction, missingAs, forEach, standard, ...rest } = d;
  const { reference, ...cited } = standard;
  return {
    ...rest,
    standard: reference === undefined ? cited : { ...cited, reference },
    ...(denominator === undefined ? {} : { denominator }),
    ...(direction === undefined ? {} : { direction }),
    ...(missingAs === undefined ? {} : { missingAs }),
    ...(forEach === undefined ? {} : { forEach }),
  };
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
