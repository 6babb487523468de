import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  computeIndicators,
  computeKampungIndicators,
  defaultIndicatorCatalogue,
  NATIONAL_TARGETS_2015_2019,
} from '@kampung-kb/indicators';
import { readDataDir } from '@kampung-kb/kit';
import { validateDataset } from '@kampung-kb/rules';
import { describe, expect, it } from 'vitest';
import { type IndicatorResultsJson, type IndicatorsJson, toIndicatorsJson } from './commands/indicators.js';
import { main } from './main.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/banjarmasin/data');

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: () => {}, cwd: process.cwd() });
  return { code, out: out.join('\n') };
}

/**
 * The commands read the data as a stream and keep only the monthly reports they need (a window of months
 * per kampung); these tests hold them to the library computed on the whole data set in memory.
 */
describe('streamed data give the results of the whole data set', () => {
  it('kampung level, latest month and a given month', async () => {
    const { dataset } = await readDataDir(DATA);
    for (const [args, period] of [
      [[], '2020-12'],
      [['--period', '2020-06'], '2020-06'],
    ] as const) {
      const doc = JSON.parse((await run(['indicators', DATA, '--json', ...args])).out) as IndicatorsJson;
      expect(doc.kampung).toEqual(
        toIndicatorsJson(period, computeKampungIndicators(dataset, period)).kampung,
      );
    }
  });

  it('the whole catalogue at city and kecamatan level for a month, a quarter and a year', async () => {
    const { dataset } = await readDataDir(DATA);
    for (const [level, engineLevel, period] of [
      ['kota', 'regency', '2020Q4'],
      ['kecamatan', 'district', '2020'],
      ['kota', 'regency', '202007'],
    ] as const) {
      const r = await run(['indicators', DATA, '--level', level, '--period', period, '--json']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out) as IndicatorResultsJson;
      const want = computeIndicators(dataset, {
        indicators: defaultIndicatorCatalogue,
        level: engineLevel,
        periods: [period],
        targets: NATIONAL_TARGETS_2015_2019,
      });
      expect(doc.results.length).toBeGreaterThan(50);
      expect(doc.results).toEqual(JSON.parse(JSON.stringify(want)));
    }
  });

  it('with gaps in the reports, prev() of a flow and lastYear(): the window keeps what they need', async () => {
    // Alalak Selatan reports nothing after August, Basirih skips September (the previous quarter's last
    // month), Kuin Utara skips Q4, and two city indicators read the previous period and last year.
    const dir = mkdtempSync(join(tmpdir(), 'kkb-gaps-'));
    cpSync(DATA, join(dir, 'data'), { recursive: true });
    const file = join(dir, 'data', 'monthly.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const gone = (l: string) =>
      /^alalak-selatan,2020-(09|1[0-2]),/.test(l) ||
      /^basirih,2020-09,/.test(l) ||
      /^kuin-utara,2020-1[0-2],/.test(l);
    // A flow the example lacks (new pill acceptors, varying by row), and 2019 as a copy of 2020 for lastYear().
    const kept = lines.filter((l) => l.trim() !== '' && !gone(l));
    const rows = kept.slice(1).flatMap((l) => [l, l.replace(/,2020-(\d\d),/, ',2019-$1,')]);
    writeFileSync(
      file,
      [`${kept[0]},newAcceptors.pill`, ...rows.map((l, i) => `${l},${(i * 7) % 11}`)].join('\n'),
    );
    const def = (id: string, numerator: string) => ({
      id,
      version: '1.0.0',
      name: { id, en: id },
      definition: { id, en: id },
      numerator,
      factor: 1,
      decimals: 0,
      unit: 'count',
      standard: { body: 'city', citation: 'test' },
      regionLevels: ['regency', 'district'],
      periodTypes: ['month', 'quarter', 'year'],
      tags: [],
    });
    const owns = {
      prev: [def('prev-new-acceptors', 'sum(prev(monthly.newAcceptors[*]))')],
      lastYear: [def('last-year-new-acceptors', 'sum(lastYear(monthly.newAcceptors[*]))')],
    };
    for (const [name, indicators] of Object.entries(owns))
      writeFileSync(join(dir, `${name}.json`), JSON.stringify({ indicators }));
    const { dataset } = await readDataDir(join(dir, 'data'));
    for (const [level, engineLevel, period] of [
      ['kota', 'regency', '2020Q4'],
      ['kecamatan', 'district', '202011'],
    ] as const) {
      for (const own of [undefined, 'prev', 'lastYear'] as const) {
        const extra = own ? ['--indicators', join(dir, `${own}.json`)] : [];
        const r = await run([
          'indicators',
          join(dir, 'data'),
          '--level',
          level,
          '--period',
          period,
          '--json',
          ...extra,
        ]);
        expect(r.code).toBe(0);
        const doc = JSON.parse(r.out) as IndicatorResultsJson;
        const want = computeIndicators(dataset, {
          indicators: own ? (owns[own] as never) : defaultIndicatorCatalogue,
          level: engineLevel,
          periods: [period],
          targets: NATIONAL_TARGETS_2015_2019,
        });
        expect(doc.results).toEqual(JSON.parse(JSON.stringify(want)));
        if (own) expect(doc.results.some((x) => x.value !== null && x.value > 0)).toBe(true);
      }
    }
  });

  it('validate streams every record through the validator: the issues of validateDataset on the whole data set', async () => {
    const invalid = join(DATA, '../invalid');
    const { dataset, programme, issues: readerIssues } = await readDataDir(invalid);
    const want = validateDataset(dataset, {
      today: '2026-11-30',
      ...(programme ? { cityCode: programme.city.code } : {}),
    });
    const r = await run(['validate', invalid, '--json', '--today', '2026-11-30']);
    const doc = JSON.parse(r.out) as {
      issues: { ruleId: string; code: string; location: unknown }[];
      summary: { regionIssues: number };
    };
    // Reader issues come first, then those of the official region check, then those of the rules.
    const rules = doc.issues.slice(readerIssues.length + doc.summary.regionIssues);
    expect(rules.map((i) => [i.code, i.location])).toEqual(want.issues.map((i) => [i.code, i.location]));
    expect(rules.length).toBeGreaterThan(0);
  });
});
