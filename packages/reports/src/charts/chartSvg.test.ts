import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { resetSVGDefIds } from 'vega';
import { describe, expect, it } from 'vitest';
import { chartGallery } from '../__fixtures__/allTemplates.js';
import type { ReportCell, ReportChart } from '../reportDocument.js';
import { chartSvg, chartView, clearChartCache, svgOfView } from './chartSvg.js';

const galleryCharts = (lang: 'id' | 'en'): ReportChart[] =>
  chartGallery({ lang })
    .sections.flatMap((s) => s.blocks)
    .filter((b): b is ReportChart => b.kind === 'chart');

const byMark = (lang: 'id' | 'en', mark: ReportChart['mark']): ReportChart => {
  const c = galleryCharts(lang).find((x) => x.mark === mark);
  if (!c) throw new Error(`no ${mark} chart in the gallery`);
  return c;
};

/** The items drawn by the mark groups of a kind (`rect` bars, `symbol` points, `line` lines). */
function markItems(svg: string, kind: 'rect' | 'symbol' | 'line'): number {
  let n = 0;
  // An empty mark group is self-closing (`<g …/>`).
  const re = new RegExp(`<g class="mark-${kind} role-mark[^"]*"[^>]*?(?:/>|>(.*?)</g>)`, 'g');
  for (const m of svg.matchAll(re)) n += (m[1]?.match(/<path /g) ?? []).length;
  return n;
}

/** The axis labels' texts. */
function axisLabels(svg: string): string[] {
  const out: string[] = [];
  for (const m of svg.matchAll(/<g class="mark-text role-axis-label"[^>]*>(.*?)<\/g>/g)) {
    for (const t of (m[1] ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)) out.push(t[1] ?? '');
  }
  return out;
}

const pct = (value: number | null) => ({ kind: 'percent' as const, value, decimals: 1 });

