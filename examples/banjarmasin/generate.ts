/**
 * Regenerates the synthetic Banjarmasin data set: `npx tsx generate.ts` (or `pnpm run generate`).
 * Writes `data/` and `invalid/` beside this file; the fixed seed (`SEED` in `src/build.ts`) makes the
 * output byte-identical on every run. Aborts with a message if any record fails its schema.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED } from './src/build.js';
import { LEVEL_NAMES, LEVELS } from './src/classify.js';
import { generate } from './src/generateExample.js';

const here = dirname(fileURLToPath(import.meta.url));
try {
  const ds = generate(here);
  console.log(
    `Data sintetis Kampung Baiman (seed 0x${SEED.toString(16)}): ${ds.kampung.length} kampung, ` +
      `${ds.profiles.length} profil, ${ds.population.length} data penduduk, ${ds.monthly.length} laporan bulanan, ` +
      `${ds.interventions.length} intervensi, ${ds.proposals.length} usulan warga, ${ds.budgets.length} baris anggaran → data/, invalid/`,
  );
  console.log('Tingkat klasifikasi 2020-12 / classification levels at 2020-12:');
  for (const level of LEVELS) console.log(`  ${LEVEL_NAMES[level].padEnd(14)} ${ds.levelCounts[level]}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
