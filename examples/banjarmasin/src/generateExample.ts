import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type {
  Budget,
  Intervention,
  Kampung,
  MonthlyReport,
  PopulationSnapshot,
  ProfileSnapshot,
  Proposal,
  Region,
} from '@kampung-kb/model';
import { ageBands, codesOf, interventionOutputs } from '@kampung-kb/model';
import { buildBudgets } from './budgets.js';
import {
  type BuiltKampung,
  buildKampung,
  CLASSIFICATION_PERIOD,
  lastDayOf,
  MONTHS_2020,
  regionsFor,
  SEED,
} from './build.js';
import { type Classification, LEVEL_NAMES, LEVELS, type Level } from './classify.js';
import { KAMPUNG_DESIGNS, UPPER_REGIONS } from './design.js';
import { buildInvalid, type ExpectedIssue } from './invalid.js';
import { buildProposals } from './proposals.js';
import { READINESS } from './readiness.js';
import { toCsv, toJson } from './serialize.js';

/** The programme definition of Banjarmasin (the shape `@kampung-kb/kit` reads). */
export const PROGRAMME = {
  name: { id: 'Kampung KB Kampung Baiman', en: 'Kampung KB Kampung Baiman (clean and comfortable)' },
  city: { code: '63.71', name: 'Kota Banjarmasin' },
  province: { code: '63', name: 'Kalimantan Selatan' },
  agency: 'DPPKBPM Kota Banjarmasin',
  brand: 'Kampung Baiman',
  startYear: 2016,
  synthetic: true,
  defaultLang: 'id',
  publicReport: { smallCellThreshold: 5 },
} as const;

const AGE_COLUMNS = codesOf(ageBands);

/** Columns of each CSV file: dotted field paths, in schema order. */
export const CSV_COLUMNS = {
  regions: ['code', 'name'],
  population: [
    'kampungId',
    'period',
    ...AGE_COLUMNS.map((k) => `male.${k}`),
    ...AGE_COLUMNS.map((k) => `female.${k}`),
    'families',
    'pus',
    'familiesWithUnderFives',
    'familiesWithAdolescents',
    'familiesWithElderly',
    'adolescents',
  ],
  monthly: [
    'kampungId',
    'period',
    'users.iud',
    'users.mow',
    'users.mop',
    'users.implant',
    'users.injectable',
    'users.pill',
    'users.condom',
    'nonUsers.pregnant',
    'nonUsers.ias',
    'nonUsers.iat',
    'nonUsers.tial',
    'poktanParticipants.bkb',
    'poktanParticipants.bkr',
    'poktanParticipants.bkl',
    'poktanParticipants.uppka',
    'poktanParticipants.pikr',
    'jknHolders',
  ],
  interventions: [
    'id',
    'kampungId',
    'title',
    'date',
    'section',
    'agencies',
    'partner',
    'targetGroups',
    'place',
    'description',
    ...interventionOutputs.items.map((o) => `outputs.${o.code}`),
    'spend',
    'fundingSource',
  ],
  proposals: [
    'id',
    'kampungId',
    'raisedOn',
    'title',
    'section',
    'assignedAgency',
    'status',
    'addressedOn',
    'interventionId',
    'description',
  ],
  budgets: ['kampungId', 'year', 'fundingSource', 'amount', 'description'],
} as const;

/** What the expected-levels file says about one kampung at 2020-12. */
export interface ExpectedLevel {
  level: Level;
  input: number;
  process: number;
  output: number;
  scores: Classification['scores'];
  percentages: Classification['percentages'];
}

/** The whole generated data set, in memory. */
export interface GeneratedDataset {
  regions: Region[];
  kampung: Kampung[];
  profiles: ProfileSnapshot[];
  population: PopulationSnapshot[];
  monthly: MonthlyReport[];
  interventions: Intervention[];
  /** Community proposals from urun rembug warga, addressed ones linked to their intervention. */
  proposals: Proposal[];
  /** 2020 budget lines by funding source. */
  budgets: Budget[];
  built: BuiltKampung[];
  expectedLevels: Record<string, ExpectedLevel>;
  levelCounts: Record<Level, number>;
}

