import { type Lang, maskIdentifiers } from '@kampung-kb/model';
import * as vega from 'vega';
import { parse, resetSVGDefIds, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ReportCell, ReportChart } from '../reportDocument.js';

/**
 * Why vega-lite and vega rather than hand-drawn SVG: the charts need scales with "nice" ticks, axis label
 * placement with overlap removal, legends, grouped, stacked and diverging bars and broken lines. vega (the
 * University of Washington's Interactive Data Lab, BSD-3, released steadily since 2013) does all of it and is
 * the renderer behind many published charts; writing and testing the same by hand would be a second,
 * less-tested charting library in this package. vega-lite states each chart in a few lines; vega renders it
 * to an SVG string without a browser, and the same code runs in a browser.
 *
 * How it stays safe and reproducible:
 * - **No `eval`**: vega compiles expressions to JavaScript functions by default; the spec is parsed with
 *   `{ ast: true }` and evaluated by `vega-interpreter`, so the code runs under a strict Content Security
 *   Policy (no `unsafe-eval`).
 * - **Synchronous**: the data are inline (no loader), `view.run()` computes the scenegraph and vega's
 *   `SVGStringRenderer` writes it; the result equals `await view.toSVG()` (checked by a test).
 * - **Deterministic**: categories are ordinal text in table order (never dates, so no time zone), numbers
 *   are formatted with an explicit locale per language (`1.234,5` / `1,234.5`), text widths are estimated
 *   from the font size (never measured with a canvas), and the ids of SVG definitions restart per chart and
 *   carry the chart's id.
 */
const FONT = 'Helvetica, Arial, sans-serif';
const WIDTH = 480;
const HEIGHT = 220;
/** Bar thickness per category (or per series of a grouped category) on horizontal charts. */
const STEP = 16;
/** Colour-blind-safe series colours (Okabe–Ito, without yellow, which is too light on white). */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000', '#999999'];
/** Target series are drawn dashed in a neutral colour. */
const TARGET_COLOR = '#52606d';
/** Axis numbers: grouped thousands, decimals only when there are any (`1.234,5`, `40`). */
const NUMBER_FORMAT = ',~f';

const NUMBER_LOCALE: Record<Lang, { decimal: string; thousands: string }> = {
  id: { decimal: ',', thousands: '.' },
  en: { decimal: '.', thousands: ',' },
};

/** One plotted value: category and series by position (their text in `c`, `s`). */
interface Datum {
  readonly c: string;
  readonly s: string;
  readonly v: number | null;
  /** A target series (dashed). */
  readonly t: boolean;
}

/** The value a cell plots, or `null` when it must not be plotted (hidden, suppressed, missing, text). */
function plotted(cell: ReportCell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell !== null && typeof cell === 'object' && cell.kind === 'percent') {
    return cell.value !== null && Number.isFinite(cell.value) ? cell.value : null;
  }
  return null;
}

/** Text of a category or series cell, masked; repeated names get ` (2)`, ` (3)` so each keeps its place. */
function uniqueTexts(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((raw) => {
    const t = maskIdentifiers(raw.trim() === '' ? '—' : raw);
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    return n === 1 ? t : `${t} (${n})`;
  });
}

function categoryText(cell: ReportCell | undefined): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (cell.kind === 'level') return cell.label;
  return '—';
}

interface Shape {
  readonly categories: string[];
  readonly series: string[];
  readonly targets: boolean[];
  readonly data: Datum[];
}

/**
 * The chart's table as categories, series and data. Only the body rows are categories: footer rows are
 * totals, which would dwarf the categories they sum (they stay in the table beside the chart).
 */
function shapeOf(chart: ReportChart): Shape {
  const rows = chart.table.rows;
  const categories = uniqueTexts(rows.map((r) => categoryText(r[0])));
  const series = uniqueTexts(chart.table.columns.slice(1).map((c) => c.title));
  const targetSet = new Set(chart.targetSeries ?? []);
  const targets = series.map((_, j) => targetSet.has(j + 1));
  const data: Datum[] = [];
  series.forEach((s, j) => {
    rows.forEach((r, i) => {
      const v = plotted(r[j + 1]);
      // Lines keep a `null` so the line breaks at a missing month; other marks simply omit it.
      if (v !== null || chart.mark === 'line') {
        data.push({ c: categories[i] ?? '', s, v, t: targets[j] ?? false });
      }
    });
  });
  return { categories, series, targets, data };
}

