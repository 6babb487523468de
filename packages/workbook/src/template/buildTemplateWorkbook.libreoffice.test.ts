import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '@kampung-kb/kit';
import { emptyDataset, type MonthlyReport } from '@kampung-kb/model';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTemplateWorkbook } from './buildTemplateWorkbook.js';
import { TEMPLATE_RECORD_TYPES, templateSheetName } from './templateLayout.js';
import { templateTexts } from './templateTexts.js';

/** LibreOffice's `soffice`, when installed (Debian: `apt-get install libreoffice-calc-nogui`). */
function soffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim() !== '') return r.stdout.trim();
  }
  return undefined;
}

const office = soffice();
const work = mkdtempSync(join(tmpdir(), 'kkb-template-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function report(kampungId: string, period: string, pregnant: number): MonthlyReport {
  return {
    kampungId,
    period,
    users: { iud: 10, mow: 5, mop: 1, implant: 20, injectable: 30, pill: 10, condom: 4 },
    nonUsers: { pregnant, ias: 5, iat: 5, tial: 5 },
    poktanParticipants: { bkb: 1, bkr: 2, bkl: 3, uppka: 4, pikr: 5 },
    jknHolders: 300,
  };
}

describe.skipIf(office === undefined)('a template in LibreOffice (headless)', () => {
  it('opens cleanly, every sheet converts, and the PUS check computes against the population in force', async () => {
    const d = emptyDataset();
    d.regions.push({ code: '64.71.01.1001', name: 'Baru Ilir' });
    d.kampung.push(
      {
        id: 'baru-ilir',
        name: 'KB Baru Ilir',
        regionCode: '64.71.01.1001',
        designationDate: '2018-05-02',
        mainCriteria: [],
        areaCriteria: ['slum'],
      },
      {
        id: 'margo',
        name: 'KB Margo',
        regionCode: '64.71.01.1001',
        designationDate: '2018-05-02',
        mainCriteria: [],
        areaCriteria: ['slum'],
      },
    );
    const population = (period: string, pus: number) =>
      ({ kampungId: 'baru-ilir', period, pus }) as unknown as (typeof d.population)[number];
    // Out of order on purpose: the check takes the latest snapshot ≤ the report month, not the last row.
    d.population.push(population('2021-06', 110), population('2021-01', 100));
    d.monthly.push(
      report('baru-ilir', '2021-03', 5), // 80 users + 20 non-users = 100 = PUS of 2021-01
      report('baru-ilir', '2021-07', 5), // 100 ≠ PUS 110 of 2021-06
      report('baru-ilir', '2020-12', 5), // no population snapshot in force
    );
    const built = buildTemplateWorkbook({ dataset: d }, { lang: 'id', period: '2021-08' });
    const file = join(work, 'isian.xlsx');
    writeFileSync(file, new Uint8Array((await built.workbook.xlsx.writeBuffer()) as ArrayBuffer));

    // Every sheet to its own CSV (sheet parameter -1), UTF-8, formulas computed by LibreOffice.
    execFileSync(
      office as string,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        join(work, 'csv'),
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const names = readdirSync(join(work, 'csv')).sort();
    const expected = [
      templateTexts('id').instructionsSheet,
      ...TEMPLATE_RECORD_TYPES.map((t) => templateSheetName(t, 'id')),
      '_lists',
      '_kkb',
    ].map((s) => `isian-${s}.csv`);
    expect(names).toEqual(expected.sort());

    const monthly = parseCsv(
      readFileSync(join(work, 'csv', `isian-${templateSheetName('monthly', 'id')}.csv`), 'utf8'),
    ).rows.map((r) => r.cells);
    const paths = monthly[1] ?? [];
    const at = (row: readonly string[], path: string) => row[paths.indexOf(path)];
    const rows = monthly.slice(2).filter((r) => at(r, 'kampungId') !== '');
    const texts = templateTexts('id');
    expect(rows.map((r) => [at(r, 'kampungId'), at(r, 'period'), at(r, '_pus'), at(r, '_check')])).toEqual([
      ['baru-ilir', '2021-03', '100', texts.checkOk],
      ['baru-ilir', '2021-07', '110', `${texts.checkSum}100${texts.checkMismatch}110`],
      ['baru-ilir', '2020-12', '', texts.checkNoPus],
      // Pre-filled for the month: PUS already looked up, the check waits for the numbers.
      ['baru-ilir', '2021-08', '110', ''],
      ['margo', '2021-08', '', ''],
    ]);
    const kampung = parseCsv(
      readFileSync(join(work, 'csv', `isian-${templateSheetName('kampung', 'id')}.csv`), 'utf8'),
    ).rows.map((r) => r.cells);
    const kPaths = kampung[1] ?? [];
    expect(kampung[2]?.[kPaths.indexOf('_villageName')]).toBe('Baru Ilir');
  }, 180_000);
});
