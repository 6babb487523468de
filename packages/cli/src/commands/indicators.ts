import { resolve } from 'node:path';
import {
  computeKampungIndicators,
  type KampungIndicators,
  latestPeriod,
  NATIONAL_TARGETS_2015_2019,
  type NextLevelChanges,
  nextLevelChanges,
  type Target,
} from '@kampung-kb/indicators';
import { type Dataset, type Label, type Lang, parsePeriodId, periodLabel } from '@kampung-kb/model';
import type { AccountingSummary } from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import { EXIT } from '../exitCodes.js';
import { INDICATOR_LEVELS, INDICATORS_ARGS, IndicatorsCommandOptions } from '../indicatorsCommandOptions.js';
import { csvLine } from '../internal/csvLine.js';
import {
  type EngineDefinition,
  type EngineResult,
  type IndicatorEngine,
  indicatorEngine,
} from '../internal/indicatorEngine.js';
import { readIndicatorFile, readTargetFile } from '../internal/indicatorFile.js';
import { excludedCount, loadData, printExclusions } from '../internal/loadData.js';
import { parseCommandLine, type UsageError } from '../internal/parseCommandLine.js';
import { renderTextTable } from '../internal/renderTextTable.js';
import { messagesFor } from '../messages/messagesFor.js';

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

/** The kampung-level results as CSV lines: a header, then one row per kampung (the `--json` fields). */
function toKampungCsv(period: string, results: readonly KampungIndicators[]): string[] {
  const doc = toIndicatorsJson(period, results);
  return [
    'period,kampungId,name,regionCode,cpr,mkjpShare,unmetNeed,poktanParticipation,level,input,process,output',
    ...doc.kampung.map((k) =>
      csvLine([
        period,
        k.id,
        k.name,
        k.regionCode,
        k.indicators.cpr,
        k.indicators.mkjpShare,
        k.indicators.unmetNeed,
        k.indicators.poktanParticipation,
        k.classification.level,
        k.classification.input,
        k.classification.process,
        k.classification.output,
      ]),
    ),
  ];
}

/** The JSON document `kkb indicators --level kecamatan --json` (any level or `--indicator`) prints. */
export interface IndicatorResultsJson {
  /** The canonical DHIS2 period id, e.g. `202012` or `2020Q4`. */
  readonly period: string;
  /** The level as asked: `kampung`, `kelurahan`, `kecamatan` or `kota`. */
  readonly level: string;
  readonly results: readonly EngineResult[];
  /** What happened to every record read (accepted, or excluded with its reason). */
  readonly records: AccountingSummary;
}

/** One kampung's explanation as `kkb indicators --explain --json` adds it. */
export interface KampungExplanationJson {
  readonly kampungId: string;
  readonly subIndicators: readonly Label[];
  readonly nextLevel: NextLevelChanges;
}

function fmt(v: number | null, lang: Lang): string {
  if (v === null) return '—';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(v);
}

function usage(id: string, en: string): UsageError {
  return { id, en };
}

function printKampungTable(
  results: readonly KampungIndicators[],
  period: string,
  lang: Lang,
  io: CliIo,
): void {
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
}

function printExplanations(results: readonly KampungIndicators[], lang: Lang, io: CliIo): void {
  for (const r of results) {
    const c = r.classification;
    const idx = c.indices;
    io.out('');
    io.out(
      lang === 'id'
        ? `${r.name} (${r.kampungId}): ${c.levelLabel.id} — input ${fmt(idx.input, lang)}, proses ${fmt(idx.process, lang)}, output ${fmt(idx.output, lang)}`
        : `${r.name} (${r.kampungId}): ${c.levelLabel.en} — input ${fmt(idx.input, lang)}, process ${fmt(idx.process, lang)}, output ${fmt(idx.output, lang)}`,
    );
    for (const s of c.subIndicators) io.out(`  ${s.explanation[lang]}`);
    const next = nextLevelChanges(c);
    io.out(`  ${lang === 'id' ? 'Naik tingkat' : 'Next level'}: ${next.summary[lang]}`);
    for (const ch of next.changes) io.out(`    - ${ch.description[lang]}`);
    if (next.alternative) {
      io.out(
        lang === 'id'
          ? `  Atau ke ${next.alternative.toLabel.id}: ${next.alternative.changes.length} subindikator, +${next.alternative.pointsAdded} poin skor`
          : `  Or to ${next.alternative.toLabel.en}: ${next.alternative.changes.length} sub-indicators, +${next.alternative.pointsAdded} score points`,
      );
    }
  }
}