function colorRange(shape: Shape): string[] {
  let k = 0;
  return shape.series.map((_, j) =>
    shape.targets[j] ? TARGET_COLOR : (PALETTE[k++ % PALETTE.length] ?? TARGET_COLOR),
  );
}

/** The colour of each series (targets in their own colour) and, with several series, a legend below. */
function colorEncoding(shape: Shape) {
  return {
    field: 's',
    type: 'nominal' as const,
    title: null,
    scale: { domain: shape.series, range: colorRange(shape) },
    sort: shape.series,
    legend: shape.series.length > 1 ? { orient: 'bottom' as const, columns: 3, labelLimit: 200 } : null,
  };
}

/** The value axis. */
function valueEncoding(title: string | undefined, extra: Record<string, unknown> = {}) {
  return {
    field: 'v',
    type: 'quantitative' as const,
    title: title ?? null,
    axis: { format: NUMBER_FORMAT, ...extra },
  };
}

/** The category axis, its categories in the given order. */
function categoryEncoding(title: string | undefined, domain: string[], extra: Record<string, unknown> = {}) {
  return {
    field: 'c',
    type: 'ordinal' as const,
    title: title ?? null,
    scale: { domain },
    sort: domain,
    axis: extra,
  };
}

/** Slanted category labels under a vertical chart. */
function verticalLabels() {
  return { labelAngle: -40, labelAlign: 'right' as const, labelLimit: 120 };
}

/** What every chart's spec shares: the schema, the data's name (`table`) and the look. */
function commonSpec() {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { name: 'table' },
    config: {
      aria: false,
      font: FONT,
      background: '#ffffff',
      view: { stroke: null },
      axis: { labelFontSize: 11, titleFontSize: 12, labelColor: '#1f2933', titleColor: '#1f2933' },
      legend: { labelFontSize: 11, titleFontSize: 12, labelColor: '#1f2933', symbolStrokeWidth: 2 },
    },
  };
}

/** The vega-lite spec of a chart, without its data (the data are named `table`). */
function liteSpec(chart: ReportChart, shape: Shape): TopLevelSpec {
  switch (chart.mark) {
    case 'line':
      return lineSpec(chart, shape);
    case 'bar':
      return barSpec(chart, shape);
    case 'stackedBar':
      return stackedBarSpec(chart, shape);
    case 'pyramid':
      return shape.series.length === 2 ? pyramidSpec(chart, shape) : horizontal(chart, shape);
    case 'barHorizontal':
      return horizontal(chart, shape);
  }
}

/** Lines with points, a target series dashed; a missing month breaks the line. */
function lineSpec(chart: ReportChart, shape: Shape): TopLevelSpec {
  return {
    ...commonSpec(),
    width: WIDTH,
    height: HEIGHT,
    mark: { type: 'line', point: true, strokeWidth: 2, invalid: 'break-paths-show-domains' },
    encoding: {
      x: categoryEncoding(chart.xTitle, shape.categories, verticalLabels()),
      y: valueEncoding(chart.yTitle),
      color: colorEncoding(shape),
      strokeDash: {
        field: 't',
        type: 'nominal',
        scale: {
          domain: [false, true],
          range: [
            [1, 0],
            [6, 4],
          ],
        },
        legend: null,
      },
    },
  } as TopLevelSpec;
}

/** Vertical bars, several series side by side. */
function barSpec(chart: ReportChart, shape: Shape): TopLevelSpec {
  return {
    ...commonSpec(),
    width: WIDTH,
    height: HEIGHT,
    mark: { type: 'bar' },
    encoding: {
      x: categoryEncoding(chart.xTitle, shape.categories, verticalLabels()),
      y: valueEncoding(chart.yTitle),
      color: colorEncoding(shape),
      ...(shape.series.length > 1
        ? {
            xOffset: { field: 's', type: 'nominal', sort: shape.series, scale: { domain: shape.series } },
          }
        : {}),
    },
  } as TopLevelSpec;
}

/** Vertical bars stacked in the series' order. */
function stackedBarSpec(chart: ReportChart, shape: Shape): TopLevelSpec {
  return {
    ...commonSpec(),
    width: WIDTH,
    height: HEIGHT,
    mark: { type: 'bar' },
    encoding: {
      x: categoryEncoding(chart.xTitle, shape.categories, verticalLabels()),
      y: { ...valueEncoding(chart.yTitle), stack: 'zero' },
      color: colorEncoding(shape),
      order: { field: 'o', type: 'quantitative' },
    },
    transform: [{ calculate: `indexof(${JSON.stringify(shape.series)}, datum.s)`, as: 'o' }],
  } as TopLevelSpec;
}

