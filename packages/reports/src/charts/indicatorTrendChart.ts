import {
  change,
  computeIndicators,
  computeKampungIndicators,
  defaultIndicatorCatalogue,
  type IndicatorDefinition,
  type IndicatorResult,
} from '@kampung-kb/indicators';
import {
  compareMonths,
  type Dataset,
  type Lang,
  monthRange,
  monthToDhis2,
  parseMonth,
  shiftMonth,
} from '@kampung-kb/model';
import { formatFixed, formatNumber } from '../internal/formatCell.js';
import { INDICATOR_CELLS, kampungDisclosure } from '../internal/kampungDisclosure.js';
import { t } from '../internal/texts.js';
import { trendText } from '../internal/trendChartTexts.js';
import { monthLabel } from '../monthLabel.js';
import { type ReportContext, smallCellThreshold } from '../reportContext.js';
import type { ReportCell, ReportChart } from '../reportDocument.js';

/** The three indicators of the trend, as the catalogue names them, and the figures each is computed from. */
const TREND_INDICATORS = [
  { id: 'cpr-portal', key: 'cpr', text: 'cpr' },
  { id: 'mkjp-share', key: 'mkjpShare', text: 'mkjp' },
  { id: 'unmet-need', key: 'unmetNeed', text: 'unmetNeed' },
] as const;

/** How many months a trend covers, ending at the report's month. */
const TREND_MONTHS = 12;

/** One org unit's trend: each indicator's engine result per month and whether a public report hides it. */
export interface IndicatorTrendUnit {
  /** The kampung's name, or the city's code. */
  readonly name: string;
  /** The first month of the trend with data for this unit (a monthly report), `undefined` when none. */
  readonly firstMonth: string | undefined;
  /** Per indicator (`cpr-portal`, `mkjp-share`, `unmet-need`), per month of {@link IndicatorTrends.months}. */
  readonly results: ReadonlyMap<string, readonly (IndicatorResult | undefined)[]>;
  /** Per indicator, per month: hidden in a public report. All `false` when the context is not public. */
  readonly hidden: ReadonlyMap<string, readonly boolean[]>;
}

/**
 * The trends of every kampung and of the city, computed once ({@link indicatorTrends}) so that one
 * report run can draw the chart of many kampung ({@link indicatorTrendChart}) without running the engine
 * again per kampung.
 */
export interface IndicatorTrends {
  /** The report's month (`YYYY-MM`). */
  readonly period: string;
  /** The months of the trend, oldest first, ending at `period` (at most 12; fewer when data start later). */
  readonly months: readonly string[];
  /** The city's region code (the programme's, or the only regency of the data), `undefined` when unknown. */
  readonly cityCode: string | undefined;
  /** By kampung id, and the city under the key `city`. */
  readonly units: ReadonlyMap<string, IndicatorTrendUnit>;
}

/**
 * Which trend to draw: a kampung's, or the city's.
 *
 * @example
 * ```ts
 * const scope: IndicatorTrendScope = { kampungId: 'sungai-andai' };
 * ```
 */
export type IndicatorTrendScope = { readonly kampungId: string } | { readonly city: true };

const CITY = 'city';

function definitions(): IndicatorDefinition[] {
  return TREND_INDICATORS.map((x) => {
    const d = defaultIndicatorCatalogue.find((c) => c.id === x.id);
    if (!d) throw new Error(`indicator ${x.id} missing from the default catalogue`);
    return d;
  });
}

/**
 * Computes the 12-month trend of CPR (`cpr-portal`), MKJP share (`mkjp-share`) and unmet need
 * (`unmet-need`) of every kampung and of the city, ending at `period`: ONE run of the indicators engine
 * ({@link computeIndicators}, kampung and regency levels, with `ctx.targets`) over all months, so time and
 * memory are linear in the kampung. The trend starts at the first month with a monthly report when that is
 * later than 12 months back. In a public context each kampung-month is also put through the disclosure of
 * that month's public monthly report (one `computeKampungIndicators` per month, for all kampung): a value
 * is hidden when that report hides it, the city's value when any kampung's figures behind it are hidden.
 *
 * @example
 * ```ts
 * const trends = indicatorTrends({ dataset, period: '2020-12' }, { lang: 'en', public: true });
 * trends.months; // ['2020-01', …, '2020-12']
 * ```
 */