/** Builds the 21-kampung data set (aborts if any record fails its schema or misses its designed level). */
export function buildDataset(): GeneratedDataset {
  const built = KAMPUNG_DESIGNS.map((d) => buildKampung(d));
  const expectedLevels: Record<string, ExpectedLevel> = {};
  const levelCounts = { dasar: 0, berkembang: 0, mandiri: 0, berkelanjutan: 0 } as Record<Level, number>;
  for (const b of built) {
    const c = b.classification;
    expectedLevels[b.kampung.id] = {
      level: c.level,
      input: c.input,
      process: c.process,
      output: c.output,
      scores: c.scores,
      percentages: c.percentages,
    };
    levelCounts[c.level] += 1;
  }
  for (const level of LEVELS)
    if (levelCounts[level] < 2) throw new Error(`generate: fewer than two kampung are ${LEVEL_NAMES[level]}`);
  return {
    regions: regionsFor(UPPER_REGIONS, KAMPUNG_DESIGNS),
    kampung: built.map((b) => b.kampung),
    profiles: built.flatMap((b) => b.profiles),
    population: built.flatMap((b) => b.population),
    monthly: built.flatMap((b) => b.monthly),
    interventions: built.flatMap((b) => b.interventions),
    proposals: built.flatMap((b) =>
      buildProposals(b, lastDayOf(MONTHS_2020[MONTHS_2020.length - 1] as string)),
    ),
    budgets: built.flatMap((b) => buildBudgets(b)),
    built,
    expectedLevels,
    levelCounts,
  };
}

function dataFiles(ds: GeneratedDataset): Record<string, string> {
  return {
    // — readiness (docs/readiness.md) —
    'programme.json': toJson({ ...PROGRAMME, readiness: READINESS }),
    'regions.csv': toCsv(CSV_COLUMNS.regions, ds.regions),
    'kampung.json': toJson(ds.kampung),
    'profiles.json': toJson(ds.profiles),
    'population.csv': toCsv(CSV_COLUMNS.population, ds.population),
    'monthly.csv': toCsv(CSV_COLUMNS.monthly, ds.monthly),
    'interventions.csv': toCsv(CSV_COLUMNS.interventions, ds.interventions),
    'proposals.csv': toCsv(CSV_COLUMNS.proposals, ds.proposals),
    'budgets.csv': toCsv(CSV_COLUMNS.budgets, ds.budgets),
  };
}

/** The expected levels at 2020-12, written beside `data/` (inside it the kit would warn about an unknown file). */
function expectedLevelsFile(ds: GeneratedDataset): string {
  return toJson({
    period: CLASSIFICATION_PERIOD,
    seed: SEED,
    levelCounts: ds.levelCounts,
    kampung: ds.expectedLevels,
  });
}

function cell(v: string | number | null): string {
  return v === null ? '–' : String(v);
}

