/**
 * `pnpm kkb …` (the root `kkb` script): runs the `kkb` command straight from the TypeScript sources (tsx
 * with the `@kampung-kb/source` export condition), so no build is needed after `bash scripts/setup.sh`
 * and the command always matches the checked-out code. Paths are relative to the folder `pnpm kkb` was
 * typed in (pnpm runs scripts in the repo root and passes that folder as `INIT_CWD`). The installed CLI
 * (`packages/cli/bin/kkb.mjs`) runs the built package instead.
 */
import { main } from '../packages/cli/src/main.ts';

if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
process.exitCode = await main(process.argv.slice(2));
