import { existsSync } from 'node:fs';
import type { Lang } from '@kampung-kb/model';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from './chromiumLaunch.js';

export { DEFAULT_CHROMIUM } from './chromiumLaunch.js';

const FOOTER_TEXT: Readonly<Record<Lang, { page: string; of: string }>> = {
  id: { page: 'Halaman', of: 'dari' },
  en: { page: 'Page', of: 'of' },
};

/** Renders HTML reports to PDF with one browser; {@link PdfRenderer.close} when done. */
export interface PdfRenderer {
  /** A4 PDF of a self-contained HTML page, page numbers in the footer; every network request is refused. */
  render(html: string, lang: Lang): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Why a PDF renderer could not be opened: no file at the path, or Chromium would not start. */
export type PdfRendererOpened =
  | { readonly ok: true; readonly renderer: PdfRenderer }
  | {
      readonly ok: false;
      readonly reason: 'missing' | 'launch';
      readonly path: string;
      readonly detail: string;
    };

/**
 * The Chromium executable to use: `--chromium <path>`, else the environment variable `KKB_CHROMIUM`, else
 * {@link DEFAULT_CHROMIUM}.
 */
export function chromiumPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option ?? (env['KKB_CHROMIUM'] || undefined) ?? DEFAULT_CHROMIUM;
}

function footerTemplate(lang: Lang): string {
  const t = FOOTER_TEXT[lang];
  return (
    '<div style="font-size:8pt;width:100%;text-align:center;color:#444;font-family:sans-serif;">' +
    `${t.page} <span class="pageNumber"></span> ${t.of} <span class="totalPages"></span></div>`
  );
}

/**
 * Opens the system Chromium (through playwright-core, never a downloaded browser) to print HTML reports
 * to PDF: A4, backgrounds printed, `Halaman X dari Y` / `Page X of Y` at the foot of every page. The page
 * runs without JavaScript and every request that is not `data:` or `file:` is aborted, so a report can
 * fetch nothing. One browser serves every file of a run.
 *
 * @example
 * ```ts
 * const opened = await openPdfRenderer('/usr/bin/chromium');
 * if (opened.ok) {
 *   const pdf = await opened.renderer.render('<!doctype html><p>Halo</p>', 'id');
 *   await opened.renderer.close();
 * }
 * ```
 */
export async function openPdfRenderer(executablePath: string): Promise<PdfRendererOpened> {
  if (!existsSync(executablePath)) {
    return { ok: false, reason: 'missing', path: executablePath, detail: '' };
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
    return { ok: false, reason: 'launch', path: executablePath, detail };
  }
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith('data:') || url.startsWith('file:') ? route.continue() : route.abort();
  });
  return {
    ok: true,
    renderer: {
      async render(html, lang) {
        const page = await context.newPage();
        try {
          await page.setContent(html, { waitUntil: 'load' });
          await page.emulateMedia({ media: 'print' });
          const pdf = await page.pdf({
            format: 'A4',
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: '<div></div>',
            footerTemplate: footerTemplate(lang),
            margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
          });
          return new Uint8Array(pdf);
        } finally {
          await page.close();
        }
      },
      async close() {
        await context.close();
        await browser.close();
      },
    },
  };
}
