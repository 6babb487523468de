import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operatorFills } from '../examples/balikpapan/src/operatorFills.ts';
import { type CliIo, main } from '../packages/cli/src/index.ts';

/**
 * Runs docs/guide/ as a new city's DPPKB staff would: every command of the guide's `sh` blocks, in order,
 * in process through the CLI's main() on a temporary folder (the `pnpm kkb` / `kkb` prefix stripped). The
 * step where Pokja operators fill the workbook is done by the Balikpapan example's filler. The first
 * `text` block after a command in the same section is what success looks like: every line of it must be
 * printed (a line `…` stands for lines left out; a line ending in `…` for its end left out).
 * The setup commands (clone, setup script) are checked against the repository, not run.
 */
const root = join(import.meta.dirname, '..');

interface Step {
  readonly heading: string;
  readonly optional: boolean;
  readonly setup: boolean;
  readonly line: number;
  readonly command: string;
  expected?: string[];
}

/** Shell words of a command line: spaces separate, single or double quotes group. */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** The guide's commands in order, each with the heading it sits under and the sample output after it. */
function guideSteps(markdown: string): Step[] {
  const lines = markdown.split('\n');
  const steps: Step[] = [];
  let heading = '';
  let lastBlock: 'sh' | 'other' | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('## ')) {
      heading = line.slice(3);
      lastBlock = undefined;
      continue;
    }
    const fence = /^```(\w*)/.exec(line);
    if (!fence) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] as string).startsWith('```')) body.push(lines[j++] as string);
    const info = fence[1] ?? '';
    if (info === 'sh' || info === 'bash' || info === 'shell') {
      body.forEach((command, k) => {
        if (command.trim() === '' || command.trim().startsWith('#')) return;
        steps.push({
          heading,
          optional: /\((opsional|optional)\)/i.test(heading),
          setup: /^(Persiapan|Setup)\b/.test(heading),
          line: i + 2 + k,
          command: command.trim(),
        });
      });
      lastBlock = 'sh';
    } else if (info === 'text' && lastBlock === 'sh') {
      const last = steps[steps.length - 1];
      if (last) last.expected = body.map((l) => l.trim()).filter((l) => l !== '' && l !== '…');
      lastBlock = 'other';
    } else lastBlock = 'other';
    i = j;
  }
  return steps;
}

/** A setup command is checked against the repository (it installs software; the test does not run it). */
function checkSetup(command: string): void {
  const cli = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as {
    repository: { url: string };
  };
  const url = cli.repository.url.replace(/^git\+/, '');
  const rootScripts = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const w = words(command);
  if (w[0] === 'git' && w[1] === 'clone') expect(w[2]).toBe(url);
  else if (w[0] === 'cd') expect(w[1]).toBe(url.replace(/^.*\//, '').replace(/\.git$/, ''));
  else if (w[0] === 'bash') expect(existsSync(join(root, w[1] ?? ''))).toBe(true);
  else if (w[0] === 'pnpm' && w[1] === 'install') expect(existsSync(join(root, 'pnpm-lock.yaml'))).toBe(true);
  else if (w[0] === 'pnpm' && w[1] !== undefined) expect(rootScripts[w[1]]).toBeDefined();
  else throw new Error(`guide: unexpected setup command ${command}`);
}

/** The arguments after `kkb`, or undefined when the command is not a kkb command. */
function kkbArgs(command: string): string[] | undefined {
  const w = words(command);
  if (w[0] === 'pnpm' && w[1] === 'kkb') return w.slice(2);
  if (w[0] === 'kkb') return w.slice(1);
  return undefined;
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function kkb(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const io: CliIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), cwd };
  const code = await main(args, io);
  return { code, out: lines.join('\n') };
}

for (const [lang, file] of [
  ['id', 'memulai.md'],
  ['en', 'getting-started.md'],
] as const) {
  describe(`docs/guide/${file} (${lang})`, () => {
    const markdown = readFileSync(join(root, 'docs', 'guide', file), 'utf8');
    const steps = guideSteps(markdown);

    it('uses the root `pnpm kkb` script the README sets up, and only kkb commands after setup', () => {
      const rootScripts = (
        JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
      ).scripts;
      expect(rootScripts.kkb).toBeDefined();
      for (const s of steps.filter((x) => !x.setup)) {
        expect(kkbArgs(s.command), `${file}:${s.line} ${s.command}`).toBeDefined();
      }
    });

    it('goes from init to the first HTML report in at most 6 commands', () => {
      const kkbSteps = steps.filter((s) => !s.setup);
      const first = kkbSteps.findIndex((s) => kkbArgs(s.command)?.[0] === 'init');
      const last = kkbSteps.map((s) => kkbArgs(s.command)?.[0]).lastIndexOf('report');
      expect(first).toBeGreaterThanOrEqual(0);
      expect(last).toBeGreaterThan(first);
      const needed = kkbSteps.slice(first, last + 1).filter((s) => !s.optional);
      expect(needed.map((s) => kkbArgs(s.command)?.[0])).toEqual([
        'init',
        'template',
        'import',
        'validate',
        'indicators',
        'report',
      ]);
      expect(needed.length).toBeLessThanOrEqual(6);
    });

    it('runs every command in order on a temporary folder, as written', async () => {
      const cwd = mkdtempSync(join(tmpdir(), `kkb-guide-${lang}-`));
      let reportDir: string | undefined;
      for (const s of steps) {
        const where = `${file}:${s.line} ${s.command}`;
        if (s.setup) {
          checkSetup(s.command);
          continue;
        }
        const args = kkbArgs(s.command) ?? [];
        const r = await kkb(args, cwd);
        expect(r.code, `${where}\n${r.out}`).toBe(0);
        for (const line of s.expected ?? []) {
          // A line ending in `…` is cut short in the guide: its beginning must be printed.
          const shown = line.endsWith('…') ? line.slice(0, -1).trimEnd() : line;
          expect(r.out, `${where}: expected "${line}"`).toContain(shown);
        }
        if (args[0] === 'template') {
          // The Pokja operators fill the workbook (the Balikpapan example's filler, no mistakes).
          const out = option(args, '--out');
          const dataDir = args[1];
          expect(out && dataDir, where).toBeTruthy();
          const work = await operatorFills(resolve(cwd, dataDir ?? ''), resolve(cwd, out ?? ''));
          expect(work.lang).toBe(lang);
          expect(work.errors).toEqual([]);
        }
        if (args[0] === 'report') reportDir = resolve(cwd, option(args, '--out') ?? '');
      }
      expect(reportDir).toBeDefined();
      const html = readdirSync(reportDir ?? '', { recursive: true }).filter((f) =>
        String(f).endsWith('.html'),
      );
      expect(html.length).toBeGreaterThan(0);
      rmSync(cwd, { recursive: true, force: true });
    });
  });
}

describe('docs/guide in both languages', () => {
  it('has the same steps in the same order (only file names and --lang differ)', () => {
    const verbs = (file: string) =>
      guideSteps(readFileSync(join(root, 'docs', 'guide', file), 'utf8')).map((s) =>
        s.setup ? s.command : `${kkbArgs(s.command)?.[0]}${s.optional ? ' (optional)' : ''}`,
      );
    expect(verbs('getting-started.md')).toEqual(verbs('memulai.md'));
  });
});