function listDefinitions(defs: readonly EngineDefinition[], lang: Lang, io: CliIo): void {
  for (const d of defs) {
    io.out(`${d.id}: ${d.name[lang]}`);
    if (d.definition) io.out(`  ${d.definition[lang]}`);
    const formula = d.denominator === undefined ? d.numerator : `(${d.numerator}) / (${d.denominator})`;
    io.out(`  = ${formula}${d.factor !== undefined && d.factor !== 1 ? ` × ${d.factor}` : ''}`);
    const extra: string[] = [];
    if (d.unit !== undefined)
      extra.push(
        `${lang === 'id' ? 'satuan' : 'unit'}: ${typeof d.unit === 'string' ? d.unit : ((d.unit as Label)[lang] ?? '')}`,
      );
    if (d.regionLevels) extra.push(`${lang === 'id' ? 'tingkat' : 'levels'}: ${d.regionLevels.join(', ')}`);
    if (d.periodTypes) extra.push(`${lang === 'id' ? 'periode' : 'periods'}: ${d.periodTypes.join(', ')}`);
    const citation = (d.standard as { citation?: unknown } | undefined)?.citation;
    if (typeof citation === 'string') extra.push(`${lang === 'id' ? 'standar' : 'standard'}: ${citation}`);
    if (extra.length > 0) io.out(`  ${extra.join(' · ')}`);
  }
}

function regionNames(dataset: Dataset): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of dataset.regions) names.set(r.code, r.name);
  for (const k of dataset.kampung) names.set(k.id, k.name);
  return names;
}

/**
 * `kkb indicators <dir> [--level kampung|kelurahan|kecamatan|kota] [--period <id>] [--indicator <id> …]
 * [--indicators <file>] [--json|--csv] [--list] [--explain] [--lang id|en]`.
 *
 * At the kampung level without `--indicator` or `--indicators` it prints, as the first slice did, CPR, MKJP
 * share, unmet need, poktan participation and the classification of every kampung for a month (default:
 * the latest month with monthly reports; `--period` in DHIS2 form `202012` or `2020-12`), with the same
 * `--json` contract ({@link IndicatorsJson}); `--explain` adds each kampung's sub-indicator explanations and
 * the changes that would lift it one level ({@link nextLevelChanges}). Other levels, `--indicator` and
 * `--indicators` (a city's definitions in JSON or YAML, checked before any data is read) use the indicator
 * engine for any DHIS2 period (`202012`, `2020Q4`, `2020S2`, `2020`), as a table, `--json`
 * ({@link IndicatorResultsJson}) or `--csv`. `--list` prints the catalogue with its definitions. Records
 * that fail their schema are left out and counted on standard error.
 *
 * @example
 * ```ts
 * await indicatorsCommand(['examples/banjarmasin/data', '--level', 'kota', '--period', '2020Q4', '--json'], processIo());
 * ```
 */
