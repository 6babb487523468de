import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCAFFOLD_EXAMPLE_END, SCAFFOLD_EXAMPLE_START } from '@kampung-kb/kit';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), cwd: process.cwd() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const fresh = () => join(mkdtempSync(join(tmpdir(), 'kkb-init-')), 'city');

/** A stub with its commented example switched on (the empty list removed, the `# ` taken off). */
function withExample(stub: string, emptyList: string): string {
  const start = stub.indexOf(SCAFFOLD_EXAMPLE_START);
  const end = stub.indexOf(SCAFFOLD_EXAMPLE_END);
  const example = stub
    .slice(start + SCAFFOLD_EXAMPLE_START.length, end)
    .split('\n')
    .map((l) => l.replace(/^# ?/, ''))
    .join('\n');
  return stub.slice(0, start).replace(`${emptyList}\n`, '') + example;
}

describe('kkb init', () => {
  it('makes a data directory that validates with exit 0 and says there is no kampung yet', async () => {
    const dir = fresh();
    const r = await run(['init', dir, '--region', 'balikpapan', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('64.71 Kota Balikpapan');
    const programme = JSON.parse(readFileSync(join(dir, 'programme.json'), 'utf8'));
    expect(programme.city).toEqual({ code: '64.71', name: 'Kota Balikpapan' });
    expect(programme.province).toEqual({ code: '64', name: 'Kalimantan Timur' });
    expect(programme.defaultLang).toBe('en');
    expect(Object.values(programme.readiness)).toHaveLength(11);
    const regions = readFileSync(join(dir, 'regions.csv'), 'utf8').trim().split('\n');
    expect(regions.slice(0, 3)).toEqual(['code,name', '64,Kalimantan Timur', '64.71,Kota Balikpapan']);
    for (const f of [
      'kampung.csv',
      'monthly.csv',
      'budgets.csv',
      'README.md',
      'rules.yaml',
      'targets.json',
    ]) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }

    const v = await run(['validate', dir]);
    expect(v.code).toBe(0);
    expect(v.out).toContain(`There is no kampung in '${dir}' yet`);
    expect(v.out).not.toContain('file-unrecognised');
    const json = JSON.parse((await run(['validate', dir, '--json'])).out);
    expect(json.ok).toBe(true);
    expect(json.issues).toEqual([]);
    // Indonesian when the programme says so (the default).
    const idDir = fresh();
    expect((await run(['init', idDir, '--region', '6471'])).code).toBe(0);
    expect((await run(['validate', idDir])).out).toContain(`Belum ada kampung di '${idDir}'`);
  });

  it('writes rules, indicators and targets files the commands accept as they are and with their examples', async () => {
    const dir = fresh();
    expect((await run(['init', dir, '--region', '64.71'])).code).toBe(0);
    expect((await run(['validate', dir, '--rules', join(dir, 'rules.yaml')])).code).toBe(0);
    const list = await run([
      'indicators',
      dir,
      '--list',
      '--indicators',
      join(dir, 'indicators.yaml'),
      '--targets',
      join(dir, 'targets.json'),
    ]);
    expect(list.code).toBe(0);

    writeFileSync(
      join(dir, 'rules.yaml'),
      withExample(readFileSync(join(dir, 'rules.yaml'), 'utf8'), 'rules: []'),
    );
    const rules = await run(['validate', dir, '--rules', join(dir, 'rules.yaml'), '--json']);
    expect(rules.code).toBe(0);
    writeFileSync(
      join(dir, 'indicators.yaml'),
      withExample(readFileSync(join(dir, 'indicators.yaml'), 'utf8'), 'indicators: []'),
    );
    const own = await run(['indicators', dir, '--list', '--indicators', join(dir, 'indicators.yaml')]);
    expect(own.code).toBe(0);
    expect(own.out).toContain('mkjp-per-pus');
  });

  it('refuses a non-empty folder (exit 2, nothing written); --force replaces only its own files', async () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    writeFileSync(join(dir, 'programme.json'), '{"old": true}');
    const refused = await run(['init', dir, '--region', 'balikpapan', '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('is not empty (2 entries); nothing was written');
    expect(readFileSync(join(dir, 'programme.json'), 'utf8')).toBe('{"old": true}');
    expect(existsSync(join(dir, 'regions.csv'))).toBe(false);

    const forced = await run(['init', dir, '--region', 'balikpapan', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(JSON.parse(readFileSync(join(dir, 'programme.json'), 'utf8')).city.code).toBe('64.71');

    const file = join(mkdtempSync(join(tmpdir(), 'kkb-init-')), 'a-file');
    writeFileSync(file, 'x');
    expect((await run(['init', file, '--region', 'balikpapan', '--force'])).code).toBe(2);
  });

  it('finds the region by name, desa and all', async () => {
    const dir = fresh();
    expect((await run(['init', dir, '--region', 'Kab. Banjar'])).code).toBe(0);
    const regions = readFileSync(join(dir, 'regions.csv'), 'utf8');
    expect(regions).toContain('63.03,Kabupaten Banjar\n');
    // Kabupaten Banjar has desa (2xxx) as well as kelurahan (1xxx).
    expect(regions).toMatch(/\n63\.03\.\d\d\.2\d{3},/);
    expect(regions).toMatch(/\n63\.03\.\d\d\.1\d{3},/);
    expect(regions).not.toContain('63.71');
  });

  it('exits 2 with did-you-mean in the language asked for an unknown, ambiguous or wrong-level region', async () => {
    const typo = await run(['init', fresh(), '--region', 'Balikpapn', '--lang', 'en']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("No regency or city 'Balikpapn'");
    expect(typo.err).toContain('Did you mean: 64.71 Kota Balikpapan?');
    const typoId = await run(['init', fresh(), '--region', 'Balikpapn']);
    expect(typoId.err).toContain('Mungkin maksudnya: 64.71 Kota Balikpapan?');

    const dir = fresh();
    const banjar = await run(['init', dir, '--region', 'Banjar', '--lang', 'en']);
    expect(banjar.code).toBe(2);
    expect(banjar.err).toContain('63.03 Kabupaten Banjar; 32.79 Kota Banjar');
    expect(existsSync(dir)).toBe(false);

    const province = await run(['init', fresh(), '--region', '64', '--lang', 'en']);
    expect(province.code).toBe(2);
    expect(province.err).toContain('64 Kalimantan Timur is a province; kkb init needs a regency or city');
    const village = await run(['init', fresh(), '--region', '6371041010']);
    expect(village.code).toBe(2);
    expect(village.err).toContain('63.71.04.1010 Sungai Andai adalah kelurahan/desa');
    expect(village.err).toContain('--region 63.71');
    expect((await run(['init', fresh(), '--region', '99.01'])).code).toBe(2);
    expect((await run(['init', fresh()])).code).toBe(2);
  });
});