export function indicatorTrends(
  input: { readonly dataset: Dataset; readonly period: string },
  ctx: ReportContext,
): IndicatorTrends {
  const { dataset, period } = input;
  const firstByKampung = new Map<string, string>();
  let first: string | undefined;
  for (const r of dataset.monthly) {
    if (compareMonths(r.period, period) > 0) continue;
    const f = firstByKampung.get(r.kampungId);
    if (f === undefined || compareMonths(r.period, f) < 0) firstByKampung.set(r.kampungId, r.period);
    if (first === undefined || compareMonths(r.period, first) < 0) first = r.period;
  }
  const units = new Map<string, IndicatorTrendUnit>();
  if (first === undefined || parseMonth(period) === undefined) {
    return { period, months: [], cityCode: undefined, units };
  }
  const start = first;
  const months = monthRange(shiftMonth(period, 1 - TREND_MONTHS), period).filter(
    (m) => compareMonths(m, start) >= 0,
  );
  const index = new Map(months.map((m, i) => [monthToDhis2(m as never), i]));

  const rows = computeIndicators(dataset, {
    indicators: definitions(),
    level: ['kampung', 'regency'],
    periods: months,
    ...(ctx.targets ? { targets: ctx.targets } : {}),
  });
  const regencies = new Set(rows.filter((r) => r.level === 'regency').map((r) => r.orgUnit));
  const programmeCity = ctx.programme?.city.code;
  const cityCode =
    programmeCity !== undefined && regencies.has(programmeCity)
      ? programmeCity
      : regencies.size === 1
        ? [...regencies][0]
        : undefined;

  const names = new Map(dataset.kampung.map((k) => [k.id, k.name]));
  const unitOf = (key: string, name: string, firstMonth: string | undefined) => {
    let u = units.get(key);
    if (!u) {
      u = {
        name,
        firstMonth,
        results: new Map(TREND_INDICATORS.map((x) => [x.id, months.map(() => undefined)])),
        hidden: new Map(TREND_INDICATORS.map((x) => [x.id, months.map(() => false)])),
      };
      units.set(key, u);
    }
    return u;
  };
  for (const r of rows) {
    const i = index.get(r.period);
    if (i === undefined) continue;
    let u: IndicatorTrendUnit | undefined;
    if (r.level === 'kampung') {
      u = unitOf(r.orgUnit, names.get(r.orgUnit) ?? r.orgUnit, firstByKampung.get(r.orgUnit));
    } else if (r.orgUnit === cityCode) u = unitOf(CITY, cityCode, start);
    const list = u?.results.get(r.indicatorId) as (IndicatorResult | undefined)[] | undefined;
    if (list) list[i] = r;
  }

  const threshold = smallCellThreshold(ctx);
  if (threshold !== undefined) hidePublic(dataset, months, cityCode, threshold, units);
  return { period, months, cityCode, units };
}

/** Marks the kampung-months a public monthly report hides, and the city months that pool a hidden figure. */
function hidePublic(
  dataset: Dataset,
  months: readonly string[],
  cityCode: string | undefined,
  threshold: number,
  units: ReadonlyMap<string, IndicatorTrendUnit>,
): void {
  const reports = new Map(dataset.monthly.map((m) => [`${m.kampungId}|${m.period}`, m]));
  const city = units.get(CITY);
  months.forEach((month, i) => {
    for (const k of computeKampungIndicators(dataset, month)) {
      const show = kampungDisclosure(k, reports.get(`${k.kampungId}|${month}`), threshold);
      const inCity = cityCode !== undefined && k.regionCode.startsWith(`${cityCode}.`);
      for (const x of TREND_INDICATORS) {
        if (!show.hides(...INDICATOR_CELLS[x.key])) continue;
        const own = units.get(k.kampungId)?.hidden.get(x.id) as boolean[] | undefined;
        if (own) own[i] = true;
        const v = k.indicators[x.key];
        // As the recap's pooled row: a kampung counts in the city value when it has both figures.
        if (city && inCity && v.numerator !== null && v.denominator !== null) {
          (city.hidden.get(x.id) as boolean[])[i] = true;
        }
      }
    }
  });
}

function percentText(value: number, decimals: number, lang: Lang): string {
  return `${formatFixed(value, lang, decimals)} %`;
}

function signed(value: number, decimals: number, lang: Lang): string {
  const s = formatFixed(Math.abs(value), lang, decimals);
  return value > 0 ? `+${s}` : value < 0 ? `−${s}` : s;
}

/**
 * The line chart of one kampung's or the city's 12-month trend of CPR, MKJP share and unmet need
 * ({@link indicatorTrends}), each as a percentage with its catalogue `decimals`; a dashed target series per
 * indicator that has a target (`ctx.targets`, matched by the engine's target lookup: the kampung, its
 * kelurahan, kecamatan, city, province, national) in one of the months' years; a description giving each
 * indicator's first and last shown value, the change and how the last compares with its target, in the
 * context's language. Months hidden in a public report are `hidden` cells (never plotted). `undefined`
 * when the unit has no month with data.
 *
 * @example
 * ```ts
 * const trends = indicatorTrends({ dataset, period: '2020-12' }, ctx);
 * const charts = dataset.kampung.map((k) => indicatorTrendChart(trends, { kampungId: k.id }, ctx));
 * const city = indicatorTrendChart(trends, { city: true }, ctx, { id: 'city-trend' });
 * ```
 */
