// Generates the API reference for all packages into docs/api (typedoc, packages mode).
import { spawnSync } from 'node:child_process';

const r = spawnSync('typedoc', ['--options', 'typedoc.json'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(r.status ?? 1);
