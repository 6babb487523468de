import { codesOf, RECORD_TYPES, readinessItems } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { parseProgramme } from './parseProgramme.js';
import { parseYamlBounded } from './parseYamlBounded.js';
import { recordsFromCsv } from './recordsFromCsv.js';
import { SCAFFOLD_EXAMPLE_END, SCAFFOLD_EXAMPLE_START, scaffoldDataDir } from './scaffoldDataDir.js';

const input = {
  province: { code: '63', name: 'Kalimantan Selatan' },
  regency: { code: '63.71', name: 'Kota Banjarmasin' },
  districts: [
    { code: '63.71.02', name: 'Banjarmasin Timur' },
    { code: '63.71.01', name: 'Banjarmasin Selatan' },
  ],
  villages: [
    { code: '63.71.02.1005', name: 'Sungai Lulut' },
    { code: '63.71.01.1001', name: 'Mantuil' },
    { code: '63.71.01.1004', name: 'Kelayan Barat' },
  ],
  lang: 'en' as const,
};

const text = (files: ReturnType<typeof scaffoldDataDir>, path: string) =>
  String(files.find((f) => f.path === path)?.content);

describe('scaffoldDataDir', () => {
  const files = scaffoldDataDir(input);

  it('gives the programme, the regions, every record file, the stubs and the README', () => {
    expect(files.map((f) => f.path)).toEqual([
      'programme.json',
      'regions.csv',
      'kampung.csv',
      'profiles.csv',
      'population.csv',
      'monthly.csv',
      'interventions.csv',
      'proposals.csv',
      'budgets.csv',
      'rules.yaml',
      'indicators.yaml',
      'targets.json',
      'README.md',
    ]);
  });

  it('writes a valid programme with every readiness item unknown', () => {
    const r = parseProgramme(text(files, 'programme.json'), 'programme.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.programme.city).toEqual(input.regency);
    expect(r.programme.province).toEqual(input.province);
    expect(r.programme.defaultLang).toBe('en');
    expect(r.programme.name.id).toBe('Kampung KB Kota Banjarmasin');
    const readiness = JSON.parse(text(files, 'programme.json')).readiness;
    expect(Object.keys(readiness)).toEqual(codesOf(readinessItems));
    expect(Object.values(readiness).every((v) => JSON.stringify(v) === '{"status":"unknown"}')).toBe(true);
  });

  it('lists province, city, kecamatan and villages in code order, read back without an issue', () => {
    const r = recordsFromCsv('region', text(files, 'regions.csv'), 'regions.csv');
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => (x as { code: string }).code)).toEqual([
      '63',
      '63.71',
      '63.71.01',
      '63.71.01.1001',
      '63.71.01.1004',
      '63.71.02',
      '63.71.02.1005',
    ]);
  });

  it('gives each record file its header row only', () => {
    for (const t of RECORD_TYPES.filter((x) => x.type !== 'region' && x.type !== 'family')) {
      const csv = text(files, `${t.fileStem}.csv`);
      expect(csv.split('\n')).toHaveLength(2);
      const r = recordsFromCsv(t.type, csv, `${t.fileStem}.csv`);
      expect(r.records).toEqual([]);
      expect(r.issues).toEqual([]);
    }
    expect(text(files, 'monthly.csv').startsWith('kampungId,period,')).toBe(true);
  });

  it('writes YAML stubs whose commented examples are YAML too', () => {
    for (const [file, key] of [
      ['rules.yaml', 'rules'],
      ['indicators.yaml', 'indicators'],
    ] as const) {
      const stub = text(files, file);
      const parsed = parseYamlBounded(stub, 100);
      expect(parsed.ok && (parsed.data as Record<string, unknown>)[key]).toEqual([]);
      const start = stub.indexOf(SCAFFOLD_EXAMPLE_START);
      const end = stub.indexOf(SCAFFOLD_EXAMPLE_END);
      expect(start).toBeGreaterThan(0);
      const example = stub
        .slice(start + SCAFFOLD_EXAMPLE_START.length, end)
        .split('\n')
        .map((l) => l.replace(/^# ?/, ''))
        .join('\n');
      const ex = parseYamlBounded(example, 100);
      expect(ex.ok && Array.isArray((ex.data as Record<string, unknown>)[key])).toBe(true);
    }
    expect(JSON.parse(text(files, 'targets.json'))).toEqual({ targets: [] });
  });

  it('writes a README in Indonesian, then English, with the next steps', () => {
    const readme = text(files, 'README.md');
    expect(readme.indexOf('## Bahasa Indonesia')).toBeLessThan(readme.indexOf('## English'));
    const [id, en] = readme.split('## English');
    for (const step of ['kkb template', 'kkb import', 'kkb validate', 'kkb indicators', 'kkb report']) {
      expect(id, step).toContain(step);
      expect(en, step).toContain(step);
    }
    expect(readme).toContain('2 kecamatan dan 3 kelurahan/desa');
    expect(readme).toContain('ODbL');
  });
});
