import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliIo, main } from '@kampung-kb/cli';
import { readDataDir } from '@kampung-kb/kit';
import { registerTargets } from './registerTargets.js';
import { syntheticDhsWomen } from './syntheticDhsWomen.js';
import { writeSyntheticRegister } from './syntheticRegister.js';

/** The register month: the last month of the Banjarmasin example's monthly reports. */
export const REGISTER_MONTH = '2020-12';
/** The family indicators the example prints per kampung. */
export const EXAMPLE_INDICATORS = [
  'family-cpr',
  'family-mcpr',
  'family-unmet-need',
  'family-unmet-need-portal',
  'family-demand-satisfied-modern',
] as const;

const here = dirname(fileURLToPath(import.meta.url));
/** The Banjarmasin example's data directory (kampung, population, monthly reports). */
export const BANJARMASIN_DATA = join(here, '..', '..', 'banjarmasin', 'data');

/**
 * Runs the example into `out`: writes the synthetic register and DHS-style women's file into
 * `out/input` (they hold fictitious raw KK/NIK numbers, as a register export does), copies the Banjarmasin
 * data directory to `out/data`, runs `kkb family` on both, then `kkb indicators` for the family
 * indicators per kampung at the register month. Returns the exit codes of the three commands.
 */
export async function runExample(out: string, io: CliIo, secret: string): Promise<number[]> {
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'input'), { recursive: true });
  await cp(BANJARMASIN_DATA, join(out, 'data'), { recursive: true });
  const { dataset } = await readDataDir(BANJARMASIN_DATA);
  const targets = registerTargets(dataset, REGISTER_MONTH);
  const pieces: string[] = [];
  const written = await writeSyntheticRegister(targets, {
    month: REGISTER_MONTH,
    seed: 20201231,
    write: (t) => {
      pieces.push(t);
    },
  });
  await writeFile(join(out, 'input', 'pk21-banjarmasin-synthetic.csv'), pieces.join(''));
  io.out(`Synthetic PK21 register: ${written.families} families, ${written.rows} members (synthetic data).`);
  await writeFile(
    join(out, 'input', 'dhs-women-synthetic.csv'),
    syntheticDhsWomen({ clusters: targets.length, womenPerCluster: 60, month: REGISTER_MONTH, seed: 7 }),
  );
  await writeFile(
    join(out, 'input', 'dhs-clusters.csv'),
    `value,kampungId\n${targets.map((t, i) => `${i + 1},${t.kampungId}`).join('\n')}\n`,
  );
  const env = 'KKB_FAMILY_EXAMPLE_SECRET';
  process.env[env] = secret;
  const codes: number[] = [];
  const data = join(out, 'data');
  codes.push(
    await main(
      [
        'family',
        join(out, 'input', 'pk21-banjarmasin-synthetic.csv'),
        '--data',
        data,
        '--secret-env',
        env,
        '--lang',
        'en',
      ],
      io,
    ),
  );
  const dhsData = join(out, 'data-dhs');
  await cp(BANJARMASIN_DATA, dhsData, { recursive: true });
  codes.push(
    await main(
      [
        'family',
        join(out, 'input', 'dhs-women-synthetic.csv'),
        '--data',
        dhsData,
        '--dhs',
        '--period',
        REGISTER_MONTH,
        '--group-map',
        join(out, 'input', 'dhs-clusters.csv'),
        '--lang',
        'en',
      ],
      io,
    ),
  );
  const indicators = EXAMPLE_INDICATORS.flatMap((i) => ['--indicator', i]);
  codes.push(
    await main(
      ['indicators', data, '--level', 'kampung', '--period', '202012', ...indicators, '--lang', 'en'],
      io,
    ),
  );
  return codes;
}