function invalidReadme(expected: readonly ExpectedIssue[]): string {
  const rows = expected.map(
    (e, i) =>
      `| ${i + 1} | \`${e.ruleId}\`${e.code === e.ruleId ? '' : ` (code \`${e.code}\`)`} | ${e.severity} | ` +
      `\`${e.file}\` | ${e.line === null ? `index ${e.index}` : `line ${e.line}`} | ${cell(e.field)} | ` +
      `${e.kampungId}${e.period ? ` ${e.period}` : ''} | ${e.mistake.id} / ${e.mistake.en}${e.deliberate ? '' : ' *(akibat / consequence)*'} |`,
  );
  return `${[
    '# invalid/: data dengan kesalahan yang disengaja / data with deliberate mistakes',
    '',
    '> **Data sintetis / synthetic data.** File ini dibuat oleh `generate.ts`; jangan disunting dengan tangan.',
    '> Generated by `generate.ts`; do not edit by hand.',
    '',
    'Empat kampung Kota Banjarmasin (Kelayan Selatan, Pekauman, Sungai Miai, Surgi Mufti), Januari–Juni 2020,',
    'dibuat bersih seperti `data/` lalu dirusak dengan kesalahan entri data yang umum. `kkb validate invalid`',
    'harus menemukan tepat temuan di bawah ini (juga tertulis di `expected-issues.json` untuk pengujian).',
    '',
    'Four kampung of Kota Banjarmasin, January–June 2020, built clean like `data/` and then broken with',
    'common data-entry mistakes. `kkb validate invalid` should report exactly the issues below (also in',
    '`expected-issues.json`, for tests). CSV lines count the header as line 1; JSON records are located',
    'by their 0-based index in the array, as `@kampung-kb/kit` reports them.',
    '',
    '| # | rule | severity | file | where | field | kampung / period | mistake (id / en) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Catatan / notes:',
    '',
    '- `region-outside-city` adalah *code* dari aturan `region-parent` di `@kampung-kb/rules`; kode 63.72',
    '  juga tidak ada di `regions.csv`, sehingga `region-parent` ikut melapor.',
    '  `region-outside-city` is a code of the `region-parent` rule; as 63.72… is not in `regions.csv` either,',
    '  `region-parent` also reports the missing regions.',
    '- Baris dengan jumlah negatif gagal skema, sehingga pemeriksaan nilai (keseimbangan PUS dll.) dilewati',
    '  untuk baris itu; kolom injeksi diisi agar baris tetap seimbang.',
    '  The row with the negative count fails its schema, so the value rules skip it; its injectable count',
    '  was raised so that the row would balance anyway.',
    '- Laporan untuk `kelayan-dalam` juga memicu peringatan `population-missing`.',
    '  The report for `kelayan-dalam` also raises the `population-missing` warning.',
  ].join('\n')}\n`;
}

function invalidFiles(): Record<string, string> {
  const inv = buildInvalid();
  return {
    'programme.json': toJson({
      ...PROGRAMME,
      name: {
        id: 'Kampung KB Kampung Baiman (data uji dengan kesalahan)',
        en: 'Kampung KB Kampung Baiman (test data with mistakes)',
      },
    }),
    'regions.csv': toCsv(CSV_COLUMNS.regions, inv.regions),
    'kampung.json': toJson(inv.kampung),
    'profiles.json': toJson(inv.built.flatMap((b) => b.profiles)),
    'population.csv': toCsv(
      CSV_COLUMNS.population,
      inv.built.flatMap((b) => b.population),
    ),
    'monthly.csv': toCsv(CSV_COLUMNS.monthly, inv.monthly),
    'interventions.csv': toCsv(
      CSV_COLUMNS.interventions,
      inv.built.flatMap((b) => b.interventions),
    ),
    'expected-issues.json': toJson(inv.expected),
    'README.md': invalidReadme(inv.expected),
  };
}

/**
 * Every generated file, keyed by its path relative to the example directory (`data/…`,
 * `expected-levels.json`, `invalid/…`).
 */
export function buildFiles(): { files: Record<string, string>; dataset: GeneratedDataset } {
  const dataset = buildDataset();
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(dataFiles(dataset))) files[`data/${name}`] = text;
  files['expected-levels.json'] = expectedLevelsFile(dataset);
  for (const [name, text] of Object.entries(invalidFiles())) files[`invalid/${name}`] = text;
  return { files, dataset };
}

/**
 * Generates `data/`, `expected-levels.json` and `invalid/` under `outDir`. Deterministic: the same seed gives byte-identical
 * files on every run.
 */
export function generate(outDir: string): GeneratedDataset {
  const { files, dataset } = buildFiles();
  for (const [path, text] of Object.entries(files)) {
    const full = join(outDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text, 'utf8');
  }
  return dataset;
}
