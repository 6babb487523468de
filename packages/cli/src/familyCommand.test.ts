import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';

const HEADER =
  'kk,kampungId,month,nik,line,sex,birthMonth,maritalStatus,relation,motherLine,' +
  'fertility.childrenEverBorn.male,fertility.childrenEverBorn.female,fertility.childrenLiving.male,' +
  'fertility.childrenLiving.female,fertility.pregnant,fertility.fertilityIntention,fertility.currentMethod';
const KK = (n: number) => `637104010121${String(n).padStart(4, '0')}`;
const NIK = (n: number) => `637104410190${String(n).padStart(4, '0')}`;
const REGISTER = [
  HEADER,
  `${KK(1)},sungai-andai,2020-12,${NIK(1)},1,male,1985-03,married,head,,,,,,,,`,
  `,,,${NIK(2)},2,female,1990-04,married,spouse,,1,0,1,0,tidak,noMore,implant`,
  `,,,${NIK(3)},3,male,2015-06,neverMarried,child,2,,,,,,,`,
  `${KK(2)},sungai-andai,2020-12,${NIK(4)},1,male,1980-01,married,head,,,,,,,,`,
  `,,,${NIK(5)},2,female,1984-02,married,spouse,,0,1,0,1,tidak,later,`,
].join('\n');

const sixteenDigits = (text: string): string[] => text.match(/(?<![0-9.])[0-9](?:[ \-_/]?[0-9]){15}/g) ?? [];

let dir: string;
let lines: string[];
const io = () => ({ out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), cwd: dir });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kkb-family-cmd-'));
  lines = [];
  // The Banjarmasin example's kampung, population and monthly reports: sungai-andai is one of them.
  await cp(join(import.meta.dirname, '../../../examples/banjarmasin/data'), dir, { recursive: true });
  await writeFile(join(dir, 'secret.txt'), 'a-city-secret-of-enough-bytes\n');
  process.env['KKB_TEST_FAMILY_SECRET'] = 'a-city-secret-of-enough-bytes';
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kkb family', () => {
  it('tallies the register into family-tallies-<period>.csv and prints no KK or NIK number', async () => {
    await writeFile(join(dir, 'pk21.csv'), REGISTER);
    const code = await main(
      ['family', 'pk21.csv', '--data', '.', '--secret-file', 'secret.txt', '--lang', 'en'],
      io(),
    );
    expect(code).toBe(0);
    const csv = await readFile(join(dir, 'family-tallies-2020-12.csv'), 'utf8');
    const [header, row] = csv.trim().split('\n');
    const cell = (key: string) => row?.split(',')[header?.split(',').indexOf(key) ?? -1];
    expect(cell('kampungId')).toBe('sungai-andai');
    expect(cell('fam.families')).toBe('2');
    expect(cell('fp.women')).toBe('2');
    expect(cell('fp.users.implant')).toBe('1');
    expect(cell('fp.portal.iat')).toBe('1');
    expect(lines.join('\n')).toContain('Rows read 5: 5 in 2 accepted families');
    expect(sixteenDigits(lines.join('\n') + csv)).toEqual([]);
    // The tallies are data: kkb indicators reads them with no new flag.
    lines = [];
    const ind = await main(
      ['indicators', '.', '--level', 'kampung', '--period', '202012', '--indicator', 'family-cpr', '--json'],
      io(),
    );
    expect(ind).toBe(0);
    const results = (JSON.parse(lines.join('\n')) as { results: { orgUnit: string; value: number | null }[] })
      .results;
    // One of the two PUS wives uses a method: CPR 50 %.
    expect(results.find((r) => r.orgUnit === 'sungai-andai')?.value).toBe(50);
  });

  it('exits 1 when a row is rejected, and still writes the tallies of the accepted families', async () => {
    await writeFile(
      join(dir, 'pk21.csv'),
      `${REGISTER}\n${KK(3)},sungai-andai,2020-12,12345,1,male,1980-01,married,head,,,,,,,,`,
    );
    const code = await main(
      ['family', 'pk21.csv', '--data', '.', '--secret-env', 'KKB_TEST_FAMILY_SECRET', '--lang', 'en'],
      io(),
    );
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('1 rejected');
    expect(await readFile(join(dir, 'family-tallies-2020-12.csv'), 'utf8')).toContain('sungai-andai');
  });

  it('exits 2 without a secret, with a short one, or without the data directory', async () => {
    await writeFile(join(dir, 'pk21.csv'), REGISTER);
    expect(await main(['family', 'pk21.csv', '--data', '.', '--lang', 'en'], io())).toBe(2);
    expect(lines.join('\n')).toContain('--secret-file');
    await writeFile(join(dir, 'short.txt'), 'short');
    expect(await main(['family', 'pk21.csv', '--data', '.', '--secret-file', 'short.txt'], io())).toBe(2);
    expect(await main(['family', 'pk21.csv', '--data', 'nowhere', '--secret-file', 'secret.txt'], io())).toBe(
      2,
    );
  });
});
