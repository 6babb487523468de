import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const MAIN = resolve(import.meta.dirname, 'main.ts');
const EXAMPLE = resolve(ROOT, 'examples/banjarmasin/data');

/** Runs the CLI's real entry (main with processIo, as bin/kkb.mjs does) from the sources, piped into `head -1`. */
function pipedIntoHead(args: readonly string[]) {
  const script = `import { main } from ${JSON.stringify(MAIN)}; main(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;
  const node = [
    'node',
    '--conditions=@kampung-kb/source',
    '--import',
    'tsx',
    '--input-type=module',
    '-e',
    script,
    ...args,
  ]
    .map((a) => `'${a.replaceAll("'", "'\\''")}'`)
    .join(' ');
  return spawnSync('bash', ['-c', `set -o pipefail; ${node} | head -1`], { cwd: ROOT, encoding: 'utf8' });
}

describe('stdout closed early (issue 7)', () => {
  it('`kkb indicators <dir> | head -1` ends quietly with exit 0', () => {
    for (const extra of [[], ['--csv']]) {
      const r = pipedIntoHead(['indicators', EXAMPLE, '--level', 'kelurahan', '--period', '2020', ...extra]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n').filter((l) => l !== '')).toHaveLength(1);
    }
  });
});
