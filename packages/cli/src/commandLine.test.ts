import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo.js';
import { main, VERSION } from './main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/banjarmasin/data');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: process.cwd() };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** English words that must not appear in an Indonesian run (commander's, zod's and the CLI's own). */
const ENGLISH = /\b(unknown|option|invalid|expected|required|usage|did you mean|error|argument)\b/i;

describe('the command line (issue 7)', () => {
  it('shows the help of one command only', async () => {
    const r = await run(['validate', '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: kkb validate [options] <dir>');
    expect(r.out).toContain('--rules <file>');
    expect(r.out).not.toContain('--out');
    expect(r.out).not.toContain('--level');
    const id = await run(['report', '--help']);
    expect(id.out).toContain('Penggunaan: kkb report [opsi] <dir>');
    expect(id.out).toContain('--out <dir>');
    expect(id.out).not.toContain('--rules');
  });

  it('points to the docs by URL', async () => {
    const r = await run(['--help']);
    expect(r.out).toContain('https://github.com/kampung-kb/kampung-kb-sdk/blob/main/docs/data-format.md');
  });

  it('suggests the command or option meant, in the language asked', async () => {
    const cmd = await run(['validat', EXAMPLE, '--lang', 'en']);
    expect(cmd.code).toBe(2);
    expect(cmd.err).toContain("Unknown command: 'validat'");
    expect(cmd.err).toContain('Did you mean validate?');
    const opt = await run(['indicators', EXAMPLE, '--jsno']);
    expect(opt.code).toBe(2);
    expect(opt.err).toContain("Opsi tidak dikenal: '--jsno'");
    expect(opt.err).toContain('Maksud Anda --json?');
    expect(opt.err).not.toMatch(ENGLISH);
  });

  it('takes the language from the programme when --lang is not given', async () => {
    // The Banjarmasin programme says defaultLang: id.
    const r = await run(['indicators', EXAMPLE, '--level', 'provinsi']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Nilai tidak sah untuk --level');
    expect(r.err).not.toMatch(ENGLISH);
    const en = await run(['indicators', EXAMPLE, '--level', 'provinsi', '--lang', 'en']);
    expect(en.err).toContain('Invalid value for --level');
    expect(en.err).not.toContain('Nilai');
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
      version: string;
    };
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(pkg.version);
    expect(VERSION).toBe(pkg.version);
  });

  it('does not look commands up on the prototype chain', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const r = await run([name, EXAMPLE, '--lang', 'en']);
      expect(r.code, name).toBe(2);
      expect(r.err).toContain(`Unknown command: '${name}'`);
      expect(r.err).not.toContain('unexpected');
    }
  });

  it('says "1 problem", not "1 problems"', async () => {
    const r = await run(['validate', EXAMPLE, '--rules', 'no-such-rules.yaml', '--lang', 'en']);
    expect(r.code).toBe(2);
    const s = await run(['indicators', EXAMPLE, '--indicators', 'no-such.yaml', '--lang', 'en']);
    expect(s.err).toContain('(1 problem)');
    expect(s.err).not.toContain('problems)');
  });

  it('names indicators from the catalogue, not by id, in tables', async () => {
    const r = await run(['indicators', EXAMPLE, '--level', 'kota', '--period', '202012', '--lang', 'id']);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('interventions-by-section.religion');
    expect(r.out).toContain('Intervensi seksi Keagamaan');
  });

  it('--explain --json gives the sub-scores as data', async () => {
    const r = await run(['indicators', EXAMPLE, '--explain', '--json']);
    const doc = JSON.parse(r.out) as {
      explanations: { subIndicators: { id: string; value: number | null; score: number; band: unknown }[] }[];
    };
    const cpr = doc.explanations[0]?.subIndicators.find((s) => s.id === 'cpr');
    expect(cpr).toMatchObject({ id: 'cpr', score: expect.any(Number), band: { label: expect.any(Object) } });
    expect(typeof cpr?.value).toBe('number');
  });

  it('has flags for the cross-sector exclusions and zero denominators', async () => {
    const base = JSON.parse((await run(['indicators', EXAMPLE, '--explain', '--json'])).out) as {
      explanations: { subIndicators: { id: string; value: number | null }[] }[];
    };
    const none = JSON.parse(
      (await run(['indicators', EXAMPLE, '--explain', '--json', '--cross-sector-exclusions', ''])).out,
    ) as typeof base;
    const cross = (d: typeof base) =>
      d.explanations.map((e) => e.subIndicators.find((s) => s.id === 'crossSector')?.value ?? 0);
    expect(cross(none).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(
      cross(base).reduce((a, b) => a + b, 0),
    );
    const bad = await run(['indicators', EXAMPLE, '--cross-sector-exclusions', 'nope', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Unknown agency code: nope');
    expect((await run(['indicators', EXAMPLE, '--zero-denominator', 'missing'])).code).toBe(0);
    expect((await run(['indicators', EXAMPLE, '--zero-denominator', 'maybe'])).code).toBe(2);
  });
});
