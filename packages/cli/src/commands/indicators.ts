import { resolve } from 'node:path';
import {
  type ClassificationOptions,
  computeKampungIndicators,
  expandIndicators,
  type IndicatorDefinition,
  type IndicatorResult,
  type IndicatorTargetResult,
  type KampungIndicators,
  latestPeriod,
  type NextLevelChanges,
  nextLevelChanges,
  type Target,
} from '@kampung-kb/indicators';
import { type Dataset, type Label, type Lang, monthsOf, parsePeriodId, periodLabel } from '@kampung-kb/model';
import type { AccountingSummary } from '@kampung-kb/rules';
import { computeIndicatorsDuckDb } from '@kampung-kb/sql';
import type { CliIo } from '../cliIo.js';
import { EXIT } from '../exitCodes.js';
import { INDICATOR_LEVELS, type IndicatorsCommandOptions } from '../indicatorsCommandOptions.js';
import { classificationOptions } from '../internal/classificationOptions.js';
import { csvLine } from '../internal/csvLine.js';
import { displayText } from '../internal/displayText.js';
import { type IndicatorEngine, indicatorEngine } from '../internal/indicatorEngine.js';
import { loadCityIndicators } from '../internal/indicatorsCityFile.js';
import { duckDbRecords, kampungPathOnDuckDb } from '../internal/kampungPathOnDuckDb.js';
import { excludedCount, loadData, printExclusions } from '../internal/loadData.js';
import { loadTargets } from '../internal/loadTargets.js';
import type { MonthlySelection } from '../internal/monthlyWindow.js';
import { formatCount } from '../internal/plural.js';
import { renderTextTable } from '../internal/renderTextTable.js';
import { main } from '../main.js';
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
      /** The level code; `null` for a kampung without a monthly report for the period ("no report"). */
      readonly level: string | null;
      /** Why `level` is null (`noMonthlyReport`); `null` when there is a level. */
      readonly reason: string | null;
      readonly input: number;
      readonly process: number;
      readonly output: number;
    };
  }[];
  /** What happened to every record read (the command adds it; {@link toIndicatorsJson} does not). */
  readonly records?: AccountingSummary;
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
        level: r.outcome.level,
        reason: r.outcome.reason,
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
    'period,kampungId,name,regionCode,cpr,mkjpShare,unmetNeed,poktanParticipation,level,input,process,output,levelReason',
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
        k.classification.reason,
      ]),
    ),
  ];
}

/**
 * The JSON document `kkb indicators --level kecamatan --json` (any level or `--indicator`) prints.
 *
 * @example
 * ```ts
 * const doc = JSON.parse(stdout) as IndicatorResultsJson;
 * doc.records.read === doc.records.accepted; // true when nothing was left out
 * ```
 */
export interface IndicatorResultsJson {
  /** The canonical DHIS2 period id, e.g. `202012` or `2020Q4`. */
  readonly period: string;
  /** The level as asked: `kampung`, `kelurahan`, `kecamatan` or `kota`. */
  readonly level: string;
  readonly results: readonly IndicatorResult[];
  /** What happened to every record read (accepted, or excluded with its reason). */
  readonly records: AccountingSummary;
}

/**
 * One sub-indicator of an explanation as structured data: what was scored, the score and its band.
 *
 * @example
 * ```ts
 * const cpr: SubIndicatorJson = { id: 'cpr', index: 'output', label: { id: 'CPR', en: 'CPR' }, value: 66,
 *   score: 4, maxScore: 4, band: { min: 61, max: null, label: { id: '> 60', en: '> 60' } }, note: null,
 *   explanation: { id: 'CPR 66 % (> 60) → skor 4', en: 'CPR 66 % (> 60) → score 4' } };
 * ```
 */
export interface SubIndicatorJson {
  readonly id: string;
  readonly index: string;
  readonly label: Label;
  /** The value scored (a count, a number of flags or a whole percentage); `null` when missing. */
  readonly value: number | null;
  readonly score: number;
  readonly maxScore: number;
  /** The band the value fell in (`min`/`max` null when open), `null` when the value is missing. */
  readonly band: { readonly min: number | null; readonly max: number | null; readonly label: Label } | null;
  /** Why the value is missing or 0 under the portal's rules, `null` for an ordinary value. */
  readonly note: string | null;
  /** The same as a sentence. */
  readonly explanation: Label;
}

