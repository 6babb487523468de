import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo.js';
import { programmeToday } from './internal/programmeToday.js';
import { main } from './main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/banjarmasin/data');

function example(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kkb-silent-'));
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

describe('nothing silent (issue 7)', () => {
  it('an invalid programme file is an error, exit 2, in every command', async () => {
    const dir = example((d) => {
      const p = JSON.parse(readFileSync(join(d, 'programme.json'), 'utf8')) as Record<string, unknown>;
      p['publicReport'] = { smallCellThreshold: 20 };
      p['colour'] = 'green';
      writeFileSync(join(d, 'programme.json'), JSON.stringify(p, null, 2));
    });
    const out = mkdtempSync(join(tmpdir(), 'kkb-silent-out-'));
    for (const args of [
      ['validate', dir],
      ['indicators', dir],
      ['indicators', dir, '--level', 'kota'],
      ['report', dir, '--out', out, '--public'],
    ]) {
      const r = await run([...args, '--lang', 'en']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain("Unknown key 'colour'");
      expect(r.out).toBe('');
    }
  });

  it('an empty directory, or one with only subfolders, is not a data directory (exit 2)', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kkb-empty-'));
    const nested = mkdtempSync(join(tmpdir(), 'kkb-nested-'));
    mkdirSync(join(nested, 'data'));
    writeFileSync(join(nested, 'data', 'monthly.csv'), 'kampungId,period\n');
    for (const dir of [empty, nested])
      for (const command of ['validate', 'indicators']) {
        const r = await run([command, dir, '--lang', 'en']);
        expect(r.code, `${command} ${dir}`).toBe(2);
        expect(r.err).toContain('is not a data directory');
      }
    expect((await run(['validate', empty])).err).toContain('bukan direktori data');
  });

  it('--csv works at the default kampung level', async () => {
    const r = await run(['indicators', EXAMPLE, '--csv']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      'period,kampungId,name,regionCode,cpr,mkjpShare,unmetNeed,poktanParticipation,level,input,process,output,levelReason',
    );
    expect(lines.find((l) => l.startsWith('2020-12,sungai-andai,'))).toMatch(
      /^2020-12,sungai-andai,Kampung KB Sungai Andai,63\.71\.04\.1010,66\.08,/,
    );
  });

  it('the future-date check takes --today', async () => {
    const dir = example((d) =>
      appendFileSync(
        join(d, 'interventions.csv'),
        'sungai-andai-99,sungai-andai,Penyuluhan KB,2021-01-01,religion,kua,,pus,,\n',
      ),
    );
    const before = await run(['validate', dir, '--today', '2020-12-31', '--json']);
    const on = await run(['validate', dir, '--today', '2021-01-01', '--json']);
    const future = (s: string) =>
      (JSON.parse(s) as { issues: { ruleId: string }[] }).issues.filter((i) => i.ruleId === 'future-date');
    expect(future(before.out)).toHaveLength(1);
    expect(future(on.out)).toHaveLength(0);
    expect((await run(['validate', dir, '--today', '2021-02-30'])).code).toBe(2);
  });

  it('by default the date is today in the programme’s time zone, not the machine’s', () => {
    const instant = new Date('2020-12-31T16:30:00Z');
    expect(programmeToday(undefined, '63.71', instant)).toBe('2021-01-01'); // WITA 00:30
    expect(programmeToday(undefined, '32.73', instant)).toBe('2020-12-31'); // WIB 23:30
    expect(programmeToday(undefined, undefined, instant)).toBe('2020-12-31');
    expect(programmeToday('2020-06-01', '63.71', instant)).toBe('2020-06-01');
  });
});