/** A population pyramid of two series: the first to the left, the second to the right. */
function pyramidSpec(chart: ReportChart, shape: Shape): TopLevelSpec {
  const left = shape.series[0] ?? '';
  return {
    ...commonSpec(),
    width: WIDTH,
    height: { step: STEP },
    mark: { type: 'bar' },
    transform: [{ calculate: `datum.s === ${JSON.stringify(left)} ? -datum.v : datum.v`, as: 'x' }],
    encoding: {
      // The first row at the bottom: age bands in table order (youngest first) read upwards.
      y: categoryEncoding(chart.xTitle, [...shape.categories].reverse(), { labelLimit: 160 }),
      x: {
        field: 'x',
        type: 'quantitative',
        title: chart.yTitle ?? null,
        axis: { labelExpr: `format(abs(datum.value), '${NUMBER_FORMAT}')` },
      },
      color: colorEncoding(shape),
    },
  } as TopLevelSpec;
}

/** Horizontal bars, several series side by side. */
function horizontal(chart: ReportChart, shape: Shape): TopLevelSpec {
  return {
    ...commonSpec(),
    width: WIDTH,
    height: { step: STEP },
    mark: { type: 'bar' },
    encoding: {
      y: categoryEncoding(chart.xTitle, shape.categories, { labelLimit: 180 }),
      x: valueEncoding(chart.yTitle),
      color: colorEncoding(shape),
      ...(shape.series.length > 1
        ? { yOffset: { field: 's', type: 'nominal', sort: shape.series, scale: { domain: shape.series } } }
        : {}),
    },
  } as TopLevelSpec;
}

/** vega-scenegraph exports that vega re-exports but its typings omit. */
interface SvgStringRenderer {
  initialize(
    el: null,
    width: number,
    height: number,
    origin: readonly [number, number],
    scale: number,
  ): SvgStringRenderer;
  background(color: unknown): SvgStringRenderer;
  render(scene: unknown): SvgStringRenderer;
  svg(): string;
}
const { SVGStringRenderer, textMetrics } = vega as unknown as {
  readonly SVGStringRenderer: new (loader: unknown) => SvgStringRenderer;
  readonly textMetrics: { width: unknown; readonly estimateWidth: unknown };
};

/** The fields of a vega View that size its renderer (set by `run()`; what `view.toSVG()` reads). */
interface ViewGeometry {
  readonly _viewWidth: number;
  readonly _viewHeight: number;
  readonly _origin: readonly [number, number];
}

/** The view rendered to an SVG string, synchronously: what `await view.toSVG()` returns (internal, for tests). */
export function svgOfView(view: View): string {
  const pad = view.padding() as { top: number; bottom: number; left: number; right: number };
  const g = view as unknown as ViewGeometry;
  const renderer = new SVGStringRenderer(view.loader());
  renderer.initialize(
    null,
    Math.max(0, g._viewWidth + pad.left + pad.right),
    Math.max(0, g._viewHeight + pad.top + pad.bottom),
    [pad.left + g._origin[0], pad.top + g._origin[1]],
    1,
  );
  renderer.background(view.background());
  renderer.render((view.scenegraph() as unknown as { root: unknown }).root);
  return renderer.svg();
}

type Runtime = ReturnType<typeof parse>;

/**
 * Parsed vega specs by vega-lite spec (mark, categories, series, axis titles), most recently used last.
 * Compiling vega-lite and parsing the vega spec cost about half of a chart; charts of one shape (the same
 * trend for every kampung) share them and differ only in their data. (Reusing a whole View with new data
 * would save more, but vega then keeps some axis state from the previous data: a test caught it.)
 */
const runtimes = new Map<string, Runtime>();
const RUNTIME_LIMIT = 128;

/** Drops every cached spec (tests compare a cached spec's SVG with a fresh one's). */
export function clearChartCache(): void {
  runtimes.clear();
}

