/**
 * Installs the `kkb` CLI outside the repo exactly as README.md ("Install the CLI outside the repo") says,
 * in a temporary folder, and runs it: packs every package of the workspace (the CLI's tarball alone cannot
 * install, its `@kampung-kb/*` dependencies are not on npm), `npm install`s all the tarballs into an empty
 * folder, then runs `npx kkb` there on the examples. Needs the built packages (`pnpm build`) and the npm
 * registry for third-party dependencies. Run by `pnpm run verify` after `test:build`:
 * `node --import tsx scripts/packInstall.ts` (`pnpm run test:pack`). Exits 1 naming the failing step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'kkb-pack-'));
const packs = join(work, 'kkb-packs');
const city = join(work, 'kkb-city');

/** Runs a command; returns its exit code and output, printing the command as a shell would show it. */
function run(cmd: string, args: string[], cwd: string): { code: number; out: string; err: string } {
  console.log(`$ ${[cmd, ...args].join(' ')}   (in ${cwd})`);
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status ?? 1, out: r.stdout, err: r.stderr };
}

function step(what: string, ok: boolean, detail = ''): void {
  if (!ok) throw new Error(`${what}${detail ? `\n${detail}` : ''}`);
  console.log(`ok: ${what}`);
}

const started = Date.now();
try {
  const packages = readdirSync(join(root, 'packages')).filter((p) =>
    existsSync(join(root, 'packages', p, 'package.json')),
  );
  for (const p of packages)
    step(`packages/${p} is built`, existsSync(join(root, 'packages', p, 'dist')), 'run `pnpm build` first');

  const pack = run('pnpm', ['-r', '--filter', './packages/*', 'pack', '--pack-destination', packs], root);
  const tarballs = existsSync(packs) ? readdirSync(packs).filter((f) => /^kampung-kb-.*\.tgz$/.test(f)) : [];
  step(
    `one tarball per package (${tarballs.length})`,
    pack.code === 0 && tarballs.length === packages.length,
    pack.err,
  );

  mkdirSync(city);
  const install = run('npm', ['install', ...tarballs.map((t) => join(packs, t))], city);
  step('npm install of every tarball into an empty folder', install.code === 0, install.err);

  const version = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as {
    version: string;
  };
  const v = run('npx', ['--no-install', 'kkb', '--version'], city);
  step(
    `npx kkb --version prints ${version.version}`,
    v.code === 0 && v.out.trim() === version.version,
    v.err,
  );

  const clean = run(
    'npx',
    ['--no-install', 'kkb', 'validate', join(root, 'examples', 'banjarmasin', 'data')],
    city,
  );
  step('npx kkb validate examples/banjarmasin/data exits 0', clean.code === 0, clean.out + clean.err);
  const invalid = run(
    'npx',
    ['--no-install', 'kkb', 'validate', join(root, 'examples', 'banjarmasin', 'invalid'), '--lang', 'en'],
    city,
  );
  step(
    'npx kkb validate examples/banjarmasin/invalid exits 1',
    invalid.code === 1,
    invalid.out + invalid.err,
  );

  // The reports render charts with vega (ESM-only, bundled into the CJS build) and write XLSX with exceljs:
  // the installed CLI writes every format but PDF (which needs Chromium, tested in the suite).
  const reportsOut = join(work, 'kkb-reports');
  const reports = run(
    'npx',
    [
      '--no-install',
      'kkb',
      'report',
      join(root, 'examples', 'banjarmasin', 'data'),
      '--out',
      reportsOut,
      '--format',
      'html,md,csv,xlsx',
      '--lang',
      'en',
    ],
    city,
  );
  step(
    'npx kkb report examples/banjarmasin/data --format html,md,csv,xlsx writes the city recap with its charts',
    reports.code === 0 &&
      existsSync(join(reportsOut, 'city-recap-2020-12.xlsx')) &&
      readFileSync(join(reportsOut, 'city-recap-2020-12.html'), 'utf8').includes('<svg'),
    reports.out + reports.err,
  );
  const cjs = run(
    'node',
    [
      '-e',
      "const r = require('@kampung-kb/reports'); console.log(r.chartSvg({ kind: 'chart', id: 'c', mark: 'bar', title: 'T', description: 'd', table: { kind: 'table', columns: [{ title: 'x' }, { title: 'y' }], rows: [['a', 1]] } }, 'en').startsWith('<svg'));",
    ],
    city,
  );
  step(
    'the installed reports package renders a chart from CommonJS',
    cjs.code === 0 && cjs.out.trim() === 'true',
    cjs.err,
  );

  const lib = run(
    'node',
    [
      '--input-type=module',
      '-e',
      "import { readDataDir } from '@kampung-kb/kit'; import { computeKampungIndicators, latestPeriod } from '@kampung-kb/indicators';" +
        `const { dataset } = await readDataDir(${JSON.stringify(join(root, 'examples', 'banjarmasin', 'data'))});` +
        "console.log(computeKampungIndicators(dataset, latestPeriod(dataset) ?? '2020-12').length);",
    ],
    city,
  );
  step(
    'the installed libraries import and classify the 21 kampung',
    lib.code === 0 && lib.out.trim() === '21',
    lib.err,
  );
  console.log(`pack-install: all steps passed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (e) {
  console.error(`pack-install failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
