import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IndicatorsJson, KampungExplanationJson } from './commands/indicators.js';
import { indicatorEngine } from './internal/indicatorEngine.js';
import { readIndicatorFile } from './internal/indicatorFile.js';
import { main } from './main.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/banjarmasin/data');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), cwd: process.cwd() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kkb indicators --explain (kampung level)', () => {
  it('prints every sub-indicator explanation and the next-level changes', async () => {
    const r = await run(['indicators', DATA, '--period', '202012', '--explain', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Period 2020-12');
    // Alalak Tengah is Berkembang with output 2.25 (scores 2, 3, 2, 2 = 9): +3 points to 12.
    expect(r.out).toContain(
      'Kampung KB Alalak Tengah (alalak-tengah): Developing — input 3.2, process 3, output 2.25',
    );
    expect(r.out).toContain('  CPR 48 % (41–50) → score 3');
    expect(r.out).toContain('  Next level: Developing → Sustainable: 2 sub-indicators, +3 score points');
    expect(r.out).toContain('    - Poktan participation from 14 % to ≥ 31 % (score 2 → 4)');
    expect(r.out).toContain('    - CPR from 48 % to ≥ 51 % (score 3 → 4)');
  });
  it('adds explanations to the JSON contract only when asked', async () => {
    const doc = JSON.parse((await run(['indicators', DATA, '--json', '--explain'])).out) as IndicatorsJson & {
      explanations: KampungExplanationJson[];
    };
    expect(Object.keys(doc)).toEqual(['period', 'kampung', 'explanations', 'records']);
    const at = doc.explanations.find((e) => e.kampungId === 'alalak-tengah');
    expect(at?.nextLevel.to).toBe('berkelanjutan');
    expect(at?.subIndicators).toHaveLength(12);
  });
  it('rejects --explain above the kampung level, --json with --csv, and a quarter for the classification', async () => {
    const explain = await run(['indicators', DATA, '--level', 'kota', '--explain', '--lang', 'en']);
    expect([explain.code, explain.err]).toEqual([
      2,
      expect.stringContaining('--explain is for --level kampung'),
    ]);
    const both = await run(['indicators', DATA, '--json', '--csv', '--lang', 'en']);
    expect([both.code, both.err]).toEqual([
      2,
      expect.stringContaining('--json and --csv exclude each other'),
    ]);
    const quarter = await run(['indicators', DATA, '--period', '2020Q4', '--lang', 'en']);
    expect(quarter.code).toBe(2);
    expect(quarter.err).toContain('the kampung classification is monthly');
  });
  it('lists the catalogue with definitions in the chosen language', async () => {
    const r = await run(['indicators', DATA, '--list', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('cpr-portal');
    expect(r.out).toContain('Portal CPR (7 methods)');
    expect(indicatorEngine().catalogue.some((d) => d.id === 'unmet-need')).toBe(true);
  });
  it('computes a city’s own indicator file end to end, at kota level', async () => {
    // MKJP users per 100 PUS, a Banjarmasin-style indicator the catalogue does not have.
    const dir = mkdtempSync(join(tmpdir(), 'kkb-own-'));
    const own = {
      indicators: [
        {
          id: 'mkjp-per-pus',
          version: '1.0.0',
          name: { id: 'Peserta MKJP per 100 PUS', en: 'MKJP users per 100 PUS' },
          definition: { id: 'Peserta MKJP per PUS ×100', en: 'MKJP users per PUS ×100' },
          numerator: 'sum(monthly.users[mkjp])',
          denominator: 'population.pus',
          factor: 100,
          decimals: 2,
          unit: 'percent',
          standard: { body: 'city', citation: 'Kota Banjarmasin (example)' },
          regionLevels: ['district', 'regency'],
          periodTypes: ['month', 'quarter'],
          tags: [],
        },
      ],
    };
    writeFileSync(join(dir, 'own.json'), JSON.stringify(own));
    const r = await run([
      'indicators',
      DATA,
      '--level',
      'kota',
      '--period',
      '202012',
      '--indicators',
      join(dir, 'own.json'),
      '--indicator',
      'mkjp-per-pus',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as {
      results: {
        indicatorId: string;
        orgUnit: string;
        numerator: number;
        denominator: number;
        value: number;
      }[];
    };
    const city = doc.results.find((x) => x.indicatorId === 'mkjp-per-pus' && x.orgUnit === '63.71');
    // Same PUS as the pooled CPR hand check (25,508); the value is numerator / denominator ×100 to 2 decimals.
    expect(city?.denominator).toBe(25508);
    expect(city?.value).toBe(Math.round((city!.numerator / 25508) * 10000) / 100);
    // A typo in an expression stops before any data is read, with a position and a suggestion.
    writeFileSync(
      join(dir, 'typo.json'),
      JSON.stringify({ indicators: [{ ...own.indicators[0], numerator: 'sum(monthly.user[mkjp])' }] }),
    );
    const typo = await run(['indicators', DATA, '--level', 'kota', '--indicators', join(dir, 'typo.json')]);
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/monthly\.users/);
  });
});

const VALID = {
  id: 'x',
  version: '1',
  name: { id: 'X', en: 'X' },
  definition: { id: 'X', en: 'X' },
  numerator: 'a',
  factor: 1,
  decimals: 0,
  unit: 'count',
  standard: { body: 'city', citation: 'Renstra' },
  regionLevels: ['regency'],
  periodTypes: ['month'],
};

describe('readIndicatorFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kkb-ind-'));
  it('reads JSON and YAML definitions', async () => {
    const def = {
      id: 'cprAll',
      version: '1',
      name: { id: 'CPR semua metode', en: 'CPR, all methods' },
      definition: { id: 'Peserta KB aktif per PUS', en: 'Active users per PUS' },
      numerator: 'a',
      denominator: 'b',
      factor: 100,
      decimals: 2,
      unit: 'percent',
      standard: { body: 'city', citation: 'Renstra' },
      regionLevels: ['district', 'regency'],
      periodTypes: ['month', 'quarter'],
      tags: [],
    };
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ indicators: [def] }));
    writeFileSync(
      join(dir, 'a.yaml'),
      [
        'indicators:',
        '  - id: cprAll',
        "    version: '1'",
        '    name: { id: CPR semua metode, en: "CPR, all methods" }',
        '    definition: { id: Peserta KB aktif per PUS, en: Active users per PUS }',
        '    numerator: a',
        '    denominator: b',
        '    factor: 100',
        '    decimals: 2',
        '    unit: percent',
        '    standard: { body: city, citation: Renstra }',
        '    regionLevels: [district, regency]',
        '    periodTypes: [month, quarter]',
        '',
      ].join('\n'),
    );
    expect(await readIndicatorFile(join(dir, 'a.json'))).toEqual({ ok: true, definitions: [def] });
    expect(await readIndicatorFile(join(dir, 'a.yaml'))).toEqual({ ok: true, definitions: [def] });
  });
  it('positions every problem by its path, in both languages', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({
        indicators: [{ ...VALID, id: '1x', decimals: -1 }],
      }),
    );
    const r = await readIndicatorFile(join(dir, 'bad.json'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.en.replace(`${dir}/`, ''))).toEqual([
      'bad.json: indicators[0].id: indicator ids start with a letter, then letters, digits, _ . or -',
      expect.stringMatching(/^bad\.json: indicators\[0\]\.decimals: Too small/),
    ]);
    expect(r.errors[0]?.id).toContain('indicators[0].id: id indikator diawali huruf');
  });
  it('reports unreadable files and bad syntax', async () => {
    writeFileSync(join(dir, 'broken.json'), '{');
    const r = await readIndicatorFile(join(dir, 'broken.json'));
    expect(r.ok ? '' : r.errors[0]?.en).toContain('invalid JSON');
    const missing = await readIndicatorFile(join(dir, 'none.yaml'));
    expect(missing.ok ? '' : missing.errors[0]?.en).toContain('cannot be read');
  });
});
