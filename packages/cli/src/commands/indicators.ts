import { computeKampungIndicators, type KampungIndicators, latestPeriod } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import type { CliIo } from '../cliIo.js';
import { IndicatorsOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { loadData } from '../internal/loadData.js';
import { parseCommandLine, type UsageError } from '../internal/parseCommandLine.js';
import { renderTextTable } from '../internal/renderTextTable.js';
import { excludedNotice, usableDataset } from '../internal/usableDataset.js';

/** The JSON document `kkb indicators --json` prints (the CLI's stable contract). */
export interface IndicatorsJson {
  readonly period: string;
  readonly kampung: readonly {
    readonly id: string;
    readonly name: string;
    readonly regionCode: string;
    readonly indicators: {
      readonly cpr: number | null;
      readonly mkjpShare: number | null;
      readonly unmetNeed: number | null;
      readonly poktanParticipation: number | null;
    };
    readonly classification: {
      readonly level: string;
      readonly input: number;
      readonly process: number;
      readonly output: number;
    };
  }[];
}

/**
 * Maps computed results to the `--json` contract: percentages 0–100 (null where the denominator is zero or
 * a record is missing), the level code and the three indices.
 *
 * @example
 * ```ts
 * toIndicatorsJson('2020-12', computeKampungIndicators(dataset, '2020-12')).kampung[0]?.classification.level;
 * ```
 */
export function toIndicatorsJson(period: string, results: readonly KampungIndicators[]): IndicatorsJson {
  return {
    period,
    kampung: results.map((r) => ({
      id: r.kampungId,
      name: r.name,
      regionCode: r.regionCode,
      indicators: {
        cpr: r.indicators.cpr.value,
        mkjpShare: r.indicators.mkjpShare.value,
        unmetNeed: r.indicators.unmetNeed.value,
        poktanParticipation: r.indicators.poktanParticipation.value,
      },
      classification: {
        level: r.classification.level,
        input: r.classification.indices.input,
        process: r.classification.indices.process,
        output: r.classification.indices.output,
      },
    })),
  };
}

function fmt(v: number | null, lang: Lang): string {
  if (v === null) return '—';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(v);
}

/**
 * `kkb indicators <dir> [--period YYYY-MM] [--json] [--lang id|en]`: CPR, MKJP share, unmet need, poktan
 * participation and the classification of every kampung for a month (default: the latest month with
 * monthly reports). Records that fail their schema are left out and counted on standard error.
 *
 * @example
 * ```ts
 * await indicatorsCommand(['examples/banjarmasin/data', '--json'], processIo());
 * ```
 */
export async function indicatorsCommand(args: readonly string[], io: CliIo): Promise<number | UsageError> {
  const cl = parseCommandLine(
    args,
    { period: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
    ['dir'],
    IndicatorsOptions,
  );
  if (!cl.ok) return cl.error;
  const opts = cl.options;
  const read = await loadData(opts.dir, io, opts.lang);
  if (!read) return EXIT.usage;
  const lang = opts.lang ?? read.programme?.defaultLang ?? 'id';
  const { dataset, excluded } = usableDataset(read.dataset);
  const notice = excludedNotice(excluded, lang);
  if (notice) io.err(notice);
  const period = opts.period ?? latestPeriod(dataset);
  if (period === undefined) {
    io.err(
      lang === 'id'
        ? `Tidak ada laporan bulanan di '${opts.dir}', jadi tidak ada bulan untuk dihitung; beri --period.`
        : `There are no monthly reports in '${opts.dir}', so there is no month to compute; give --period.`,
    );
    return EXIT.usage;
  }
  const results = computeKampungIndicators(dataset, period);
  if (opts.json) {
    io.out(JSON.stringify(toIndicatorsJson(period, results), null, 2));
    return EXIT.ok;
  }
  const head =
    lang === 'id'
      ? ['Kampung', 'CPR %', 'MKJP %', 'Unmet %', 'Poktan %', 'Input', 'Proses', 'Output', 'Tingkat']
      : ['Kampung', 'CPR %', 'MKJP %', 'Unmet %', 'Poktan %', 'Input', 'Process', 'Output', 'Level'];
  const rows = results.map((r) => [
    r.name,
    fmt(r.indicators.cpr.value, lang),
    fmt(r.indicators.mkjpShare.value, lang),
    fmt(r.indicators.unmetNeed.value, lang),
    fmt(r.indicators.poktanParticipation.value, lang),
    fmt(r.classification.indices.input, lang),
    fmt(r.classification.indices.process, lang),
    fmt(r.classification.indices.output, lang),
    r.classification.levelLabel[lang],
  ]);
  io.out(lang === 'id' ? `Periode ${period}` : `Period ${period}`);
  for (const line of renderTextTable(head, rows)) io.out(line);
  const counts = new Map<string, number>();
  for (const r of results)
    counts.set(r.classification.levelLabel[lang], (counts.get(r.classification.levelLabel[lang]) ?? 0) + 1);
  io.out([...counts].map(([l, n]) => `${l}: ${n}`).join(' · '));
  return EXIT.ok;
}