export async function indicatorsCommand(args: readonly string[], io: CliIo): Promise<number | UsageError> {
  const cl = parseCommandLine(args, INDICATORS_ARGS, ['dir'], IndicatorsCommandOptions);
  if (!cl.ok) return cl.error;
  const opts = cl.options;
  const levelName = opts.level ?? 'kampung';
  const useEngine =
    levelName !== 'kampung' ||
    opts.indicator !== undefined ||
    opts.indicators !== undefined ||
    opts.list === true;
  const engine = useEngine ? indicatorEngine() : undefined;
  let cityDefs: readonly EngineDefinition[] = [];
  if (opts.indicators !== undefined && engine) {
    const file = await readIndicatorFile(resolve(io.cwd, opts.indicators));
    const errors = file.ok
      ? file.definitions.flatMap((d, i) =>
          engine.check(d).map((m) => ({
            id: `${opts.indicators}: indicators[${i}] (${d.id}): ${m.id}`,
            en: `${opts.indicators}: indicators[${i}] (${d.id}): ${m.en}`,
          })),
        )
      : file.errors;
    if (!file.ok || errors.length > 0) {
      const l = opts.lang ?? 'id';
      for (const e of errors) io.err(e[l]);
      io.err(
        l === 'id'
          ? `Definisi indikator di '${opts.indicators}' tidak sah (${errors.length} masalah); data tidak dibaca.`
          : `The indicator definitions in '${opts.indicators}' are invalid (${errors.length} problems); no data was read.`,
      );
      return EXIT.usage;
    }
    cityDefs = file.definitions;
  }
  let targets: readonly Target[] = NATIONAL_TARGETS_2015_2019;
  if (opts.targets !== undefined) {
    const file = await readTargetFile(resolve(io.cwd, opts.targets));
    if (!file.ok) {
      const l = opts.lang ?? 'id';
      for (const e of file.errors) io.err(e[l]);
      io.err(
        l === 'id'
          ? `Target di '${opts.targets}' tidak sah (${file.errors.length} masalah); data tidak dibaca.`
          : `The targets in '${opts.targets}' are invalid (${file.errors.length} problems); no data was read.`,
      );
      return EXIT.usage;
    }
    targets = [...file.data.targets, ...NATIONAL_TARGETS_2015_2019];
  }
  const catalogue = [
    ...cityDefs,
    ...(engine?.catalogue ?? []).filter((d) => !cityDefs.some((c) => c.id === d.id)),
  ];
  if (opts.list && engine) {
    listDefinitions(
      opts.indicator ? catalogue.filter((d) => opts.indicator?.includes(d.id)) : catalogue,
      opts.lang ?? 'id',
      io,
    );
    return EXIT.ok;
  }
  const data = await loadData(opts.dir, io, opts.lang);
  if (!data) return EXIT.usage;
  const lang = opts.lang ?? data.read.programme?.defaultLang ?? 'id';
  printExclusions(data.records, lang, io);
  const code = compute(
    opts,
    useEngine,
    engine,
    catalogue,
    cityDefs,
    targets,
    data.accepted,
    data.records,
    lang,
    io,
  );
  if (typeof code !== 'number' || code !== EXIT.ok) return code;
  const excluded = excludedCount(data.records);
  if (opts.strict && excluded > 0) {
    io.err(messagesFor(lang).strictFailed(excluded));
    return EXIT.issues;
  }
  return EXIT.ok;
}

