import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const DOCS_URL = 'https://github.com/kampung-kb/kampung-kb-sdk/tree/main/docs';
const packages = readdirSync(join(root, 'packages')).filter((p) =>
  existsSync(join(root, 'packages', p, 'package.json')),
);
const rootLicense = readFileSync(join(root, 'LICENSE'), 'utf8');

interface PackageJson {
  name: string;
  license: string;
  files: string[];
  repository: { url: string };
  dependencies?: Record<string, string>;
}
const pkgJson = (p: string) =>
  JSON.parse(readFileSync(join(root, 'packages', p, 'package.json'), 'utf8')) as PackageJson;
const readme = (p: string) => readFileSync(join(root, 'packages', p, 'README.md'), 'utf8');

/** The body of the first fenced block of `lang` after `from` in `text`, and where it ends. */
function block(text: string, lang: string, from = 0): { body: string; end: number } | undefined {
  const start = text.indexOf(`\`\`\`${lang}\n`, from);
  if (start < 0) return undefined;
  const bodyStart = start + lang.length + 4;
  const end = text.indexOf('\n```', bodyStart);
  return { body: text.slice(bodyStart, end), end: end + 4 };
}

/** Runs TypeScript as a user would (through the packages' public names) and returns what it prints. */
function runTs(code: string, pkg: string): string {
  const imported = [...code.matchAll(/from '@kampung-kb\/([\w-]+)'/g)].map((m) => m[1] as string);
  const deps = Object.keys(pkgJson(pkg).dependencies ?? {});
  // Inside the package itself when it can see every import; else in the example, which depends on them all.
  const dir = imported.every((i) => i === pkg || deps.includes(`@kampung-kb/${i}`))
    ? join(root, 'packages', pkg)
    : join(root, 'examples', 'banjarmasin');
  const file = join(dir, `.readme-example-${process.pid}.mts`);
  writeFileSync(file, code);
  try {
    return execFileSync(process.execPath, ['--conditions=@kampung-kb/source', '--import', 'tsx', file], {
      cwd: root,
      encoding: 'utf8',
    });
  } finally {
    rmSync(file, { force: true });
  }
}

describe.each(packages)('@kampung-kb/%s', (p) => {
  it('ships the MIT LICENSE and its README (package.json files)', () => {
    expect(readFileSync(join(root, 'packages', p, 'LICENSE'), 'utf8')).toBe(rootLicense);
    const json = pkgJson(p);
    expect(json.license).toBe('MIT');
    expect(json.files).toEqual(expect.arrayContaining(['LICENSE', 'README.md']));
  });

  it('has a README with the install line and the docs by absolute URL', () => {
    const text = readme(p);
    expect(text).toMatch(new RegExp(`^# @kampung-kb/${p}\\n`));
    expect(text).toContain(p === 'cli' ? 'npm i -g @kampung-kb/cli' : `npm i @kampung-kb/${p}`);
    expect(text).toContain(DOCS_URL);
    expect(pkgJson(p).repository.url).toContain('github.com/kampung-kb/kampung-kb-sdk');
  });

  it('has a first example that does what the README says', () => {
    const text = readme(p);
    const from = text.indexOf('## First example');
    expect(from).toBeGreaterThan(0);
    if (p === 'cli') {
      // The command lines must succeed; their wording is the CLI's own and is tested there.
      const lines = block(text, 'sh', from)?.body.split('\n') ?? [];
      expect(lines.length).toBeGreaterThan(0);
      const out = mkdtempSync(join(tmpdir(), 'kkb-readme-'));
      const runner = join(root, 'packages', 'cli', `.readme-example-${process.pid}.mts`);
      writeFileSync(
        runner,
        "import { main } from '@kampung-kb/cli';\nprocess.exitCode = await main(process.argv.slice(2));\n",
      );
      try {
        for (const line of lines) {
          const args = line
            .split(/\s+/)
            .slice(1)
            .map((a) => (a === 'out' ? out : a));
          expect(line.startsWith('kkb ')).toBe(true);
          execFileSync(
            process.execPath,
            ['--conditions=@kampung-kb/source', '--import', 'tsx', runner, ...args],
            {
              cwd: root,
              stdio: 'ignore',
            },
          );
        }
        expect(readdirSync(join(out, 'kampung')).length).toBeGreaterThan(0);
      } finally {
        rmSync(runner, { force: true });
        rmSync(out, { recursive: true, force: true });
      }
      return;
    }
    const code = block(text, 'ts', from);
    const printed = code && block(text, 'text', code.end);
    expect(code && printed).toBeTruthy();
    expect(runTs(code?.body ?? '', p).trimEnd()).toBe(printed?.body);
  });
});
