import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo.js';
import { main } from './main.js';

// `kkb validate --rules` end to end on examples/martapura, through main() (no bin link needed).
const example = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples', 'martapura');

async function run(args: string[], cwd = example): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface ValidateJson {
  ok: boolean;
  summary: {
    bySeverity: Record<string, number>;
    byRule: Record<string, number>;
    ruleChanges?: {
      file?: string;
      added: { id: string; severity: string }[];
      overridden: { id: string; fields: string[] }[];
      disabled: { id: string; reason: string }[];
    };
  };
  issues: {
    ruleId: string;
    code: string;
    severity: string;
    location: { kampungId?: string; period?: string };
  }[];
}

describe('kkb validate --rules (examples/martapura)', () => {
  it('applies rules.yaml and reports exactly what it added, overrode and disabled (JSON)', async () => {
    const r = await run(['validate', 'data', '--rules', 'rules.yaml', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as ValidateJson;
    expect(doc.ok).toBe(true);
    expect(doc.summary.ruleChanges).toEqual({
      file: 'rules.yaml',
      added: [
        {
          id: 'mkjp-share-min-15',
          name: { id: 'Porsi MKJP minimal 15 %', en: 'MKJP share at least 15 %' },
          severity: 'warning',
        },
        {
          id: 'users-month-jump',
          name: { id: 'Perubahan peserta KB bulanan wajar', en: 'Plausible monthly change in users' },
          severity: 'warning',
        },
      ],
      overridden: [
        {
          id: 'jkn-within-population',
          name: { id: 'Pemegang JKN ≤ jumlah penduduk', en: 'JKN holders ≤ population' },
          fields: ['severity'],
        },
      ],
      disabled: [
        {
          id: 'intervention-after-designation',
          reason:
            'Kegiatan rintisan sebelum pencanangan 2019 sengaja dicatat sebagai intervensi / pilot activities before the 2019 designation are recorded as interventions on purpose',
        },
      ],
    });
    // Keraton: MKJP 5+2+0+8 = 15 of 150 users = 10 % < 15 % in each of the 6 months; Tanjung Rema 2023-04:
    // JKN 1030 > 32 × 32 = 1024 residents, now a warning.
    expect(
      doc.issues.map((i) => `${i.ruleId}:${i.severity}:${i.location.kampungId}:${i.location.period}`),
    ).toEqual([
      'mkjp-share-min-15:warning:keraton:2023-01',
      'mkjp-share-min-15:warning:keraton:2023-02',
      'mkjp-share-min-15:warning:keraton:2023-03',
      'mkjp-share-min-15:warning:keraton:2023-04',
      'jkn-within-population:warning:tanjung-rema:2023-04',
      'mkjp-share-min-15:warning:keraton:2023-05',
      'mkjp-share-min-15:warning:keraton:2023-06',
    ]);
    expect(doc.summary.bySeverity).toEqual({ error: 0, warning: 7, info: 0 });
    expect('intervention-after-designation' in doc.summary.byRule).toBe(false);
    expect(doc.summary.byRule['users-month-jump']).toBe(0);
  });

  it('shows the changes in the text summary, in Indonesian and English', async () => {
    const id = await run(['validate', 'data', '--rules', 'rules.yaml']);
    expect(id.code).toBe(0);
    expect(id.out).toContain('Berkas aturan (rules.yaml):');
    expect(id.out).toContain(
      '  Ditambahkan: mkjp-share-min-15 (Porsi MKJP minimal 15 %), users-month-jump (Perubahan peserta KB bulanan wajar)',
    );
    expect(id.out).toContain('  Diubah: jkn-within-population (severity)');
    expect(id.out).toContain('  Dinonaktifkan: intervention-after-designation (alasan: Kegiatan rintisan');
    expect(id.out).toContain(
      'monthly.csv:3 [keraton 2023-01] Porsi MKJP 10 % (15 dari 150 peserta KB) di bawah target 15 % (mkjp-share-min-15, peringatan)',
    );
    const en = await run(['validate', 'data', '--rules', 'rules.yaml', '--lang', 'en']);
    expect(en.out).toContain('  Overridden: jkn-within-population (severity)');
    expect(en.out).toContain('  Disabled: intervention-after-designation (reason: Kegiatan rintisan');
  });

  it('without --rules the built-in catalogue applies: the JKN slip is an error and the pilot intervention a warning', async () => {
    const r = await run(['validate', 'data', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as ValidateJson;
    expect(doc.issues.map((i) => `${i.ruleId}:${i.severity}`)).toEqual([
      'jkn-within-population:error',
      'intervention-after-designation:warning',
    ]);
    expect(doc.summary.ruleChanges).toBeUndefined();
  });

  it('exits 2 with a positioned message in one language on an expression typo, before reading any data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-rules-'));
    writeFileSync(
      join(dir, 'typo.yaml'),
      [
        'version: 1',
        'rules:',
        '  - id: mkjp-typo',
        '    kind: condition',
        '    severity: warning',
        '    name: { id: Salah ketik, en: Typo }',
        '    description: { id: Contoh salah ketik, en: A typo example }',
        '    instruction: { id: Perbaiki, en: Fix it }',
        '    source: test',
        '    expression: sum(users[mkpj]) >= 1',
        '    missingValueStrategy: skipIfAnyMissing',
        '',
      ].join('\n'),
    );
    // The data directory does not exist: the rules file is rejected first, so no data problem is reported.
    const r = await run(['validate', 'no-such-data', '--rules', 'typo.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "typo.yaml:10 [mkjp-typo] rules[0].expression: Aturan 'mkjp-typo', ekspresi 'sum(users[mkpj]) >= 1' (baris 1, kolom 5 ekspresi):",
    );
    expect(r.err).not.toContain('Rule ');
    expect(r.err).toContain("'mkjp'");
    expect(r.err).not.toContain('no-such-data');
    expect(r.err).toContain("Berkas aturan 'typo.yaml' tidak dapat dipakai (1 masalah).");
    const en = await run(['validate', 'no-such-data', '--rules', 'typo.yaml', '--lang', 'en'], dir);
    expect(en.err).toContain(
      "Rule 'mkjp-typo', expression 'sum(users[mkpj]) >= 1' (expression line 1, column 5):",
    );
    expect(en.err).not.toContain('Aturan');
    expect(en.err).toContain("The rules file 'typo.yaml' cannot be used (1 problem).");
  });

  it('exits 2 on an unknown id to override and on a schema problem, with the YAML line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkb-rules-'));
    writeFileSync(
      join(dir, 'unknown.yaml'),
      'version: 1\noverrides:\n  - id: jkn-within-populasi\n    severity: warning\n',
    );
    const u = await run(['validate', example, '--rules', 'unknown.yaml', '--lang', 'en'], dir);
    expect(u.code).toBe(2);
    expect(u.err).toContain(
      "unknown.yaml:3 [jkn-within-populasi] overrides[0].id: Rule 'jkn-within-populasi' to override is not in the catalogue (rule-file/rule-unknown-id)",
    );
    writeFileSync(
      join(dir, 'bad.yaml'),
      'version: 1\noverrides:\n  - id: jkn-within-population\n    severity: peringatan\n',
    );
    const b = await run(['validate', example, '--rules', 'bad.yaml'], dir);
    expect(b.code).toBe(2);
    expect(b.err).toContain('bad.yaml:4 overrides[0].severity:');
    expect(b.err).toContain('(rule-file/rule-file-invalid)');
    const missing = await run(['validate', example, '--rules', 'nope.yaml', '--lang', 'en'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("The rules file 'nope.yaml' cannot be read: not found.");
  });
});
