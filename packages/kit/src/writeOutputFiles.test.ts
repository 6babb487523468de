import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFiles } from './writeOutputFiles.js';

const temp = (p = 'kkb-wof-') => mkdtempSync(join(tmpdir(), p));

describe('writeOutputFiles', () => {
  it('writes files, creating directories, and replaces earlier runs', async () => {
    const out = join(temp(), 'out');
    const files = [
      { path: 'a.md', content: 'A' },
      { path: 'kampung/k1.md', content: 'K1' },
    ];
    expect(await writeOutputFiles(out, files)).toEqual({
      ok: true,
      written: ['a.md', 'kampung/k1.md'],
      issues: [],
    });
    const again = await writeOutputFiles(out, [{ path: 'a.md', content: 'A2' }]);
    expect(again.ok).toBe(true);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('A2');
    expect(readFileSync(join(out, 'kampung', 'k1.md'), 'utf8')).toBe('K1');
    // No temporary file is left behind.
    expect(readdirSync(out).sort()).toEqual(['a.md', 'kampung']);
  });

  it('never writes through a symlink planted below the output directory', async () => {
    const base = temp();
    const outside = join(base, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'k1.md'), 'precious');
    const out = join(base, 'out');
    mkdirSync(out);
    // A link for the directory …
    symlinkSync(outside, join(out, 'kampung'));
    const r = await writeOutputFiles(out, [{ path: 'kampung/k1.md', content: 'evil' }]);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['output-symlink']);
    expect(readFileSync(join(outside, 'k1.md'), 'utf8')).toBe('precious');
  });

  it('replaces a planted file link instead of following it', async () => {
    const base = temp();
    const victim = join(base, 'victim.txt');
    writeFileSync(victim, 'precious');
    const out = join(base, 'out');
    mkdirSync(join(out, 'kampung'), { recursive: true });
    symlinkSync(victim, join(out, 'kampung', 'k1.md'));
    const r = await writeOutputFiles(out, [{ path: 'kampung/k1.md', content: 'report' }]);
    expect(r.ok).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(join(out, 'kampung', 'k1.md'), 'utf8')).toBe('report');
  });

  it('refuses the root, the home directory and the data folder or a folder containing it', async () => {
    const root = parse(process.cwd()).root;
    for (const dir of [root, homedir()]) {
      const r = await writeOutputFiles(dir, [{ path: 'x.md', content: 'x' }]);
      expect(r.issues.map((i) => i.code)).toEqual(['output-refused']);
    }
    const base = temp();
    const data = join(base, 'data');
    mkdirSync(data);
    for (const dir of [data, base]) {
      const r = await writeOutputFiles(dir, [{ path: 'x.md', content: 'x' }], { protect: [data] });
      expect(r.issues.map((i) => i.code)).toEqual(['output-refused']);
    }
    expect(existsSync(join(data, 'x.md'))).toBe(false);
    // Beside the data is fine.
    expect(
      (await writeOutputFiles(join(base, 'out'), [{ path: 'x.md', content: 'x' }], { protect: [data] })).ok,
    ).toBe(true);
  });

  it('refuses duplicate and escaping names before writing anything', async () => {
    const out = join(temp(), 'out');
    const r = await writeOutputFiles(out, [
      { path: 'kampung/k1.md', content: '1' },
      { path: 'kampung/K1.md', content: '2' },
      { path: '../escape.md', content: '3' },
      { path: '/abs.md', content: '4' },
    ]);
    expect(r.ok).toBe(false);
    expect(r.written).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual([
      'output-name-duplicate',
      'output-name-invalid',
      'output-name-invalid',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('returns an issue, not an exception, when the directory cannot be created', async () => {
    const base = temp();
    writeFileSync(join(base, 'file'), 'x');
    const r = await writeOutputFiles(join(base, 'file', 'out'), [{ path: 'a.md', content: 'a' }]);
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.code).toBe('output-unwritable');
  });
});