function runtimeOf(spec: TopLevelSpec, fresh: boolean): Runtime {
  if (fresh) return parse(compile(spec).spec, undefined, { ast: true });
  const key = JSON.stringify(spec);
  let runtime = runtimes.get(key);
  if (runtime) {
    runtimes.delete(key);
  } else {
    runtime = parse(compile(spec).spec, undefined, { ast: true });
    if (runtimes.size >= RUNTIME_LIMIT) {
      const oldest = runtimes.keys().next().value;
      if (oldest !== undefined) runtimes.delete(oldest);
    }
  }
  runtimes.set(key, runtime);
  return runtime;
}

/**
 * The chart as a vega View with its data, run (`fresh`: compiled and parsed anew rather than from the cache;
 * for tests).
 */
export function chartView(chart: ReportChart, lang: Lang, fresh = false): View {
  const shape = shapeOf(chart);
  // Text widths from the font size, never from a canvas: the same layout in Node and in every browser.
  textMetrics.width = textMetrics.estimateWidth;
  const view = new View(runtimeOf(liteSpec(chart, shape), fresh), {
    renderer: 'none',
    expr: expressionInterpreter,
    locale: { number: { ...NUMBER_LOCALE[lang], grouping: [3], currency: ['Rp', ''] } },
  } as unknown as ConstructorParameters<typeof View>[1]);
  view.logLevel(1); // errors only: a chart with nothing to plot is not worth a warning
  return view.insert('table', shape.data).run();
}

/** Escapes text for SVG element content. */
function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A safe token from a chart id for the SVG's element ids. */
function idToken(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/**
 * A chart as a self-contained SVG string: vega-lite compiled by vega and rendered by vega's SVG string
 * renderer, synchronously, without a browser and without `eval` (so it also runs under a strict Content
 * Security Policy). The SVG is `role="img"` with the chart's title and text alternative as `<title>` and
 * `<desc>` (its first children, named by `aria-labelledby`); it has a `viewBox` and scales down to its
 * container (`max-width:100%; height:auto`).
 *
 * What is plotted: the table's first column is the category (ordinal, in table order),
 * every further column a series (footer rows, the totals, are not plotted); only numbers and percentages with a value are plotted, never a hidden or
 * suppressed cell or `null` (a line breaks there). Axis numbers are formatted per language (`1.234,5` in
 * Indonesian, `1,234.5` in English). A `pyramid` needs exactly two series (the first drawn to the left, the
 * first row at the bottom); with another number of series it is drawn as horizontal grouped bars.
 *
 * The same chart and language always give the same bytes, whatever the time zone or locale of the
 * machine. Parsed specs are cached by shape (mark, categories, series, axis titles), so charts that differ
 * only in their numbers (one per kampung) are compiled once; the SVG is the same as from a spec compiled anew
 * (checked by a test).
 *
 * @example
 * ```ts
 * const svg = chartSvg({
 *   kind: 'chart', id: 'trend-cpr', mark: 'line', title: 'CPR 2020', description: 'CPR rose from 61.0 % to 66.4 %.',
 *   yTitle: 'CPR (%)', unit: 'percent',
 *   table: { kind: 'table', columns: [{ title: 'Month' }, { title: 'CPR' }],
 *     rows: [['Jan 2020', { kind: 'percent', value: 61 }], ['Feb 2020', { kind: 'percent', value: 66.4 }]] },
 * }, 'en');
 * // '<svg xmlns="http://www.w3.org/2000/svg" … role="img" aria-labelledby="chart-trend-cpr-title chart-trend-cpr-desc" …><title …>CPR 2020</title><desc …>…'
 * ```
 */
export function chartSvg(chart: ReportChart, lang: Lang): string {
  const view = chartView(chart, lang);
  resetSVGDefIds();
  const raw = svgOfView(view);
  view.finalize();
  const id = `chart-${idToken(chart.id)}`;
  const title = escapeXml(maskIdentifiers(chart.title));
  const desc = escapeXml(maskIdentifiers(chart.description));
  return (
    raw
      // Definitions (clip paths, gradients) restart at 1 per chart: prefix them so charts on one page never clash.
      .replace(/(id="|url\(#)((?:clip|gradient|pattern)\d+)/g, `$1${id}-$2`)
      .replace(
        /^<svg ([^>]*?) class="marks"([^>]*)>/,
        `<svg $1 class="chart"$2 role="img" aria-labelledby="${id}-title ${id}-desc" style="max-width:100%;height:auto">` +
          `<title id="${id}-title">${title}</title><desc id="${id}-desc">${desc}</desc>`,
      )
  );
}
