import { parsePeriodId } from '@kampung-kb/model';
import { z } from 'zod';

/**
 * The levels `kkb indicators --level` names, in the words of the programme: each kampung, or every
 * kelurahan (village), kecamatan (district) or kota (city, a regency-level region).
 *
 * @example
 * ```ts
 * INDICATOR_LEVELS.kecamatan; // 'district'
 * ```
 */
export const INDICATOR_LEVELS = {
  kampung: 'kampung',
  kelurahan: 'village',
  kecamatan: 'district',
  kota: 'regency',
} as const;

/** A `--level` of `kkb indicators`. */
export type IndicatorLevelName = keyof typeof INDICATOR_LEVELS;

const period = z.string().refine((s) => parsePeriodId(s) !== undefined, {
  message: 'not a period: 202012, 2020Q4, 2020S2, 2020 or 2020-12',
});

/**
 * `kkb indicators <dir> [--level kampung|kelurahan|kecamatan|kota] [--period <id>] [--indicator <id> …]
 * [--indicators <file>] [--json|--csv] [--list] [--explain] [--lang id|en]`, validated.
 *
 * @example
 * ```ts
 * IndicatorsCommandOptions.parse({ dir: 'data', level: 'kota', period: '2020Q4', csv: true });
 * ```
 */
export const IndicatorsCommandOptions = z
  .object({
    dir: z.string().min(1),
    level: z.enum(['kampung', 'kelurahan', 'kecamatan', 'kota']).optional(),
    period: period.optional(),
    indicator: z.array(z.string().min(1)).optional(),
    indicators: z.string().min(1).optional(),
    targets: z.string().min(1).optional(),
    json: z.boolean().optional(),
    csv: z.boolean().optional(),
    list: z.boolean().optional(),
    explain: z.boolean().optional(),
    strict: z.boolean().optional(),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict()
  .refine((o) => !(o.json && o.csv), { message: '--json and --csv exclude each other', path: ['csv'] })
  .refine((o) => !o.explain || (o.level ?? 'kampung') === 'kampung', {
    message: '--explain is for --level kampung',
    path: ['explain'],
  });

/** Parsed options of `kkb indicators`. */
export type IndicatorsCommandOptions = z.infer<typeof IndicatorsCommandOptions>;

/** The `node:util` `parseArgs` spec of `kkb indicators` (`--indicator` may repeat). */
export const INDICATORS_ARGS = {
  level: { type: 'string' },
  period: { type: 'string' },
  indicator: { type: 'string', multiple: true },
  indicators: { type: 'string' },
  targets: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  list: { type: 'boolean' },
  explain: { type: 'boolean' },
  strict: { type: 'boolean' },
  lang: { type: 'string' },
} as const;
