import { createReadStream } from 'node:fs';
import { main } from '@kampung-kb/cli';
import { csvRowStream, readDataDir } from '@kampung-kb/kit';
import { type KampungTargets, registerTargets } from './registerTargets.js';
import { BANJARMASIN_DATA, REGISTER_MONTH } from './runExample.js';

/** The Banjarmasin example's kampung targets at the register month (for the benchmark's generator). */
export async function banjarmasinTargets(): Promise<KampungTargets[]> {
  const { dataset } = await readDataDir(BANJARMASIN_DATA);
  return registerTargets(dataset, REGISTER_MONTH);
}

/** The bare parse: reads a CSV file and splits it into rows with the kit's streaming reader; the row count. */
export async function bareParse(file: string): Promise<number> {
  let rows = 0;
  for await (const batch of csvRowStream(createReadStream(file, { highWaterMark: 1 << 16 })))
    rows += batch.rows.length;
  return rows;
}

/**
 * The whole path: `kkb family` on a register into `dataDir`, then `kkb indicators --json` for the family
 * indicators of every kampung. Returns the larger exit code and the characters of JSON printed.
 */
export async function familyToIndicators(
  file: string,
  dataDir: string,
  secretEnv: string,
): Promise<{ code: number; chars: number }> {
  let chars = 0;
  const io = { out: () => {}, err: () => {}, cwd: process.cwd() };
  const a = await main(['family', file, '--data', dataDir, '--secret-env', secretEnv], io);
  const indicators = ['family-cpr', 'family-unmet-need', 'family-unmet-need-portal'].flatMap((i) => [
    '--indicator',
    i,
  ]);
  const b = await main(['indicators', dataDir, '--level', 'kampung', '--json', ...indicators], {
    ...io,
    out: (l: string) => {
      chars += l.length;
    },
  });
  return { code: Math.max(a, b), chars };
}
