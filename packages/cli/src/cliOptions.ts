import { isValidDate, parseMonth } from '@kampung-kb/model';
import { z } from 'zod';

/** Options every command understands. */
const common = {
  lang: z.enum(['id', 'en']).optional(),
  json: z.boolean().optional(),
};

const month = z.string().transform((s, ctx) => {
  const m = parseMonth(s);
  if (m === undefined) {
    ctx.addIssue({ code: 'custom', params: { check: 'month' } });
    return z.NEVER;
  }
  return m;
});

const today = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidDate(s), {
  params: { check: 'today' },
});

/** `--cross-sector-exclusions a,b`: agency codes, comma-separated; empty for none. */
export const crossSectorExclusionsOption = z.string().transform((s) =>
  s
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== ''),
);

/** `--zero-denominator zero|missing`: how a percentage with a zero denominator is scored. */
export const zeroDenominatorOption = z.enum(['zero', 'missing']);

// — validate --engine (sql-rules) —
/** `--engine js|duckdb`: the JavaScript engine (default) or SQL on DuckDB embedded over the data files. */
export const engineOption = z.enum(['js', 'duckdb']);

/** `kkb validate <dir> [--rules <file>] [--today YYYY-MM-DD] [--engine js|duckdb] [--json] [--lang id|en]` */
export const ValidateOptions = z
  .object({
    dir: z.string().min(1),
    rules: z.string().min(1).optional(),
    today: today.optional(),
    engine: engineOption.optional(),
    ...common,
  })
  .strict();
/**
 * `kkb report <dir> --out <dir> [--lang id|en] [--period YYYY-MM] [--public] [--strict] [--today YYYY-MM-DD]
 * [--cross-sector-exclusions <codes>] [--zero-denominator zero|missing] [--json]
 * [--format html,md,pdf,xlsx,csv] [--targets <file>] [--chromium <path>]` (`--format` is checked by
 * `parseReportFormats`, which names an unknown format)
 */
export const ReportOptions = z
  .object({
    dir: z.string().min(1),
    out: z.string().min(1),
    period: month.optional(),
    public: z.boolean().optional(),
    strict: z.boolean().optional(),
    today: today.optional(),
    crossSectorExclusions: crossSectorExclusionsOption.optional(),
    zeroDenominator: zeroDenominatorOption.optional(),
    // — report formats —
    format: z.string().optional(),
    targets: z.string().min(1).optional(),
    chromium: z.string().min(1).optional(),
    ...common,
  })
  .strict();

/** Parsed options of `kkb validate`. */
export type ValidateOptions = z.infer<typeof ValidateOptions>;
/** Parsed options of `kkb report`. */
export type ReportOptions = z.infer<typeof ReportOptions>;

// — readiness —
/** `kkb readiness <dir> [--json] [--lang id|en]` */
export const ReadinessCommandOptions = z.object({ dir: z.string().min(1), ...common }).strict();
/** Parsed options of `kkb readiness`. */
export type ReadinessCommandOptions = z.infer<typeof ReadinessCommandOptions>;

// — sites —
/** `kkb sites <dir> [--candidates <file>] [--period YYYY-MM] [--json] [--lang id|en]` */
export const SitesCommandOptions = z
  .object({
    dir: z.string().min(1),
    candidates: z.string().min(1).optional(),
    period: month.optional(),
    ...common,
  })
  .strict();
/** Parsed options of `kkb sites`. */
export type SitesCommandOptions = z.infer<typeof SitesCommandOptions>;
// — import —
/** `kkb import <file> --into <dir> [--dry-run] [--json] [--lang id|en]` */
export const ImportCommandOptions = z
  .object({ file: z.string().min(1), into: z.string().min(1), dryRun: z.boolean().optional(), ...common })
  .strict();
/** Parsed options of `kkb import`. */
export type ImportCommandOptions = z.infer<typeof ImportCommandOptions>;
// — family —
/** `kkb family <file> --data <dir> (--secret-file <f> | --secret-env <VAR>) [--dhs] [--group-by v] [--group-map f] [--period YYYY-MM] [--lang id|en]` */
export const FamilyCommandOptions = z
  .object({
    file: z.string().min(1),
    data: z.string().min(1),
    secretFile: z.string().min(1).optional(),
    secretEnv: z.string().min(1).optional(),
    dhs: z.boolean().optional(),
    groupBy: z.string().min(1).optional(),
    groupMap: z.string().min(1).optional(),
    period: month.optional(),
    ...common,
  })
  .strict();
/** Parsed options of `kkb family`. */
export type FamilyCommandOptions = z.infer<typeof FamilyCommandOptions>;
// — template —
/** `kkb template <dir> --out <file.xlsx> [--period YYYY-MM] [--candidates] [--force] [--json] [--lang id|en]` */
export const TemplateOptions = z
  .object({
    dir: z.string().min(1),
    out: z.string().min(1),
    period: month.optional(),
    force: z.boolean().optional(),
    candidates: z.boolean().optional(),
    ...common,
  })
  .strict();
/** Parsed options of `kkb template`. */
export type TemplateOptions = z.infer<typeof TemplateOptions>;
// — init —
/** `kkb init <dir> --region <code|name> [--lang id|en] [--force]` */
export const InitOptions = z
  .object({
    dir: z.string().min(1),
    region: z.string().trim().min(1),
    force: z.boolean().optional(),
    lang: common.lang,
  })
  .strict();
/** Parsed options of `kkb init`. */
export type InitOptions = z.infer<typeof InitOptions>;
