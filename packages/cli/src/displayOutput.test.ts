import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo.js';
import { main } from './main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/banjarmasin/data');

function example(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kkb-display-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  edit(dir);
  return dir;
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: process.cwd() };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// ESC, BEL, CSI (C1) and a right-to-left override: none may reach the terminal raw.
const RAW = new RegExp(`[${String.fromCharCode(0x07, 0x1b, 0x9b, 0x202e)}]`);

describe('text output is safe for a terminal (issue 7)', () => {
  it('escapes control characters from the data', async () => {
    const dir = example((d) => {
      const list = JSON.parse(readFileSync(join(d, 'kampung.json'), 'utf8')) as { name: string }[];
      list[0]!.name = 'Kampung \u001b]0;pwned\u0007 KB \u009b31m\u202eevil';
      writeFileSync(join(d, 'kampung.json'), JSON.stringify(list));
      appendFileSync(join(d, 'monthly.csv'), 'bad\u001b[2Jid,2020-12,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n');
    });
    for (const args of [
      ['indicators', dir],
      ['indicators', dir, '--explain'],
      ['validate', dir],
    ]) {
      const r = await run(args);
      expect(r.out + r.err, args.join(' ')).not.toMatch(RAW);
    }
    expect((await run(['indicators', dir])).out).toContain('Kampung \\x1b]0;pwned\\x07 KB');
  });

  it('shortens a very long identifier in messages', async () => {
    const long = 'k'.repeat(200_000);
    const dir = example((d) =>
      appendFileSync(join(d, 'monthly.csv'), `${long},2020-12,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n`),
    );
    const r = await run(['validate', dir, '--lang', 'en']);
    expect(r.out.length + r.err.length).toBeLessThan(60_000);
    const i = await run(['indicators', dir, '--lang', 'en']);
    expect(i.err.length).toBeLessThan(5_000);
  });
});