export function indicatorTrendChart(
  trends: IndicatorTrends,
  scope: IndicatorTrendScope,
  ctx: ReportContext,
  options: { readonly id?: string } = {},
): ReportChart | undefined {
  const lang = ctx.lang;
  const key = 'kampungId' in scope ? scope.kampungId : CITY;
  const unit = trends.units.get(key);
  if (!unit || unit.firstMonth === undefined) return undefined;
  const from = unit.firstMonth;
  const shown = trends.months.map((m, i) => ({ m, i })).filter(({ m }) => compareMonths(m, from) >= 0);
  if (shown.length === 0) return undefined;
  const defs = definitions();

  const series = TREND_INDICATORS.map((x, s) => {
    const decimals = (defs[s] as IndicatorDefinition).decimals ?? 1;
    const results = unit.results.get(x.id) ?? [];
    const hidden = unit.hidden.get(x.id) ?? [];
    const cells: ReportCell[] = shown.map(({ i }) =>
      hidden[i] ? { kind: 'hidden' } : { kind: 'percent', value: results[i]?.value ?? null, decimals },
    );
    const targets = shown.map(({ i }) => results[i]?.target);
    return { x, decimals, results, hidden, cells, targets, name: t(x.text, lang) };
  });
  const withTarget = series.filter((s) => s.targets.some((tg) => tg !== undefined));

  const columns = [
    { title: trendText('month', lang), align: 'left' as const },
    ...series.map((s) => ({ title: s.name, align: 'right' as const })),
    ...withTarget.map((s) => ({
      title: trendText('target', lang, { name: s.name }),
      align: 'right' as const,
    })),
  ];
  const rows: ReportCell[][] = shown.map(({ m }, r) => [
    monthLabel(m, lang),
    ...series.map((s) => s.cells[r] as ReportCell),
    ...withTarget.map((s): ReportCell => {
      const tg = s.targets[r];
      return { kind: 'percent', value: tg?.value ?? null, decimals: s.decimals };
    }),
  ]);

  const sentences = series.map((s) => describe(s, shown, lang));
  const anyHidden = series.some((s) => shown.some(({ i }) => s.hidden[i]));
  const description = `${sentences.join('; ')}.${anyHidden ? ` ${trendText('hiddenNote', lang)}` : ''}`;
  const scopeName = key === CITY ? (ctx.programme?.city.name ?? trendText('city', lang)) : unit.name;
  return {
    kind: 'chart',
    id: options.id ?? 'indicator-trend',
    mark: 'line',
    title: trendText('title', lang, { scope: scopeName }),
    description,
    xTitle: trendText('month', lang),
    yTitle: trendText('yTitle', lang),
    unit: 'percent',
    ...(withTarget.length > 0 ? { targetSeries: withTarget.map((_, k) => 1 + series.length + k) } : {}),
    table: {
      kind: 'table',
      id: `${options.id ?? 'indicator-trend'}-data`,
      columns,
      rows,
    },
  };
}

/** One indicator's sentence: first and last shown value, the change, and the last against its target. */
function describe(
  s: {
    readonly decimals: number;
    readonly results: readonly (IndicatorResult | undefined)[];
    readonly hidden: readonly boolean[];
    readonly name: string;
  },
  shown: readonly { readonly m: string; readonly i: number }[],
  lang: Lang,
): string {
  const visible = shown.filter(({ i }) => !s.hidden[i] && (s.results[i]?.value ?? null) !== null);
  const a = visible[0];
  const b = visible[visible.length - 1];
  if (!a || !b) return trendText('noValue', lang, { name: s.name });
  const first = s.results[a.i] as IndicatorResult;
  const last = s.results[b.i] as IndicatorResult;
  const lastText = percentText(last.value as number, s.decimals, lang);
  let text =
    a === b
      ? trendText('single', lang, { name: s.name, last: lastText, to: monthLabel(b.m, lang) })
      : trendText('series', lang, {
          name: s.name,
          first: percentText(first.value as number, s.decimals, lang),
          from: monthLabel(a.m, lang),
          last: lastText,
          to: monthLabel(b.m, lang),
          change: signed(change(last.value, first.value).absolute ?? 0, s.decimals, lang),
        });
  const tg = last.target;
  if (tg) {
    const status = tg.onTrack === null ? '' : ` (${trendText(tg.onTrack ? 'onTrack' : 'offTrack', lang)})`;
    text += `, ${trendText('vsTarget', lang, {
      year: tg.year,
      target: percentText(tg.value, s.decimals, lang),
      achievement: tg.achievement === null ? '—' : `${formatNumber(tg.achievement, lang)} %`,
    })}${status}`;
  }
  return text;
}
