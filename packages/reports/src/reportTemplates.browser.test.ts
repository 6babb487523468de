import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allTemplateDocuments, chartGallery } from './__fixtures__/allTemplates.js';
import { chromiumForTests, type WatchedPage } from './__fixtures__/chromiumForTests.js';
import { renderHtml } from './renderHtml.js';
import type { ReportChart } from './reportDocument.js';

const WIDTHS = [1280, 390] as const;
/** Where the screenshots go, for a person to look at: `out/screenshots/` at the repository root. */
const SCREENSHOTS = fileURLToPath(new URL('../../../out/screenshots/', import.meta.url));
/** Documents photographed (in Indonesian, not public, at both widths), when the list has them. */
const PHOTOGRAPHED = new Set(['city-recap', 'kampung-profile', 'monthly-kampung']);

const chromium = chromiumForTests('kkb-reports-templates-', () =>
  mkdirSync(SCREENSHOTS, { recursive: true }),
);
const { dir } = chromium;

/** Opens a URL at a width, recording console errors and warnings, page errors and every request but `url`. */
function open(url: string, width: number): Promise<WatchedPage> {
  return chromium.open(url, width, (u) => u === url);
}

/** Elements (outside SVG drawings) that stick out of the viewport sideways, described for the failure. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const w = window.innerWidth;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > w + 0.5 || r.left < -0.5) {
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
    }
    return out;
  });
}

interface FigureCheck {
  readonly figures: number;
  readonly missing: string[];
}

/** Every chart figure: an SVG with a non-empty title and a data table. */
function checkFigures(page: Page): Promise<FigureCheck> {
  return page.evaluate(() => {
    const missing: string[] = [];
    const figures = Array.from(document.querySelectorAll('figure.chart'));
    for (const f of figures) {
      const svg = f.querySelector('svg[role="img"]');
      const title = svg?.querySelector(':scope > title')?.textContent?.trim() ?? '';
      const table = f.querySelector('table');
      if (!svg || title === '' || !table || table.querySelectorAll('tbody tr').length === 0) {
        missing.push(f.id);
      }
    }
    return { figures: figures.length, missing };
  });
}

const CASES = (['id', 'en'] as const).flatMap((lang) => [false, true].map((pub) => ({ lang, pub })));
const DOCS = await Promise.all(
  CASES.map(async (c) => ({ ...c, docs: await allTemplateDocuments({ lang: c.lang, public: c.pub }) })),
);

describe('every template in headless Chromium, at 1280 and 390 px', () => {
  for (const { lang, pub, docs } of DOCS) {
    for (const { name, doc } of docs) {
      it(`${name} (${lang}${pub ? ', public' : ''}): no error, no request, no sideways scroll, charts with title and table`, async () => {
        const file = join(dir, `${name}-${lang}${pub ? '-public' : ''}.html`);
        writeFileSync(file, renderHtml(doc));
        const charts = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart').length;
        for (const width of WIDTHS) {
          const { page, problems, requests } = await open(pathToFileURL(file).href, width);
          expect(problems).toEqual([]);
          expect(requests).toEqual([]);
          const figures = await checkFigures(page);
          expect(figures).toEqual({ figures: charts, missing: [] });
          if (width === 390) {
            const { scrollWidth, innerWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
            }));
            expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
            expect(await overflowing(page)).toEqual([]);
          }
          if (lang === 'id' && !pub && PHOTOGRAPHED.has(name)) {
            const png = join(SCREENSHOTS, `${name}-id-${width}.png`);
            await page.screenshot({ path: png, fullPage: true });
            expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
          }
          await page.close();
        }
      });
    }
  }
});

describe('charts under a strict Content Security Policy', () => {
  it('the HTML report with its inline SVG charts breaks no rule of a CSP without scripts', async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
    const html = renderHtml(chartGallery({ lang: 'en' })).replace(
      '<meta charset="utf-8">',
      `<meta charset="utf-8">\n${csp}`,
    );
    expect(html).toContain(csp);
    const file = join(dir, 'gallery-csp.html');
    writeFileSync(file, html);
    const { page, problems, requests } = await open(pathToFileURL(file).href, 1280);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect((await checkFigures(page)).missing).toEqual([]);
    await page.close();
  });

  it('chartSvg bundled for the browser runs under script-src self, without unsafe-eval, giving the same SVG', async () => {
    const bundle = await build({
      stdin: {
        contents: "import { chartSvg } from './charts/chartSvg.ts'; globalThis.kkbChartSvg = chartSvg;",
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      conditions: ['@kampung-kb/source'],
      logLevel: 'silent',
    });
    const js = bundle.outputFiles[0]?.text ?? '';
    const charts = chartGallery({ lang: 'id' })
      .sections.flatMap((s) => s.blocks)
      .filter((b): b is ReportChart => b.kind === 'chart');
    const origin = 'http://kkb.test';
    const page0 = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'unsafe-inline'"><script src="/chart.js"></script><script src="/run.js"></script></head><body></body></html>`;
    const run = `document.addEventListener('DOMContentLoaded', () => { const charts = ${JSON.stringify(charts)}; document.body.innerHTML = charts.map((c) => window.kkbChartSvg(c, 'id')).join(''); window.kkbSvgs = charts.map((c) => window.kkbChartSvg(c, 'id')); });`;
    const { page, problems } = await chromium.watch(1280, (u) => u.startsWith(`${origin}/`));
    await page.route(`${origin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const body = path === '/' ? page0 : path === '/chart.js' ? js : path === '/run.js' ? run : undefined;
      if (body === undefined) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({
        status: 200,
        body,
        contentType: path === '/' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8',
      });
    });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    expect(problems).toEqual([]);
    const svgs = await page.evaluate(() => (window as unknown as { kkbSvgs?: string[] }).kkbSvgs ?? []);
    expect(svgs).toHaveLength(charts.length);
    // Same layout as in Node: text widths are estimated from the font size in both, never measured.
    const { chartSvg } = await import('./charts/chartSvg.js');
    expect(svgs).toEqual(charts.map((c) => chartSvg(c, 'id')));
    expect(await page.locator('svg[role="img"]').count()).toBe(charts.length);
    await page.close();
  }, 120_000);
});