function compute(
  opts: IndicatorsCommandOptions,
  useEngine: boolean,
  engine: IndicatorEngine | undefined,
  catalogue: readonly EngineDefinition[],
  cityDefs: readonly EngineDefinition[],
  targets: readonly Target[],
  dataset: Dataset,
  records: AccountingSummary,
  lang: Lang,
  io: CliIo,
): number | UsageError {
  const levelName = opts.level ?? 'kampung';
  const given = opts.period === undefined ? undefined : parsePeriodId(opts.period);
  const latest = latestPeriod(dataset);
  if (given === undefined && latest === undefined) {
    io.err(
      lang === 'id'
        ? `Tidak ada laporan bulanan di '${opts.dir}', jadi tidak ada bulan untuk dihitung; beri --period.`
        : `There are no monthly reports in '${opts.dir}', so there is no month to compute; give --period.`,
    );
    return EXIT.usage;
  }
  if (!useEngine || !engine) {
    if (given !== undefined && given.type !== 'month') {
      return usage(
        `--period ${opts.period}: klasifikasi kampung dihitung per bulan (mis. 2020-12 atau 202012); untuk triwulan, semester atau tahun pakai --indicator atau --level lain`,
        `--period ${opts.period}: the kampung classification is monthly (e.g. 2020-12 or 202012); for a quarter, half or year use --indicator or another --level`,
      );
    }
    const period =
      given === undefined ? (latest as string) : `${given.year}-${String(given.index).padStart(2, '0')}`;
    const results = computeKampungIndicators(dataset, period);
    if (opts.csv) {
      for (const line of toKampungCsv(period, results)) io.out(line);
      return EXIT.ok;
    }
    if (opts.json) {
      const doc = toIndicatorsJson(period, results);
      if (!opts.explain) io.out(JSON.stringify({ ...doc, records }, null, 2));
      else {
        const explanations: KampungExplanationJson[] = results.map((r) => ({
          kampungId: r.kampungId,
          subIndicators: r.classification.subIndicators.map((s) => s.explanation),
          nextLevel: nextLevelChanges(r.classification),
        }));
        io.out(JSON.stringify({ ...doc, explanations, records }, null, 2));
      }
      return EXIT.ok;
    }
    printKampungTable(results, period, lang, io);
    if (opts.explain) printExplanations(results, lang, io);
    return EXIT.ok;
  }
  const periodId = given?.id ?? (parsePeriodId(latest as string)?.id as string);
  let selected: readonly EngineDefinition[] = opts.indicators !== undefined ? cityDefs : catalogue;
  if (opts.indicator !== undefined) {
    const unknown = opts.indicator.filter((id) => !catalogue.some((d) => d.id === id));
    if (unknown.length > 0) {
      const known = catalogue.map((d) => d.id).join(', ');
      return usage(
        `Indikator tidak dikenal: ${unknown.join(', ')} (yang ada: ${known}; lihat --list)`,
        `Unknown indicator: ${unknown.join(', ')} (known: ${known}; see --list)`,
      );
    }
    selected = opts.indicator.flatMap((id) => catalogue.filter((d) => d.id === id));
  }
  const results = engine.compute(dataset, {
    indicators: selected,
    level: INDICATOR_LEVELS[levelName],
    periods: [periodId],
    targets,
  });
  if (opts.csv) {
    io.out(engine.toCsv(results).replace(/\n$/, ''));
    return EXIT.ok;
  }
  if (opts.json) {
    const doc: IndicatorResultsJson = { period: periodId, level: levelName, results, records };
    io.out(JSON.stringify(doc, null, 2));
    return EXIT.ok;
  }
  const names = regionNames(dataset);
  const defName = (id: string) => catalogue.find((d) => d.id === id)?.name[lang] ?? id;
  io.out(`${periodLabel(periodId, lang)} · ${levelName}`);
  const head =
    lang === 'id'
      ? ['Wilayah', 'Indikator', 'Nilai', 'Pembilang', 'Penyebut', 'Target', 'Capaian %', 'Sesuai jalur']
      : ['Area', 'Indicator', 'Value', 'Numerator', 'Denominator', 'Target', 'Achieved %', 'On track'];
  const rows = results.map((r) => [
    names.get(r.orgUnit) ?? r.orgUnit,
    defName(r.indicatorId),
    fmt(r.value, lang),
    fmt(r.numerator, lang),
    fmt(r.denominator, lang),
    ...targetCells(r.target, lang),
  ]);
  for (const line of renderTextTable(head, rows)) io.out(line);
  return EXIT.ok;
}

/** Target, achievement and on-track cells of a result row (empty when no target applies). */
function targetCells(target: unknown, lang: Lang): string[] {
  const t = target as { value?: number; achievement?: number | null; onTrack?: boolean | null } | undefined;
  if (!t || typeof t.value !== 'number') return ['', '', ''];
  const on = t.onTrack;
  const yes = lang === 'id' ? 'ya' : 'yes';
  const no = lang === 'id' ? 'tidak' : 'no';
  return [fmt(t.value, lang), fmt(t.achievement ?? null, lang), on === true ? yes : on === false ? no : '—'];
}
