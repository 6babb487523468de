/**
 * Runs the Balikpapan example end to end into `out/` (see README.md): `pnpm --filter
 * @kampung-kb/example-balikpapan start`. Exits 1 when a command's exit code is not the expected one.
 */
import { join } from 'node:path';
import { runExample } from './src/runExample.js';

const run = await runExample(join(import.meta.dirname, 'out'), (line) => console.log(line));
const wrong = run.steps.filter((s) => s.code !== s.expected);
for (const s of wrong) console.error(`kkb ${s.args.join(' ')}: exit ${s.code}, expected ${s.expected}`);
process.exitCode = wrong.length > 0 ? 1 : 0;
