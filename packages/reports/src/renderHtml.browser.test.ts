import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { computeKampungIndicators } from '@kampung-kb/indicators';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForTests, type WatchedPage } from './__fixtures__/chromiumForTests.js';
import { reportDataset, reportIssues } from './__fixtures__/dataset.js';
import { cityRecap } from './cityRecap.js';
import { monthlyKampungReport } from './monthlyKampungReport.js';
import { renderHtml } from './renderHtml.js';
import type { ReportProgramme } from './reportContext.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const { dir, open: openUrl } = chromiumForTests('kkb-reports-html-');

/** Opens an HTML file, recording console errors and warnings, page errors and non-file requests. */
function open(file: string): Promise<WatchedPage> {
  return openUrl(pathToFileURL(file).href, 1200, (url) => /^(file|data):/.test(url));
}

/** Takes a full-page screenshot and checks it is a non-empty PNG. */
async function screenshot(page: Page, name: string): Promise<void> {
  const file = join(dir, name);
  await page.screenshot({ path: file, fullPage: true });
  const png = readFileSync(file);
  expect(png.length).toBeGreaterThan(10_000);
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
}

describe('HTML reports in headless Chromium', () => {
  const ds = reportDataset();
  const dec = computeKampungIndicators(ds, '2020-12');
  const nov = computeKampungIndicators(ds, '2020-11');
  const programme: ReportProgramme = {
    name: { id: 'Program Kampung KB', en: 'Kampung KB programme' },
    city: { code: '63.71', name: 'Kota Banjarmasin' },
    synthetic: true,
  };

  it('opens the city recap: no errors, no network, every kampung a row, the escaped name as text', async () => {
    const file = join(dir, 'rekap.html');
    writeFileSync(
      file,
      renderHtml(cityRecap({ results: dec, dataset: ds }, { lang: 'id', programme, public: true })),
    );
    const { page, problems, requests } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe(
      'Rekapitulasi Kampung KB: Kota Banjarmasin · Program Kampung KB · Desember 2020',
    );
    expect(await page.locator('h1').textContent()).toBe('Rekapitulasi Kampung KB: Kota Banjarmasin');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.locator('script, link, img, iframe').count()).toBe(0);
    // The kampung table (after the level counts and the charts' data): one body row per kampung, then the
    // pooled city row, once, the last row of the body.
    const kampungTable = page.locator('table', { hasText: 'Kota (gabungan)' });
    expect(await kampungTable.locator('tbody tr:not(.total)').count()).toBe(dec.length);
    expect(await kampungTable.locator('tbody tr td:first-child').allTextContents()).toEqual([
      `Kampung <Uji> & "Co" 'Baru'`,
      'Kampung KB Alalak',
      'Kampung KB Sungai Andai',
      'Kota (gabungan)',
    ]);
    expect(await kampungTable.locator('tfoot').count()).toBe(0);
    expect(await kampungTable.locator('tbody tr.total').count()).toBe(1);
    expect(await kampungTable.locator('tbody tr:last-child.total td').nth(3).textContent()).toBe('57,07 %');
    // A number column is right-aligned by its stylesheet.
    const align = await kampungTable
      .locator('tbody tr')
      .first()
      .locator('td')
      .nth(3)
      .evaluate((td) => getComputedStyle(td).textAlign);
    expect(align).toBe('right');
    await screenshot(page, 'rekap.png');
    await page.close();
  });

  it('opens a monthly kampung report in English: no errors, no network, the month’s figures', async () => {
    const file = join(dir, 'k1.html');
    const result = dec.find((r) => r.kampungId === 'k1');
    const previous = nov.find((r) => r.kampungId === 'k1');
    if (!result || !previous) throw new Error('k1 missing from the fixture');
    writeFileSync(
      file,
      renderHtml(
        monthlyKampungReport(
          { dataset: ds, result, previous, issues: reportIssues() },
          { lang: 'en', programme },
        ),
      ),
    );
    const { page, problems, requests } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe(
      'Kampung KB monthly report: Kampung KB Sungai Andai · Kampung KB programme · December 2020',
    );
    expect(await page.locator('h1').textContent()).toBe('Kampung KB monthly report: Kampung KB Sungai Andai');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.banner').textContent()).toContain('SYNTHETIC DATA');
    // CPR 87 / 200 = 43.5 %, November 84 / 200 = 42 %.
    const cpr = page.locator('table').first().locator('tbody tr').first().locator('td');
    expect(await cpr.allTextContents()).toEqual([
      'CPR (active users per PUS)',
      '43.50 %',
      '87',
      '200',
      '42.00 %',
      '',
    ]);
    expect(await page.locator('li').allTextContents()).toHaveLength(3);
    await screenshot(page, 'k1.png');
    await page.close();
  });
});
