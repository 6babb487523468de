import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The one home of Chromium's path and switches, shared with the CLI's PDF renderer.
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../../cli/src/internal/chromiumLaunch.js';

// Debian's Chromium, installed by scripts/setup.sh; never a downloaded browser.
const CHROMIUM = DEFAULT_CHROMIUM;
const CSP = "script-src 'self'";

/** The page's script: checkRecord on a valid and an invalid monthly report, results into window.__result. */
const ENTRY = `
import { checkRecord, isValidRecord, recordCheckMode } from './index.ts';
const report = {
  kampungId: 'sungai-andai', period: '2020-12',
  users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
  nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
  poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
  jknHolders: 1200,
};
const bad = { ...report, period: '2020-13', users: { ...report.users, iud: -1, pill: 2.5 }, extra: 1 };
let result;
try {
  result = { valid: checkRecord('monthly', report), invalid: checkRecord('monthly', bad),
    validFlag: isValidRecord('monthly', report), invalidFlag: isValidRecord('monthly', bad),
    mode: recordCheckMode('monthly'),
    others: [checkRecord('region', { code: '63.7', name: '' }), checkRecord('kampung', { id: 'X' })],
    otherModes: ['region', 'kampung', 'profile', 'population'].map(recordCheckMode) };
} catch (e) { result = { error: String(e) }; }
window.__result = result;
document.body.textContent = JSON.stringify(result);
`;

let browser: Browser | undefined;
let server: Server | undefined;
let origin = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: run scripts/setup.sh (it installs Debian's chromium package)`);
  }
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: import.meta.dirname, loader: 'ts', sourcefile: 'page.ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    conditions: ['@kampung-kb/source'],
    write: false,
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]?.text ?? '';
  server = createServer((req, res) => {
    const csp = req.url?.startsWith('/csp/') ? { 'Content-Security-Policy': CSP } : {};
    if (req.url?.endsWith('/app.js')) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', ...csp });
      res.end(js);
    } else if (req.url?.endsWith('/index.html')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...csp });
      res.end(
        '<!doctype html><html><head><script type="module" src="app.js"></script></head><body></body></html>',
      );
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface PageRun {
  readonly result: Record<string, unknown>;
  readonly problems: string[];
  readonly violations: string[];
  readonly csp: string | null;
}

async function run(path: string): Promise<PageRun> {
  if (!browser) throw new Error('Chromium did not start');
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => '__result' in window);
  const out = await page.evaluate(() => {
    const w = window as unknown as { __result: Record<string, unknown>; __violations: string[] };
    return { result: w.__result, violations: w.__violations };
  });
  const csp = (await response?.headerValue('content-security-policy')) ?? null;
  await page.close();
  return { ...out, problems, csp };
}

describe("checkRecord in Chromium under Content-Security-Policy: script-src 'self'", () => {
  it('validates with TypeBox Value, gives the same results as without the policy, no errors, one probe at most', async () => {
    const strict = await run('/csp/index.html');
    const open = await run('/open/index.html');
    expect(strict.csp).toBe(CSP);
    expect(open.csp).toBeNull();
    expect(strict.result['error']).toBeUndefined();
    expect(strict.result['mode']).toBe('interpreted');
    expect(open.result['mode']).toBe('compiled');
    expect(strict.result['valid']).toEqual([]);
    expect(strict.result['validFlag']).toBe(true);
    expect(strict.result['invalidFlag']).toBe(false);
    const kinds = (strict.result['invalid'] as { kind: string; field: string }[]).map(
      (p) => `${p.kind}:${p.field}`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        'pattern:period',
        'minimum:users.iud',
        'integer:users.pill',
        'unknown-field:extra',
      ]),
    );
    const same = (r: Record<string, unknown>) => ({ ...r, mode: '', otherModes: [] });
    expect(same(strict.result)).toEqual(same(open.result));
    expect(strict.result['otherModes']).toEqual(['interpreted', 'interpreted', 'interpreted', 'interpreted']);
    expect(strict.problems).toEqual([]);
    expect(open.problems).toEqual([]);
    expect(open.violations).toEqual([]);
    // Whether code generation is allowed can only be learnt by trying it: that one refused `new Function`
    // (caught, no console error) is the only violation event, however many record types are checked.
    expect(strict.violations.filter((v) => v !== 'script-src eval')).toEqual([]);
    expect(strict.violations.length).toBeLessThanOrEqual(1);
  });
});
