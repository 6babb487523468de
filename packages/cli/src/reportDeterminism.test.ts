/**
 * Issue 10, item 7: `kkb report` writes byte-identical files whatever the time zone or locale of the
 * machine. The CLI runs from the sources in child processes with different `TZ` and `LANG`/`LC_ALL`, and
 * every file written (each format of {@link FORMAT_ARGS}) is compared byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const KKB = resolve(ROOT, 'scripts/kkb.ts');
const EXAMPLE = resolve(ROOT, 'examples/banjarmasin/data');

/**
 * The formats compared: the `--format` value passed to `kkb report` and the file extensions it must write
 * (PDF carries Chromium's creation date and is not compared).
 */
const FORMAT_ARGS: readonly string[] = ['--format', 'html,md,csv,xlsx'];
const EXTENSIONS: readonly string[] = ['.html', '.md', '.csv', '.xlsx'];

/** Time zones on three sides of the date line and locales whose number and date formats differ. */
const ENVIRONMENTS: readonly Record<string, string>[] = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Asia/Jakarta', LANG: 'id_ID.UTF-8', LC_ALL: 'id_ID.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
];

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const k of Object.keys(env)) if (k.startsWith('LC_')) delete env[k];
  return { ...env, ...extra };
}

function node(args: readonly string[], extra: Record<string, string>) {
  return spawnSync(process.execPath, ['--conditions=@kampung-kb/source', '--import', 'tsx', ...args], {
    cwd: ROOT,
    env: childEnv(extra),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

/** Every file under `dir` by its path relative to `dir`, sorted. */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

describe('kkb report is deterministic across TZ and LANG (issue 10)', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });

  it('the environments really differ for Node (time zone, default locale, number format)', () => {
    const seen = ENVIRONMENTS.map((env) => {
      const r = node(
        [
          '-e',
          'const o = Intl.DateTimeFormat().resolvedOptions(); console.log(o.timeZone, o.locale, (1234.5).toLocaleString(), new Date(0).getHours())',
        ],
        env,
      );
      return r.stdout.trim();
    });
    expect(new Set(seen).size).toBe(ENVIRONMENTS.length);
    expect(seen[1]).toContain('Asia/Jakarta id-ID 1.234,5 7');
  });

  for (const args of [
    ['--lang', 'id'],
    ['--lang', 'en', '--public'],
  ]) {
    it(`kkb report ${args.join(' ')}: every file byte-identical in ${ENVIRONMENTS.length} environments`, () => {
      const runs = ENVIRONMENTS.map((env) => {
        const out = mkdtempSync(join(tmpdir(), 'kkb-report-determinism-'));
        made.push(out);
        const r = node([KKB, 'report', EXAMPLE, '--out', out, ...args, ...FORMAT_ARGS], env);
        expect(r.status, `${JSON.stringify(env)}: ${r.stderr}`).toBe(0);
        return { env, out, names: files(out) };
      });
      const [first, ...others] = runs;
      if (!first) throw new Error('no environment');
      // One city recap and one report per kampung (21), in every format.
      for (const ext of EXTENSIONS)
        expect(first.names.filter((n) => extname(n) === ext).length, ext).toBeGreaterThanOrEqual(22);
      const differing: string[] = [];
      for (const run of others) {
        expect(run.names).toEqual(first.names);
        for (const name of first.names) {
          const a = readFileSync(join(first.out, name));
          const b = readFileSync(join(run.out, name));
          if (!a.equals(b)) differing.push(`${name} (${run.env.TZ}, ${run.env.LANG})`);
        }
      }
      expect(differing).toEqual([]);
    }, 600_000);
  }
});
