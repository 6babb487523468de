import { parsePeriodId } from '@kampung-kb/model';
import { z } from 'zod';
import { crossSectorExclusionsOption, engineOption, zeroDenominatorOption } from './cliOptions.js';

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

const period = z.string().refine((s) => parsePeriodId(s) !== undefined, { params: { check: 'period' } });

/**
 * `kkb indicators <dir> [--level kampung|kelurahan|kecamatan|kota] [--period <id>] [--indicator <id> …]
 * [--indicators <file>] [--targets <file>] [--json|--csv] [--list] [--explain] [--strict]
 * [--cross-sector-exclusions <codes>] [--zero-denominator zero|missing] [--lang id|en] [--engine js|duckdb]`, validated.
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
    crossSectorExclusions: crossSectorExclusionsOption.optional(),
    zeroDenominator: zeroDenominatorOption.optional(),
    lang: z.enum(['id', 'en']).optional(),
    engine: engineOption.optional(),
  })
  .strict()
  .refine((o) => !(o.json && o.csv), { params: { check: 'json-csv' }, path: ['csv'] })
  .refine((o) => !o.explain || (o.level ?? 'kampung') === 'kampung', {
    params: { check: 'explain-level' },
    path: ['explain'],
  });

/** Parsed options of `kkb indicators`. */
export type IndicatorsCommandOptions = z.infer<typeof IndicatorsCommandOptions>;
