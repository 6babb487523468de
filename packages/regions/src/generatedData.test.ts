import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRegionModules } from '../scripts/renderRegionModules.js';

const here = dirname(fileURLToPath(import.meta.url));
const csvDir = join(here, '..', 'node_modules', 'idn-area-data', 'data');

describe('src/data', () => {
  it('is exactly what the generator makes from the idn-area-data CSVs', async () => {
    const read = (name: string) => readFile(join(csvDir, `${name}.csv`), 'utf8');
    const files = renderRegionModules({
      provinces: await read('provinces'),
      regencies: await read('regencies'),
      districts: await read('districts'),
      villages: await read('villages'),
    });
    const committed = (await readdir(join(here, 'data'))).sort();
    expect(committed).toEqual([...files.keys()].sort());
    for (const [name, text] of files) {
      expect(await readFile(join(here, 'data', name), 'utf8'), name).toBe(text);
    }
  });

  it('refuses a name it cannot write into a module, and an orphan row', () => {
    const base = {
      provinces: 'code,name\n63,Kalimantan Selatan\n',
      regencies: 'code,province_code,name\n63.71,63,Kota Banjarmasin\n',
      districts: 'code,regency_code,name\n63.71.01,63.71,Banjarmasin Selatan\n',
      villages: 'code,district_code,name\n63.71.01.1001,63.71.01,Mantuil\n',
    };
    expect(renderRegionModules(base).get('p63.ts')).toContain(
      '71 Kota Banjarmasin\n71.01 Banjarmasin Selatan\n1001 Mantuil`',
    );
    expect(() =>
      renderRegionModules({ ...base, villages: `${base.villages}63.71.01.1002,63.71.01,A\`b\n` }),
    ).toThrow();
    expect(() =>
      renderRegionModules({ ...base, villages: `${base.villages}63.71.09.1002,63.71.09,Lost\n` }),
    ).toThrow(/orphan/);
  });
});
