import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo.js';
import type { IndicatorsJson } from './commands/indicators.js';
import { main } from './main.js';

// A two-kampung data directory, small enough to work the numbers by hand.
// k1: PUS 200; users 7 methods = 10+2+0+20+50+20+8 = 110 → CPR 55 %; MKJP 10+2+0+20 = 32/110 = 29.09 %;
//     unmet (IAT 20 + TIAL 10)/200 = 15 %. Non-users 30 + 30 + 20 + 10 = 90; 110 + 90 = 200 = PUS.
// k2: PUS 100; users 30 (CPR 30 %), non-users 70.
const FILES: Record<string, string> = {
  'programme.json': JSON.stringify({
    name: { id: 'Program Uji', en: 'Test programme' },
    city: { code: '63.71', name: 'Kota Banjarmasin' },
    defaultLang: 'en',
  }),
  'regions.csv':
    'code,name\n63,Kalimantan Selatan\n63.71,Kota Banjarmasin\n63.71.04,Banjarmasin Utara\n63.71.04.1010,Sungai Andai\n63.71.04.1003,Alalak Selatan\n',
  'kampung.csv':
    'id,name,regionCode,designationDate,mainCriteria,areaCriteria\n' +
    'k1,Kampung KB Satu,63.71.04.1010,2016-11-10,lowKbParticipation,riverbank;dense\n' +
    'k2,Kampung KB Dua,63.71.04.1003,2018-06-26,,slum\n',
  'population.csv': `kampungId,period,${['male', 'female'].flatMap((s) => ['y0_4', 'y5_9', 'y10_14', 'y15_19', 'y20_24', 'y25_29', 'y30_34', 'y35_39', 'y40_44', 'y45_49', 'y50_54', 'y55_59', 'y60_64', 'y65_69', 'y70_74', 'y75plus'].map((b) => `${s}.${b}`)).join(',')},families,pus,familiesWithUnderFives,familiesWithAdolescents,familiesWithElderly,adolescents\n${[
    'k1',
    'k2',
  ]
    .map(
      (k) =>
        `${k},2020-01,${Array(32)
          .fill(k === 'k1' ? 40 : 20)
          .join(',')},${k === 'k1' ? '300,200,80,90,70,150' : '150,100,40,40,30,80'}`,
    )
    .join('\n')}\n`,
  'monthly.csv':
    'kampungId,period,users.iud,users.mow,users.mop,users.implant,users.injectable,users.pill,users.condom,nonUsers.pregnant,nonUsers.ias,nonUsers.iat,nonUsers.tial,poktanParticipants.bkb,poktanParticipants.bkr,poktanParticipants.bkl,poktanParticipants.uppka,poktanParticipants.pikr,jknHolders\n' +
    'k1,2020-11,10,2,0,20,50,20,8,30,30,20,10,20,20,20,20,20,900\n' +
    'k1,2020-12,10,2,0,20,50,20,8,30,30,20,10,30,30,30,30,30,900\n' +
    'k2,2020-12,5,0,0,5,10,5,5,10,20,20,20,4,4,3,15,8,400\n',
};

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kkb-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let clean: string;
let broken: string;
beforeAll(() => {
  clean = tempDir(FILES);
  broken = tempDir({
    ...FILES,
    // users + non-users = 201 ≠ PUS 200 on line 3; a BKB count above its target (81 > 80) on line 2
    'monthly.csv': FILES['monthly.csv']!.replace(
      'k1,2020-12,10,2,0,20,50,20,8,30,30,20,10,30',
      'k1,2020-12,10,2,0,20,50,20,9,30,30,20,10,30',
    ).replace('k1,2020-11,10,2,0,20,50,20,8,30,30,20,10,20', 'k1,2020-11,10,2,0,20,50,20,8,30,30,20,10,81'),
  });
});

describe('kkb validate', () => {
  it('exits 0 on clean data and says how much it read', async () => {
    const r = await run(['validate', '.'], clean);
    expect(r.code).toBe(0);
    expect(r.out).toContain("5 files, 12 records read from '.'.");
  });
  it('exits 1 and names rule, file, line and field of each error', async () => {
    const r = await run(['validate', broken, '--lang', 'en'], clean);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/monthly\.csv:3 \[k1 2020-12\].*\(kkbpk-balance\)/);
    expect(r.out).toMatch(
      /monthly\.csv:2 \[k1 2020-11\] poktanParticipants\.bkb: .*\(poktan-within-target\.bkb\)/,
    );
  });
  it('prints one JSON document with --json', async () => {
    const r = await run(['validate', broken, '--json'], clean);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as {
      ok: boolean;
      issues: { ruleId: string; location: { line?: number } }[];
    };
    expect(doc.ok).toBe(false);
    expect(doc.issues.map((i) => `${i.ruleId}@${i.location.line}`).sort()).toEqual([
      'kkbpk-balance@3',
      'poktan-within-target.bkb@2',
      // k2 has no report for 2020-11 (kampung.csv line 3)
      'report-missing@3',
    ]);
  });
  it('exits 2 on an unreadable directory and on usage errors, in the one language asked', async () => {
    const missing = await run(['validate', 'no/such/dir'], clean);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no/such/dir');
    // The programme of '.' says English.
    const usage = await run(['validate', '.', '--bogus'], clean);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("Unknown option: '--bogus'");
    const id = await run(['validate', '.', '--bogus', '--lang', 'id'], clean);
    expect(id.err).toContain("Opsi tidak dikenal: '--bogus'");
    expect(id.err).not.toMatch(/unknown|option/i);
    expect((await run(['validate', '--lang', 'en'], clean)).err).toContain('The argument <dir> is required');
    expect((await run(['frobnicate'], clean)).code).toBe(2);
  });
});

