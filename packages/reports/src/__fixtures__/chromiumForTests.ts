import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
// The one home of Chromium's path and switches, shared with the CLI's PDF renderer.
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../../../cli/src/internal/chromiumLaunch.js';

/** A page of the test browser and what it reported since it was opened. */
export interface WatchedPage {
  readonly page: Page;
  /** Console errors and warnings (`error: …`, `warning: …`) and page errors (`pageerror: …`). */
  readonly problems: string[];
  /** Every request the page made that `ownRequest` did not accept. */
  readonly requests: string[];
}

/** The headless Chromium of one browser test file (see {@link chromiumForTests}). */
export interface TestChromium {
  /** A temporary directory for the file's HTML and screenshots, removed after the tests. */
  readonly dir: string;
  /** A new page `width` × 900 pixels recording its problems and the requests `ownRequest` rejects. */
  watch(width: number, ownRequest: (url: string) => boolean): Promise<WatchedPage>;
  /** {@link TestChromium.watch}, then loads `url` and waits for its `load` event. */
  open(url: string, width: number, ownRequest: (url: string) => boolean): Promise<WatchedPage>;
}

/**
 * Starts Debian's Chromium (`DEFAULT_CHROMIUM`, with the SDK's `CHROMIUM_ARGS`; never a downloaded
 * browser) before the test file's tests and closes it after them; a missing Chromium fails the tests.
 * `beforeLaunch` runs first (e.g. to make a screenshot folder). Call it at the top level of a test file.
 *
 * @example
 * ```ts
 * const chromium = chromiumForTests('kkb-reports-html-');
 * const { page, problems } = await chromium.open(pathToFileURL(file).href, 1200, (u) => u.startsWith('file:'));
 * ```
 */
export function chromiumForTests(tmpPrefix: string, beforeLaunch?: () => void): TestChromium {
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), tmpPrefix));

  beforeAll(async () => {
    if (!existsSync(DEFAULT_CHROMIUM)) {
      throw new Error(
        `${DEFAULT_CHROMIUM} not found: run scripts/setup.sh (it installs Debian's chromium package) before the tests`,
      );
    }
    beforeLaunch?.();
    browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM, args: [...CHROMIUM_ARGS] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const watch = async (width: number, ownRequest: (url: string) => boolean): Promise<WatchedPage> => {
    if (!browser) throw new Error('Chromium did not start');
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!ownRequest(r.url())) requests.push(r.url());
    });
    return { page, problems, requests };
  };

  return {
    dir,
    watch,
    open: async (url, width, ownRequest) => {
      const watched = await watch(width, ownRequest);
      await watched.page.goto(url, { waitUntil: 'load' });
      return watched;
    },
  };
}
