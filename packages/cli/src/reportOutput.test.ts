import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo.js';
import { main } from './main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/banjarmasin/data');

async function run(args: string[], cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kkb report --out writes only inside --out (issue 7)', () => {
  it('does not follow a symlink planted in out/kampung/', async () => {
    const base = mkdtempSync(join(tmpdir(), 'kkb-out-'));
    const outside = join(base, 'outside');
    mkdirSync(outside);
    const victim = join(outside, 'sungai-andai-2020-12.md');
    writeFileSync(victim, 'precious');
    const out = join(base, 'out');
    mkdirSync(out);
    symlinkSync(outside, join(out, 'kampung'));
    const r = await run(['report', EXAMPLE, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is a symbolic link');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  it('also when the link is to a file', async () => {
    const base = mkdtempSync(join(tmpdir(), 'kkb-out-'));
    const victim = join(base, 'victim.txt');
    writeFileSync(victim, 'precious');
    const out = join(base, 'out');
    mkdirSync(join(out, 'kampung'), { recursive: true });
    symlinkSync(victim, join(out, 'kampung', 'sungai-andai-2020-12.md'));
    const r = await run(['report', EXAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  it('refuses the root and the data folder', async () => {
    const root = await run(['report', EXAMPLE, '--out', parse(process.cwd()).root, '--lang', 'en']);
    expect(root.code).toBe(2);
    expect(root.err).toContain('file-system root');
    const data = await run(['report', EXAMPLE, '--out', EXAMPLE, '--lang', 'en']);
    expect(data.code).toBe(2);
    expect(data.err).toContain('is or contains the data directory');
    const parent = await run(['report', EXAMPLE, '--out', resolve(EXAMPLE, '..'), '--lang', 'en']);
    expect(parent.code).toBe(2);
  });
});

describe('kkb report lists the files it wrote, by the names they have', () => {
  it('a kampung id whose digits run on into the month is masked in the file name as in the listing', async () => {
    const base = mkdtempSync(join(tmpdir(), 'kkb-mask-name-'));
    const data = join(base, 'data');
    mkdirSync(data);
    const martapura = resolve(import.meta.dirname, '../../../examples/martapura/data');
    for (const f of ['programme.json', 'regions.csv', 'population.csv', 'interventions.csv', 'monthly.csv']) {
      writeFileSync(join(data, f), readFileSync(join(martapura, f), 'utf8'));
    }
    const kampung = JSON.parse(readFileSync(join(martapura, 'kampung.json'), 'utf8')) as { id: string }[];
    const old = kampung[0]?.id as string;
    (kampung[0] as { id: string }).id = '1000000000';
    writeFileSync(join(data, 'kampung.json'), JSON.stringify(kampung));
    for (const f of ['population.csv', 'interventions.csv', 'monthly.csv']) {
      const text = readFileSync(join(data, f), 'utf8');
      writeFileSync(join(data, f), text.replaceAll(`${old},`, '1000000000,'));
    }
    const r = await run(['report', 'data', '--out', 'out', '--json', '--lang', 'en'], base);
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.out) as { files: string[] }).files;
    const masked = files.filter((f) => f.includes('*'));
    expect(masked.length).toBe(2);
    for (const f of files) expect(readFileSync(join(base, 'out', f), 'utf8').length).toBeGreaterThan(0);
  });
});
