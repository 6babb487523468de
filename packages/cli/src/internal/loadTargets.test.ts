import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATIONAL_TARGETS_2015_2019 } from '@kampung-kb/indicators';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cliIo.js';
import { loadTargets } from './loadTargets.js';

function io(cwd: string): CliIo & { errors: string[] } {
  const errors: string[] = [];
  return { out: () => {}, err: (l) => errors.push(l), cwd, errors };
}

describe('loadTargets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kkb-targets-'));
  writeFileSync(
    join(dir, 'ok.json'),
    JSON.stringify({
      targets: [
        {
          indicatorId: 'cpr-portal',
          regionCode: '63.71',
          year: 2020,
          value: 55,
          direction: 'higherIsBetter',
          source: 'RPJMD (test)',
        },
      ],
    }),
  );
  writeFileSync(
    join(dir, 'bad.json'),
    JSON.stringify({ targets: [{ indicatorId: 'cpr-portal', year: 'x' }] }),
  );

  it('gives the national targets without a file', async () => {
    expect(await loadTargets(undefined, io(dir), 'en')).toBe(NATIONAL_TARGETS_2015_2019);
  });

  it("puts the city's targets before the national ones", async () => {
    const ok = io(dir);
    const t = await loadTargets('ok.json', ok, 'en');
    expect(ok.errors).toEqual([]);
    expect(t?.[0]).toMatchObject({ indicatorId: 'cpr-portal', regionCode: '63.71', year: 2020, value: 55 });
    expect(t).toHaveLength(1 + NATIONAL_TARGETS_2015_2019.length);
  });

  it('prints each problem and a summary in the language asked, and gives undefined', async () => {
    const en = io(dir);
    expect(await loadTargets('bad.json', en, 'en')).toBeUndefined();
    expect(en.errors.length).toBeGreaterThan(1);
    expect(en.errors.at(-1)).toContain('bad.json');
    const id = io(dir);
    expect(await loadTargets('bad.json', id, 'id')).toBeUndefined();
    expect(id.errors.at(-1)).not.toBe(en.errors.at(-1));
  });
});
