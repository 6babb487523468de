import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, VERSION } from '../packages/cli/src/main.ts';

// README.md's usage lines work as written from the repo root: every line of the "## Usage" sh block is a
// `pnpm kkb …` command; each runs through the CLI's main() with the repo root as working directory (what
// the root `kkb` script does), and one runs through pnpm itself, so the script's wiring is tested too.
const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'kkb-readme-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The lines of the first sh block after the "## Usage" heading. */
function usageLines(): string[] {
  const section = readme.slice(readme.indexOf('\n## Usage\n'));
  const start = section.indexOf('```sh\n') + '```sh\n'.length;
  return section
    .slice(start, section.indexOf('\n```', start))
    .split('\n')
    .filter((l) => l.trim() !== '');
}

/** The words of a command line without its `#` comment (the README's lines need no shell quoting). */
function words(line: string): string[] {
  return line
    .replace(/\s+#.*$/, '')
    .trim()
    .split(/\s+/);
}

describe('README usage', () => {
  const lines = usageLines();

  it('shows the setup command and only `pnpm kkb` lines under Usage', () => {
    expect(readme).toContain('bash scripts/setup.sh');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const l of lines) expect(words(l).slice(0, 2)).toEqual(['pnpm', 'kkb']);
  });

  it('names a root `kkb` script that runs the CLI from source', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.kkb).toContain('scripts/kkb.ts');
  });

  for (const line of lines) {
    it(`runs: ${line.replace(/\s+#.*$/, '')}`, async () => {
      const args = words(line).slice(2);
      // Report files go to a temporary folder instead of the example's out/.
      const at = args.indexOf('--out');
      if (at >= 0) args[at + 1] = join(out, 'report');
      const stdout: string[] = [];
      const stderr: string[] = [];
      const code = await main(args, { out: (s) => stdout.push(s), err: (s) => stderr.push(s), cwd: root });
      expect(code, stderr.join('\n')).toBe(0);
      expect(stdout.join('\n').length).toBeGreaterThan(0);
      if (args.includes('--json')) expect(() => JSON.parse(stdout.join('\n'))).not.toThrow();
    });
  }

  it('`pnpm kkb` itself runs from the repo root, passing arguments and the exit code through', {
    timeout: 120_000,
  }, () => {
    const version = execFileSync('pnpm', ['--silent', 'kkb', '--version'], { cwd: root, encoding: 'utf8' });
    expect(version.trim()).toBe(VERSION);
    let code = 0;
    try {
      execFileSync('pnpm', ['--silent', 'kkb', 'validate', 'no-such-folder'], { cwd: root, stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(2);
  });
});