describe('chartSvg', () => {
  it('draws a line chart: one point per value shown, none for the missing month, the target dashed', () => {
    const svg = chartSvg(byMark('id', 'line'), 'id');
    // CPR has 5 of 6 months (March is null), the target all 6.
    expect(markItems(svg, 'symbol')).toBe(11);
    expect(svg).toMatch(/<path[^>]*stroke="#52606d"[^>]*stroke-dasharray="6,4"/);
    expect(axisLabels(svg)).toEqual(expect.arrayContaining(['Jan 2020', 'Mar 2020', 'Jun 2020']));
  });

  it('draws grouped bars without the suppressed count', () => {
    // 4 quarters × 2 series, the first male count suppressed.
    expect(markItems(chartSvg(byMark('en', 'bar'), 'en'), 'rect')).toBe(7);
  });

  it('draws horizontal bars without the hidden value', () => {
    const svg = chartSvg(byMark('en', 'barHorizontal'), 'en');
    expect(markItems(svg, 'rect')).toBe(3);
    // The category is still on the axis, with nothing drawn for it.
    expect(axisLabels(svg)).toContain('Kampung KB Pelambuan');
  });

  it('stacks bars without the missing value and never plots the footer total', () => {
    const svg = chartSvg(byMark('id', 'stackedBar'), 'id');
    expect(markItems(svg, 'rect')).toBe(7);
    expect(axisLabels(svg)).not.toContain('Jumlah');
  });

  it('draws a pyramid back to back: the first series to the left, axis labels without a minus sign', () => {
    const svg = chartSvg(byMark('id', 'pyramid'), 'id');
    expect(markItems(svg, 'rect')).toBe(9);
    const labels = axisLabels(svg);
    expect(labels.some((l) => l.includes('-') || l.includes('−'))).toBe(false);
    expect(labels).toContain('1.000');
    // Male bars (blue) end at x ≤ the centre, female bars (orange) start there.
    const rects = [...svg.matchAll(/<path d="M([\d.]+),[\d.]+h(-?[\d.]+)[^"]*"[^>]*fill="(#[0-9A-F]{6})"/gi)];
    expect(rects).toHaveLength(9);
    const centre = Math.max(
      ...rects.filter((r) => r[3] === '#0072B2').map((r) => Number(r[1]) + Number(r[2])),
    );
    const female = rects.filter((x) => x[3] === '#D55E00');
    expect(female).toHaveLength(5);
    for (const r of female) expect(Number(r[1])).toBeCloseTo(centre, 3);
  });

  it('is an accessible image: role, title and description first, labelled by them, scalable', () => {
    const svg = chartSvg(byMark('en', 'line'), 'en');
    expect(svg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="chart-gallery-line-title chart-gallery-line-desc"[^>]*><title id="chart-gallery-line-title">CPR, January–June 2020<\/title><desc id="chart-gallery-line-desc">CPR rose from 61\.0 %/,
    );
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*style="max-width:100%;height:auto"/);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<script|<foreignObject|href="http/i);
  });

  it('escapes and masks the title and description', () => {
    const c: ReportChart = {
      ...byMark('en', 'bar'),
      id: 'Odd id!',
      title: 'Kampung <b> & "Co"',
      description: 'NIK 6371010101010001 reported',
    };
    const svg = chartSvg(c, 'en');
    expect(svg).toContain('<title id="chart-odd-id--title">Kampung &lt;b&gt; &amp; "Co"</title>');
    expect(svg).not.toContain('6371010101010001');
  });

  it('formats axis numbers per language', () => {
    const chart: ReportChart = {
      kind: 'chart',
      id: 'fmt',
      mark: 'bar',
      title: 'T',
      description: 'D',
      table: {
        kind: 'table',
        columns: [{ title: 'K' }, { title: 'V' }],
        rows: [
          ['a', 1234.5],
          ['b', 2500],
        ],
      },
    };
    expect(axisLabels(chartSvg(chart, 'id'))).toEqual(expect.arrayContaining(['1.000', '2.500']));
    expect(axisLabels(chartSvg(chart, 'en'))).toEqual(expect.arrayContaining(['1,000', '2,500']));
    const small: ReportChart = {
      ...chart,
      table: {
        ...chart.table,
        rows: [
          ['a', pct(0.5)],
          ['b', pct(0.25)],
        ],
      },
    };
    expect(axisLabels(chartSvg(small, 'id'))).toContain('0,1');
    expect(axisLabels(chartSvg(small, 'en'))).toContain('0.1');
  });

  it('gives from the cached spec (same shape, other numbers, any history) exactly the SVG of a spec compiled anew', () => {
    const cellArb: fc.Arbitrary<ReportCell> = fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.constant(null),
      fc.constant({ kind: 'hidden' } as const),
      fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }).map(pct),
    );
    const shapes = galleryCharts('en');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: shapes.length - 1 }),
            fc.array(cellArb, { minLength: 30, maxLength: 30 }),
          ),
          { minLength: 2, maxLength: 4 },
        ),
        (sequence) => {
          for (const [k, cells] of sequence) {
            const base = shapes[k];
            if (!base) throw new Error('no chart');
            let n = 0;
            const chart: ReportChart = {
              ...base,
              table: {
                ...base.table,
                rows: base.table.rows.map((r) => [r[0] ?? null, ...r.slice(1).map(() => cells[n++] ?? null)]),
              },
            };
            const reused = chartSvg(chart, 'en');
            resetSVGDefIds();
            const view = chartView(chart, 'en', true);
            const fresh = svgOfView(view);
            view.finalize();
            expect(reused.slice(reused.indexOf('<rect'))).toBe(fresh.slice(fresh.indexOf('<rect')));
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('gives identical bytes on a second call and after the cache is cleared, and prefixes definition ids', () => {
    for (const c of [...galleryCharts('id'), ...galleryCharts('en')]) {
      const fresh = { ...c, title: `${c.title} (fresh)` };
      const first = chartSvg(fresh, 'id');
      expect(chartSvg(fresh, 'id')).toBe(first);
      clearChartCache();
      expect(chartSvg(fresh, 'id')).toBe(first);
      for (const m of first.matchAll(/ id="([^"]+)"/g)) expect(m[1]).toMatch(/^chart-gallery-/);
    }
  });

  it('renders synchronously exactly what vega’s own view.toSVG() gives', async () => {
    for (const c of galleryCharts('en')) {
      const view = chartView(c, 'en', true);
      resetSVGDefIds();
      const sync = svgOfView(view);
      resetSVGDefIds();
      expect(await view.toSVG()).toBe(sync);
      expect(sync).toMatch(/<\/svg>$/);
      view.finalize();
    }
  });

  it('gives the same bytes under other time zones and locales', () => {
    const here = [...galleryCharts('id')].map((c) => chartSvg(c, 'id'));
    const hereEn = [...galleryCharts('en')].map((c) => chartSvg(c, 'en'));
    const script = fileURLToPath(new URL('./__fixtures__/printChartSvgs.ts', import.meta.url));
    for (const env of [{ TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }]) {
      const out = execFileSync(
        process.execPath,
        ['--conditions=@kampung-kb/source', '--import', 'tsx', script],
        { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      expect(out).toBe(`${[...here, ...hereEn].join('\n')}\n`);
    }
  });

  it('plots exactly the cells with a value, whatever is hidden (property)', () => {
    const cellArb: fc.Arbitrary<ReportCell> = fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.constant(null),
      fc.constant({ kind: 'hidden' } as const),
      fc.constant({ kind: 'suppressed', below: 5 } as const),
      fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }).map(pct),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<ReportChart['mark']>('bar', 'barHorizontal', 'stackedBar', 'pyramid'),
        fc.array(fc.tuple(cellArb, cellArb), { minLength: 1, maxLength: 6 }),
        (mark, rows) => {
          const chart: ReportChart = {
            kind: 'chart',
            id: 'p',
            mark,
            title: 'P',
            description: 'P',
            table: {
              kind: 'table',
              columns: [{ title: 'K' }, { title: 'A' }, { title: 'B' }],
              rows: rows.map((r, i) => [`k${i}`, ...r]),
            },
          };
          const expected = rows
            .flat()
            .filter(
              (c) =>
                typeof c === 'number' ||
                (c !== null && typeof c === 'object' && c.kind === 'percent' && c.value !== null),
            ).length;
          expect(markItems(chartSvg(chart, 'en'), 'rect')).toBe(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