/**
 * One kampung's explanation as `kkb indicators --explain --json` adds it.
 *
 * @example
 * ```ts
 * const doc = JSON.parse(stdout) as IndicatorsJson & { explanations: KampungExplanationJson[] };
 * doc.explanations[0]?.subIndicators.map((s) => [s.id, s.score]);
 * ```
 */
export interface KampungExplanationJson {
  readonly kampungId: string;
  readonly subIndicators: readonly SubIndicatorJson[];
  readonly nextLevel: NextLevelChanges;
}

function fmt(v: number | null, lang: Lang): string {
  return v === null ? '—' : formatCount(lang, v);
}

function printKampungTable(
  results: readonly KampungIndicators[],
  period: string,
  lang: Lang,
  io: CliIo,
): void {
  const m = messagesFor(lang);
  const rows = results.map((r) => [
    r.name,
    fmt(r.indicators.cpr.value, lang),
    fmt(r.indicators.mkjpShare.value, lang),
    fmt(r.indicators.unmetNeed.value, lang),
    fmt(r.indicators.poktanParticipation.value, lang),
    fmt(r.classification.indices.input, lang),
    fmt(r.classification.indices.process, lang),
    fmt(r.classification.indices.output, lang),
    r.outcome.label[lang],
  ]);
  io.out(m.periodHeading(period));
  for (const line of renderTextTable(m.kampungTableHead, rows)) io.out(displayText(line, lang));
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome.label[lang], (counts.get(r.outcome.label[lang]) ?? 0) + 1);
  io.out([...counts].map(([l, n]) => `${l}: ${formatCount(lang, n)}`).join(' · '));
}

function printExplanations(results: readonly KampungIndicators[], lang: Lang, io: CliIo): void {
  const m = messagesFor(lang);
  for (const r of results) {
    const c = r.classification;
    const idx = c.indices;
    io.out('');
    io.out(
      displayText(
        m.explanationHeading(
          r.name,
          r.kampungId,
          r.outcome.label[lang],
          fmt(idx.input, lang),
          fmt(idx.process, lang),
          fmt(idx.output, lang),
        ),
        lang,
      ),
    );
    for (const s of c.subIndicators) io.out(`  ${s.explanation[lang]}`);
    const next = nextLevelChanges(c);
    io.out(`  ${m.nextLevel}: ${next.summary[lang]}`);
    for (const ch of next.changes) io.out(`    - ${ch.description[lang]}`);
    if (next.alternative) {
      io.out(
        `  ${m.alternative(next.alternative.toLabel[lang], next.alternative.changes.length, next.alternative.pointsAdded)}`,
      );
    }
  }
}

function explanationsJson(results: readonly KampungIndicators[]): KampungExplanationJson[] {
  return results.map((r) => ({
    kampungId: r.kampungId,
    subIndicators: r.classification.subIndicators.map((s) => ({
      id: s.id,
      index: s.index,
      label: s.label,
      value: s.basis,
      score: s.score,
      maxScore: s.maxScore,
      band: s.band === null ? null : { min: s.band.min, max: s.band.max, label: s.band.label },
      note: s.note,
      explanation: s.explanation,
    })),
    nextLevel: nextLevelChanges(r.classification),
  }));
}

function listDefinitions(defs: readonly IndicatorDefinition[], lang: Lang, io: CliIo): void {
  const m = messagesFor(lang);
  for (const d of defs) {
    io.out(displayText(`${d.id}: ${d.name[lang]}`, lang));
    if (d.definition) io.out(displayText(`  ${d.definition[lang]}`, lang));
    const formula = d.denominator === undefined ? d.numerator : `(${d.numerator}) / (${d.denominator})`;
    io.out(displayText(`  = ${formula}${d.factor !== 1 ? ` × ${d.factor}` : ''}`, lang));
    const extra: string[] = [`${m.unit}: ${d.unit}`];
    if (d.regionLevels.length > 0) extra.push(`${m.levels}: ${d.regionLevels.join(', ')}`);
    if (d.periodTypes.length > 0) extra.push(`${m.periods}: ${d.periodTypes.join(', ')}`);
    extra.push(`${m.standard}: ${d.standard.citation}`);
    io.out(displayText(`  ${extra.join(' · ')}`, lang));
  }
}

function regionNames(dataset: Dataset): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of dataset.regions) names.set(r.code, r.name);
  for (const k of dataset.kampung) names.set(k.id, k.name);
  return names;
}

