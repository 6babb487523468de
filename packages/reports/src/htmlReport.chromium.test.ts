import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { computeKampungIndicators } from '@kampung-kb/indicators';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDataset } from './__fixtures__/dataset.js';
import { cityRecap } from './cityRecap.js';
import { monthlyKampungReport } from './monthlyKampungReport.js';
import { renderHtml } from './renderHtml.js';

// Debian's Chromium, installed by scripts/setup.sh; never a downloaded browser.
const CHROMIUM = '/usr/bin/chromium';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'kkb-html-'));

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: run scripts/setup.sh (installs Debian's chromium) before the tests`,
    );
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(file: string) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!/^(file|data):/.test(r.url())) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe('HTML reports in headless Chromium', () => {
  const ds = reportDataset();
  const results = computeKampungIndicators(ds, '2020-12');

  it('opens the city recap with no console errors, no network and every kampung in the table', async () => {
    const file = join(dir, 'recap.html');
    writeFileSync(file, renderHtml(cityRecap({ results, dataset: ds }, { lang: 'id', regions: ds.regions })));
    const { page, problems, requests } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe('Rekapitulasi Kampung KB · Desember 2020');
    expect(await page.locator('h1').textContent()).toBe('Rekapitulasi Kampung KB');
    // Second table: one body row per kampung; the escaped name shows as text, not markup.
    expect(await page.locator('table').nth(1).locator('tbody tr').count()).toBe(2);
    expect(await page.getByText('Kampung <Uji> & "Co"').count()).toBe(1);
    const shot = join(dir, 'recap.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(5_000);
    await page.close();
  });

  it('opens a monthly kampung report in English with no console errors', async () => {
    const file = join(dir, 'k1.html');
    const result = results.find((r) => r.kampungId === 'k1')!;
    writeFileSync(file, renderHtml(monthlyKampungReport({ dataset: ds, result }, { lang: 'en' })));
    const { page, problems, requests } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Kampung KB monthly report: Kampung KB Sungai Andai');
    // CPR 110 / 200 = 55 %, shown in the key-indicator table.
    expect(await page.locator('table').first().locator('tbody tr').first().textContent()).toContain('55 %');
    await page.close();
  });
});
