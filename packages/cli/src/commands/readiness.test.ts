import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cliIo.js';
import { main } from '../main.js';

// `kkb readiness` end to end on examples/banjarmasin/data, through main().
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const data = join(root, 'examples', 'banjarmasin', 'data');

async function run(args: string[], cwd = root): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface ReadinessJson {
  programme: boolean;
  score: number | null;
  points: number;
  maxPoints: number;
  counts: Record<string, number>;
  items: {
    code: string;
    status: string;
    recorded: boolean;
    leadAgency?: string;
    evidence: { link?: string }[];
  }[];
  gaps: { code: string; nextStep: { id: string; en: string } }[];
  toCheck: string[];
  missing: string[];
}

describe('kkb readiness (examples/banjarmasin)', () => {
  it('scores what public sources say: SKPD commitments done, family data in progress, the rest unknown', async () => {
    const r = await run(['readiness', data, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as ReadinessJson;
    // agencyCommitments 1 + familyData ½ = 1.5 of 15 points = 10 %
    expect([doc.score, doc.points, doc.maxPoints]).toEqual([10, 1.5, 15]);
    expect(doc.counts).toEqual({ done: 1, inProgress: 1, notStarted: 0, unknown: 9 });
    expect(doc.missing).toEqual([]);
    expect(doc.toCheck).toContain('mayorPolicy');
    expect(doc.toCheck).toContain('perda');
    expect(doc.items.find((i) => i.code === 'pokjaKota')?.leadAgency).toBe('Barenlitbangda');
    expect(doc.gaps).toHaveLength(10);
    expect(doc.gaps.every((g) => g.nextStep.id !== '' && g.nextStep.en !== '')).toBe(true);
  });

  it('prints the score, every item and the next steps in Indonesian by default', async () => {
    const r = await run(['readiness', data]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kesiapan program Kota Banjarmasin: skor 10 (1,5 dari 15 poin)');
    expect(r.out).toContain(
      '[selesai] Perangkat daerah (SKPD) yang berkomitmen melakukan intervensi (bobot 1, 1 poin)',
    );
    expect(r.out).toContain('bukti: https://kalsel.bkkbn.go.id/?p=961');
    expect(r.out).toContain('perangkat daerah pengampu: Barenlitbangda');
    expect(r.out).toContain('→ langkah berikutnya: Siapkan rancangan Perwali/Perbup atau SK');
    expect(r.out).toMatch(/Perlu dicek \(tidak diketahui\): Kebijakan wali kota/);
  });

  it('prints English with --lang en', async () => {
    const r = await run(['readiness', data, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Programme readiness of Kota Banjarmasin: score 10 (1.5 of 15 points)');
    expect(r.out).toContain(
      '[in progress] Family data (Pendataan Keluarga) available (weight 1, 0.5 points)',
    );
    expect(r.out).toContain('→ next step: Draft a Perwali/Perbup or decree on Kampung KB');
  });

  it('counts every item unknown without a programme, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-readiness-'));
    cpSync(join(data, 'regions.csv'), join(dir, 'regions.csv'));
    const r = await run(['readiness', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('has no programme.json/yaml: every item counts as unknown');
    expect(r.out).toContain('score 0 (0 of 15 points)');
    expect(r.out).toContain('not recorded in programme.json');
  });

  it('stops with exit 2 and a did-you-mean on an unknown readiness item', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-readiness-'));
    const programme = JSON.parse(readFileSync(join(data, 'programme.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    programme['readiness'] = { perwali: { status: 'selesai' } };
    writeFileSync(join(dir, 'programme.json'), JSON.stringify(programme, null, 2));
    const r = await run(['readiness', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Unknown readiness item 'perwali'; did you mean 'mayorPolicy'?");
  });

  it('appears in the city recap of kkb report (id)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kkb-readiness-report-'));
    const r = await run(['report', data, '--out', out]);
    expect(r.code).toBe(0);
    const recap = readdirSync(out).find((f) => f.startsWith('city-recap-') && f.endsWith('.md'));
    const md = readFileSync(join(out, recap ?? ''), 'utf8');
    expect(md).toContain('## Kesiapan program kota');
    expect(md).toContain('- **Skor kesiapan:** 10,0 %');
    expect(md).toContain('- **Poin:** 1,5 dari 15');
  });
});