/** Indicator names by id, templates expanded (`interventions-by-section.religion` → its own name). */
function indicatorNames(catalogue: readonly IndicatorDefinition[], lang: Lang): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of catalogue) names.set(d.id, d.name[lang]);
  for (const d of expandIndicators(catalogue)) if (!names.has(d.id)) names.set(d.id, d.name[lang]);
  return names;
}

/**
 * The monthly reports a run needs, so that the rest stream by without being kept: the kampung path needs
 * the month asked for (the latest in the data by default); the engine the months of the period and of the
 * previous period (`prev(…)`), or back to the same period a year before when a definition reads
 * `lastYear(…)` (monthly reports count only in the periods containing their month).
 */
function monthlySelection(
  opts: IndicatorsCommandOptions,
  useEngine: boolean,
  definitions: readonly IndicatorDefinition[],
): MonthlySelection {
  const given = opts.period === undefined ? undefined : parsePeriodId(opts.period);
  if (opts.period !== undefined && given === undefined) return { kind: 'none' };
  const months = given ? monthsOf(given.id) : [];
  const last = months[months.length - 1];
  if (!useEngine) {
    if (given && given.type !== 'month') return { kind: 'none' };
    return { kind: 'window', months: 1, ...(last ? { last } : {}) };
  }
  const span = Math.max(1, months.length);
  const readsLastYear = definitions.some((d) =>
    /\blastYear\s*\(/.test(`${d.numerator} ${d.denominator ?? ''}`),
  );
  return {
    kind: 'window',
    months: readsLastYear ? span + 12 : 2 * span,
    ...(last ? { last } : {}),
  };
}

/** Runs `kkb indicators` on parsed options; `usage` prints a usage error and returns its exit code. */
export async function runIndicators(
  opts: IndicatorsCommandOptions,
  io: CliIo,
  lang: Lang,
  usage: (message: string) => number,
): Promise<number> {
  const m = messagesFor(lang);
  const classification = classificationOptions(opts, lang);
  if (!classification.ok) return usage(classification.message);
  const levelName = opts.level ?? 'kampung';
  const useEngine =
    levelName !== 'kampung' ||
    opts.indicator !== undefined ||
    opts.indicators !== undefined ||
    opts.list === true;
  const engine = useEngine ? indicatorEngine() : undefined;
  const cityDefs = engine ? await loadCityIndicators(opts.indicators, engine, io, lang) : [];
  if (cityDefs === undefined) return EXIT.usage;
  const targets = await loadTargets(opts.targets, io, lang);
  if (targets === undefined) return EXIT.usage;
  const catalogue = [
    ...cityDefs,
    ...(engine?.catalogue ?? []).filter((d) => !cityDefs.some((c) => c.id === d.id)),
  ];
  if (opts.list && engine) {
    listDefinitions(
      opts.indicator ? catalogue.filter((d) => opts.indicator?.includes(d.id)) : catalogue,
      lang,
      io,
    );
    return EXIT.ok;
  }
  // — indicators --engine (sql-indicators) —
  if (opts.engine === 'duckdb') {
    const code = await computeOnDuckDb(
      opts,
      { engine, catalogue, cityDefs, targets, classification: classification.options },
      lang,
      io,
    );
    if (code !== undefined) return code;
  }
  const data = await loadData(opts.dir, io, lang, {
    monthly: monthlySelection(opts, engine !== undefined, [...catalogue, ...cityDefs]),
  });
  if (!data) return EXIT.usage;
  printExclusions(data.records, lang, io);
  const code = compute(
    opts,
    { engine, catalogue, cityDefs, targets, classification: classification.options },
    data.accepted,
    data.records,
    lang,
    io,
    usage,
  );
  if (code !== EXIT.ok) return code;
  const excluded = excludedCount(data.records);
  if (opts.strict && excluded > 0) {
    io.err(m.strictFailed(excluded));
    return EXIT.issues;
  }
  return EXIT.ok;
}

/** Prints the kampung path's results (indicators and classification of every kampung for a month). */
function printKampungPath(
  opts: IndicatorsCommandOptions,
  period: string,
  results: readonly KampungIndicators[],
  records: AccountingSummary,
  lang: Lang,
  io: CliIo,
): number {
  if (opts.csv) {
    for (const line of toKampungCsv(period, results)) io.out(line);
    return EXIT.ok;
  }
  if (opts.json) {
    const doc = toIndicatorsJson(period, results);
    io.out(
      JSON.stringify(
        opts.explain ? { ...doc, explanations: explanationsJson(results), records } : { ...doc, records },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  printKampungTable(results, period, lang, io);
  if (opts.explain) printExplanations(results, lang, io);
  return EXIT.ok;
}

interface ComputeSetup {
  readonly engine: IndicatorEngine | undefined;
  readonly catalogue: readonly IndicatorDefinition[];
  readonly cityDefs: readonly IndicatorDefinition[];
  readonly targets: readonly Target[];
  readonly classification: ClassificationOptions;
}

function compute(
  opts: IndicatorsCommandOptions,
  setup: ComputeSetup,
  dataset: Dataset,
  records: AccountingSummary,
  lang: Lang,
  io: CliIo,
  usage: (message: string) => number,
): number {
  const m = messagesFor(lang);
  const { engine, catalogue, cityDefs, targets } = setup;
  const levelName = opts.level ?? 'kampung';
  const given = opts.period === undefined ? undefined : parsePeriodId(opts.period);
  const latest = latestPeriod(dataset);
  if (given === undefined && latest === undefined) {
    io.err(displayText(m.noMonthlyReports(opts.dir), lang));
    return EXIT.usage;
  }
  if (!engine) {
    if (given !== undefined && given.type !== 'month')
      return usage(m.classificationIsMonthly(opts.period ?? ''));
    const period =
      given === undefined ? (latest as string) : `${given.year}-${String(given.index).padStart(2, '0')}`;
    const results = computeKampungIndicators(dataset, period, setup.classification);
    return printKampungPath(opts, period, results, records, lang, io);
  }
  const periodId = given?.id ?? (parsePeriodId(latest as string)?.id as string);
  let selected: readonly IndicatorDefinition[] = opts.indicators !== undefined ? cityDefs : catalogue;
  if (opts.indicator !== undefined) {
    const unknown = opts.indicator.filter((id) => !catalogue.some((d) => d.id === id));
    if (unknown.length > 0)
      return usage(
        m.unknownIndicator(
          unknown,
          catalogue.map((d) => d.id),
        ),
      );
    selected = opts.indicator.flatMap((id) => catalogue.filter((d) => d.id === id));
  }
  const results = engine.compute(dataset, {
    indicators: selected,
    level: INDICATOR_LEVELS[levelName],
    periods: [periodId],
    targets,
  });
  return printEngineResults(
    opts,
    setup,
    { period: periodId, level: levelName, results, records },
    regionNames(dataset),
    lang,
    io,
  );
}

/** Prints the engine path's results (`--level`, `--indicator`, `--indicators`) as CSV, JSON or a table. */
function printEngineResults(
  opts: IndicatorsCommandOptions,
  setup: Pick<ComputeSetup, 'engine' | 'catalogue'>,
  doc: IndicatorResultsJson,
  names: ReadonlyMap<string, string>,
  lang: Lang,
  io: CliIo,
): number {
  const m = messagesFor(lang);
  const { period: periodId, level: levelName, results } = doc;
  if (opts.csv) {
    io.out(setup.engine?.toCsv(results).replace(/\n$/, '') ?? '');
    return EXIT.ok;
  }
  if (opts.json) {
    io.out(JSON.stringify(doc, null, 2));
    return EXIT.ok;
  }
  const defNames = indicatorNames(setup.catalogue, lang);
  io.out(`${periodLabel(periodId, lang)} · ${levelName}`);
  const rows = results.map((r) => [
    names.get(r.orgUnit) ?? r.orgUnit,
    defNames.get(r.indicatorId) ?? r.indicatorId,
    fmt(r.value, lang),
    fmt(r.numerator, lang),
    fmt(r.denominator, lang),
    ...targetCells(r.target, lang),
  ]);
  for (const line of renderTextTable(m.resultTableHead, rows)) io.out(displayText(line, lang));
  return EXIT.ok;
}

// — indicators --engine (sql-indicators) —
/**
 * `--engine duckdb`: computes the engine path (`--level`, `--indicator`, `--indicators`) with DuckDB straight
 * over the directory's files and prints exactly what the JavaScript engine prints. Returns `undefined`
 * (after a note on standard error) when DuckDB cannot take the run: the kampung classification path, a
 * directory with other files or non-canonical cells, or definitions the SQL does not compile; the caller
 * then runs the JavaScript engine, so the answer is never different.
 */
async function computeOnDuckDb(
  opts: IndicatorsCommandOptions,
  setup: ComputeSetup,
  lang: Lang,
  io: CliIo,
): Promise<number | undefined> {
  const m = messagesFor(lang);
  const { engine, catalogue, cityDefs, targets } = setup;
  const fallback = (reasons: readonly Label[]) => {
    io.err(
      displayText(
        m.engineFallback(
          'duckdb',
          reasons.map((r) => r[lang]),
        ),
        lang,
      ),
    );
    return undefined;
  };
  if (!engine) {
    // The kampung path: the engine's kampung-level results from DuckDB, the classification in JavaScript.
    const given = opts.period === undefined ? undefined : parsePeriodId(opts.period);
    // A period that is not a month is a usage error the JavaScript path reports.
    if (given !== undefined && given.type !== 'month') return undefined;
    const out = await kampungPathOnDuckDb(
      resolve(io.cwd, opts.dir),
      given === undefined ? undefined : `${given.year}-${String(given.index).padStart(2, '0')}`,
      setup.classification,
    );
    if (!out.ok) return out.unsupported.length > 0 ? fallback(out.unsupported) : undefined;
    return printKampungPath(opts, out.period, out.results, out.records, lang, io);
  }
  const levelName = opts.level ?? 'kampung';
  const given = opts.period === undefined ? undefined : parsePeriodId(opts.period);
  let selected: readonly IndicatorDefinition[] = opts.indicators !== undefined ? cityDefs : catalogue;
  if (opts.indicator !== undefined) {
    // Unknown ids are a usage error the JavaScript path reports.
    if (opts.indicator.some((id) => !catalogue.some((d) => d.id === id))) return undefined;
    selected = opts.indicator.flatMap((id) => catalogue.filter((d) => d.id === id));
  }
  const out = await computeIndicatorsDuckDb(resolve(io.cwd, opts.dir), {
    indicators: selected,
    level: INDICATOR_LEVELS[levelName],
    periods: given ? [given.id] : [],
    targets,
  });
  if (!out.ok) return fallback(out.unsupported);
  const periodId = given?.id ?? (out.latestMonth ? parsePeriodId(out.latestMonth)?.id : undefined);
  // No monthly report to take the latest month from: the JavaScript path reports it.
  if (periodId === undefined) return undefined;
  return printEngineResults(
    opts,
    setup,
    { period: periodId, level: levelName, results: out.results, records: duckDbRecords(out.files) },
    out.names,
    lang,
    io,
  );
}

/** Target, achievement and on-track cells of a result row (empty when no target applies). */
function targetCells(target: IndicatorTargetResult | undefined, lang: Lang): string[] {
  const m = messagesFor(lang);
  const t = target;
  if (t === undefined) return ['', '', ''];
  const on = t.onTrack;
  return [
    fmt(t.value, lang),
    fmt(t.achievement ?? null, lang),
    on === true ? m.yes : on === false ? m.no : '—',
  ];
}

/**
 * `kkb indicators <dir> [--level kampung|kelurahan|kecamatan|kota] [--period <id>] [--indicator <id> …]
 * [--indicators <file>] [--targets <file>] [--json|--csv] [--list] [--explain] [--strict]
 * [--cross-sector-exclusions <codes>] [--zero-denominator zero|missing] [--lang id|en]`.
 *
 * At the kampung level without `--indicator` or `--indicators` it prints CPR, MKJP share, unmet need,
 * poktan participation and the classification of every kampung for a month (default: the latest month
 * with monthly reports; `--period` in DHIS2 form `202012` or `2020-12`), as a table, `--csv` or `--json`
 * ({@link IndicatorsJson}); `--explain` adds each kampung's sub-indicators (with `--json` as structured
 * data, {@link SubIndicatorJson}) and the changes that would lift it one level ({@link nextLevelChanges}).
 * Other levels, `--indicator` and `--indicators` (a city's definitions in JSON or YAML, checked before any
 * data is read) use the indicator engine for any DHIS2 period, as a table, `--json`
 * ({@link IndicatorResultsJson}) or `--csv`. `--list` prints the catalogue with its definitions. Only
 * accepted records are used; those left out (invalid, duplicate, unknown kampung) are counted on standard
 * error, and `--strict` makes that exit 1.
 *
 * @example
 * ```ts
 * await indicatorsCommand(['examples/banjarmasin/data', '--level', 'kota', '--period', '2020Q4', '--json'], processIo());
 * ```
 */
export function indicatorsCommand(args: readonly string[], io: CliIo): Promise<number> {
  return main(['indicators', ...args], io);
}
