/**
 * `pnpm --filter @kampung-kb/regions generate`: rewrites `src/data/` from the idn-area-data CSVs installed
 * as a devDependency. Commit the result; a test checks that it matches the CSVs byte for byte.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRegionModules } from './renderRegionModules.js';

const here = dirname(fileURLToPath(import.meta.url));
const csvDir = join(here, '..', 'node_modules', 'idn-area-data', 'data');
const outDir = join(here, '..', 'src', 'data');

const read = (name: string) => readFile(join(csvDir, `${name}.csv`), 'utf8');
const files = renderRegionModules({
  provinces: await read('provinces'),
  regencies: await read('regencies'),
  districts: await read('districts'),
  villages: await read('villages'),
});
await mkdir(outDir, { recursive: true });
for (const old of await readdir(outDir)) if (!files.has(old)) await rm(join(outDir, old));
for (const [name, text] of files) await writeFile(join(outDir, name), text);
console.log(`${files.size} files written to ${outDir}`);
