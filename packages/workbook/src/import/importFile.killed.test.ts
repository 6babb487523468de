import { fork } from 'node:child_process';
import { join } from 'node:path';
import { readDataDir } from '@kampung-kb/kit';
import { describe, expect, it } from 'vitest';
import {
  BANJARMASIN,
  banjarmasinCopy,
  ROOT,
  rowOf,
  snapshot,
  tempDir,
  writeLayoutWorkbook,
} from './__fixtures__/layoutWorkbook.js';
import { importFile } from './importFile.js';

const { dataset } = await readDataDir(BANJARMASIN);
const report = dataset.monthly[0] as object;

describe('importFile: a killed import', () => {
  it('leaves every file of the directory byte for byte as it was; the next write clears what it staged', async () => {
    const dir = await banjarmasinCopy();
    const file = join(await tempDir(), 'isian.xlsx');
    await writeLayoutWorkbook(file, [
      { type: 'monthly', rows: [rowOf('monthly', { ...report, period: '2031-01' })] },
      { type: 'kampung', rows: [rowOf('kampung', { ...dataset.kampung[0], name: 'Nama baru' })] },
    ]);
    const before = await snapshot(dir);

    const child = fork(join(import.meta.dirname, '__fixtures__/importChild.ts'), [file, dir], {
      cwd: ROOT,
      execArgv: ['--conditions=@kampung-kb/source', '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.on('exit', (_code, signal) => done(signal)),
    );
    let staged: string[];
    try {
      await new Promise<void>((done, fail) => {
        child.on('message', (m) => (m === 'staged' ? done() : fail(new Error(String(m)))));
        child.on('exit', () => fail(new Error('the child ended before staging')));
      });
      staged = [...(await snapshot(dir)).keys()].filter((n) => n.startsWith('.kkb-stage-'));
    } finally {
      child.kill('SIGKILL');
    }
    expect(staged).toHaveLength(2);
    expect(await exited).toBe('SIGKILL');

    // Killed between staging and renaming: every file as it was; only the hidden staged files are extra.
    const after = await snapshot(dir);
    for (const [name, bytes] of before) expect(after.get(name)).toEqual(bytes);
    expect([...after.keys()].filter((n) => !before.has(n))).toEqual(staged.sort());
    // A data directory never reads them.
    const read = await readDataDir(dir);
    expect(read.files.map((f) => f.file)).toEqual((await readDataDir(BANJARMASIN)).files.map((f) => f.file));
    expect(read.dataset.monthly).toEqual(dataset.monthly);

    // The next import removes what the killed one staged, and imports.
    const r = await importFile(file, { into: dir });
    expect([r.imported, r.updated]).toEqual([1, 1]);
    expect([...(await snapshot(dir)).keys()]).toEqual([...before.keys()]);
  }, 240_000);
});
