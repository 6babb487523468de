import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo.js';
import { main } from './main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/banjarmasin/data');

async function setup(): Promise<{ dir: string; work: string }> {
  const work = await mkdtemp(join(tmpdir(), 'kkb-cli-import-'));
  const dir = join(work, 'data');
  await cp(EXAMPLE, dir, { recursive: true });
  const [header, first] = (await readFile(join(EXAMPLE, 'monthly.csv'), 'utf8')).split('\n') as [
    string,
    string,
  ];
  const cells = first.split(',');
  const row = (period: string, iud: string) => [cells[0], period, iud, ...cells.slice(3)].join(';');
  await writeFile(
    join(work, 'monthly-isian.csv'),
    [header.replaceAll(',', ';'), row('2031-01', '5'), row('2031-02', 'dua'), `${cells[0]};2031-03`].join(
      '\r\n',
    ),
  );
  await writeFile(
    join(work, 'ok.csv'),
    [header, [cells[0], '2031-05', ...cells.slice(2)].join(',')].join('\n'),
  );
  return { dir, work };
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kkb import', () => {
  it('prints the summary and every rejected cell in the language asked; exit 1 with the accepted rows written', async () => {
    const { dir, work } = await setup();
    const en = await run(
      ['import', 'monthly-isian.csv', '--into', 'data', '--lang', 'en', '--dry-run'],
      work,
    );
    expect(en.code).toBe(1);
    expect(en.out).toContain('Total: read 3, imported 1, updated 0, ignored 1, rejected 1');
    expect(en.out).toContain("'monthly-isian.csv' row 3, cell C3 ('users.iud') holds 'dua'");
    expect(en.out).toContain('Dry run: these files would be written: monthly.csv.');
    const id = await run(['import', 'monthly-isian.csv', '--into', 'data', '--lang', 'id'], work);
    expect(id.code).toBe(1);
    expect(id.out).toContain('Jumlah: dibaca 3, baru 1, diperbarui 0, diabaikan 1, ditolak 1');
    expect(id.out).toContain("'monthly-isian.csv' baris 3, sel C3 ('users.iud') berisi 'dua'");
    expect(id.out).toContain("Ditulis ke 'data': monthly.csv.");
    expect(await readFile(join(dir, 'monthly.csv'), 'utf8')).toContain('2031-01');
  });

  it("speaks the language of the --into directory's programme when --lang is not given", async () => {
    const { dir, work } = await setup();
    const programme = JSON.parse(await readFile(join(dir, 'programme.json'), 'utf8'));
    await writeFile(join(dir, 'programme.json'), JSON.stringify({ ...programme, defaultLang: 'en' }));
    const r = await run(['import', 'monthly-isian.csv', '--dry-run', '--into', 'data'], work);
    expect(r.out).toContain('Total: read 3, imported 1, updated 0, ignored 1, rejected 1');
  });

  it('--json gives the same as data; exit 0 when nothing is rejected', async () => {
    const { work } = await setup();
    const r = await run(['import', 'ok.csv', '--into', 'data', '--json'], work);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ ok: true, read: 1, imported: 1, updated: 0, ignored: 0, rejected: 0 });
    expect(json.written).toEqual(['monthly.csv']);
    const again = JSON.parse((await run(['import', 'ok.csv', '--into', 'data', '--json'], work)).out);
    expect(again).toMatchObject({ imported: 0, updated: 1 });
    const bad = await run(['import', 'monthly-isian.csv', '--into', 'data', '--json', '--dry-run'], work);
    expect(JSON.parse(bad.out).rejections[0]).toMatchObject({ row: 3, column: 'C', field: 'users.iud' });
  });

  it('exit 2 when the file or the directory cannot be read, nothing written', async () => {
    const { dir, work } = await setup();
    const before = await readdir(dir);
    const missing = await run(['import', 'nope.xlsx', '--into', 'data', '--lang', 'en'], work);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("File 'nope.xlsx' cannot be read");
    await mkdir(join(work, 'empty'));
    const notData = await run(['import', 'ok.csv', '--into', 'empty', '--lang', 'en'], work);
    expect(notData.code).toBe(2);
    expect(notData.err).toContain('is not a data directory');
    expect(await readdir(join(work, 'empty'))).toEqual([]);
    expect(await readdir(dir)).toEqual(before);
    const usage = await run(['import', 'ok.csv'], work);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--into');
  });
});