describe('kkb indicators', () => {
  it('prints the JSON contract with worked values for the latest month', async () => {
    const r = await run(['indicators', '.', '--json'], clean);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as IndicatorsJson;
    expect(doc.period).toBe('2020-12');
    expect(Object.keys(doc)).toEqual(['period', 'kampung', 'records']);
    const k1 = doc.kampung.find((k) => k.id === 'k1');
    expect(k1).toEqual({
      id: 'k1',
      name: 'Kampung KB Satu',
      regionCode: '63.71.04.1010',
      indicators: { cpr: 55, mkjpShare: 29.09, unmetNeed: 15, poktanParticipation: expect.any(Number) },
      classification: {
        level: expect.any(String),
        reason: null,
        input: 1,
        process: 1,
        output: expect.any(Number),
      },
    });
    // BKB 30/80 = 37.5, BKR 30/90 = 33.33…, BKL 30/70 = 42.857…, UPPKA 30/300 = 10, PIK-R 30/150 = 20
    // mean = (37.5 + 33.333… + 42.857… + 10 + 20) / 5 = 28.74
    expect(k1?.indicators.poktanParticipation).toBe(28.74);
    // Output scores: poktan round(round(37.5)=38 + 33 + 43 + 10 + 20 = 144 / 5 = 28.8) = 29 → 3; CPR 55 → 4;
    // MKJP 29 → 4; unmet 15 → 1. Output = 12/4 = 3. No profile, no interventions: input 1, process 1 → Dasar.
    expect(k1?.classification).toEqual({ level: 'dasar', reason: null, input: 1, process: 1, output: 3 });
    expect(doc.kampung.find((k) => k.id === 'k2')?.indicators.cpr).toBe(30);
  });
  it('accepts --period in YYYY-MM and DHIS2 form and rejects a non-month', async () => {
    const nov = JSON.parse(
      (await run(['indicators', '.', '--json', '--period', '202011'], clean)).out,
    ) as IndicatorsJson;
    expect(nov.period).toBe('2020-11');
    expect(nov.kampung.find((k) => k.id === 'k2')?.indicators.cpr).toBeNull();
    const bad = await run(['indicators', '.', '--period', '2020-13'], clean);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--period');
  });
  it('prints a readable table in the programme language', async () => {
    const r = await run(['indicators', '.'], clean);
    expect(r.out).toContain('Period 2020-12');
    expect(r.out).toMatch(/Kampung KB Satu\s+55\s+29\.09\s+15/);
  });
});

describe('kkb report', () => {
  it('writes a city recap and one report per kampung, in Markdown and HTML', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kkb-out-'));
    const r = await run(['report', '.', '--out', out, '--lang', 'id'], clean);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ['city-recap', 'classification', 'evaluation', 'interventions', 'proposals']
        .flatMap((d) => [`${d}-2020-12.html`, `${d}-2020-12.md`])
        .concat('kampung')
        .sort(),
    );
    expect(readdirSync(join(out, 'kampung')).sort()).toEqual([
      'k1-2020-12.html',
      'k1-2020-12.md',
      'k1-profile-2020-12.html',
      'k1-profile-2020-12.md',
      'k2-2020-12.html',
      'k2-2020-12.md',
      'k2-profile-2020-12.html',
      'k2-profile-2020-12.md',
    ]);
    const recap = readFileSync(join(out, 'city-recap-2020-12.md'), 'utf8');
    expect(recap).toContain('# Rekapitulasi Kampung KB: Kota Banjarmasin');
    expect(recap).toContain('| Kampung KB Satu | Sungai Andai | Banjarmasin Utara | 55,00 % |');
  });
  it('requires --out', async () => {
    const r = await run(['report', '.'], clean);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--out is required');
  });
});

describe('ID numbers never reach the output', () => {
  it('masks a 17-digit kampung id in indicators --json and rejects a 16-digit count as schema-invalid', async () => {
    const { mkdtempSync, cpSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kkb-nik-'));
    cpSync('examples/banjarmasin/data', dir, { recursive: true });
    const kampungFile = join(dir, 'kampung.json');
    writeFileSync(
      kampungFile,
      readFileSync(kampungFile, 'utf8').replaceAll('"sungai-andai"', '"19187603488960596"'),
    );
    const monthly = join(dir, 'monthly.csv');
    writeFileSync(
      monthly,
      readFileSync(monthly, 'utf8')
        .replaceAll('sungai-andai,', '19187603488960596,')
        .replace(/\n(kelayan-barat,2020-12,(?:[^,\n]*,){16})[^,\n]*\n/, '\n$13201234567890124\n'),
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['indicators', dir, '--json', '--level', 'kota'], {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      cwd: process.cwd(),
    });
    expect(code).toBe(0);
    const text = `${out.join('\n')}\n${err.join('\n')}`;
    expect(text).not.toMatch(/\d{16}/);
    const doc = JSON.parse(out.join('\n')) as { records: { excluded: Record<string, number> } };
    expect(doc.records.excluded['schema-invalid']).toBe(1);
    const kampungLevel: string[] = [];
    await main(['indicators', dir, '--json'], {
      out: (s) => kampungLevel.push(s),
      err: () => {},
      cwd: process.cwd(),
    });
    expect(kampungLevel.join('\n')).toContain('"id": "*************0596"');
  });
});
