import type { Kampung, MonthlyReport, PopulationSnapshot } from '@kampung-kb/model';
import { type BuiltKampung, buildKampung, fail, regionsFor } from './build.js';
import type { KampungDesign, ProfileDesign } from './design.js';

/**
 * The `invalid/` data set: four kampung of the same city, built clean like the main data, then
 * broken on purpose with the data-entry mistakes the rules must catch. Each mistake is listed with the
 * issue it should raise, so a test can compare.
 */

/** The months of the invalid/ data set (half a year is enough to show the mistakes). */
export const INVALID_MONTHS: readonly string[] = [
  '2020-01',
  '2020-02',
  '2020-03',
  '2020-04',
  '2020-05',
  '2020-06',
];

const PROFILE: ProfileDesign = {
  pokja: 'members',
  funding: ['apbd', 'selfFunded'],
  poktan: ['bkb', 'bkr', 'bkl'],
  secretariat: true,
  rumahDataku: false,
  mentor: true,
  regulation: ['villageHead'],
  data: ['pk', 'bkkbnRoutine'],
  ops: ['planningMeeting', 'socialisation', 'reporting'],
};

const base = (
  id: string,
  kelurahan: string,
  code: string,
  designationDate: string,
  population: number,
): KampungDesign => ({
  id,
  kelurahan,
  code,
  designationDate,
  mainCriteria: ['lowKbParticipation', 'highPoverty'],
  areaCriteria: ['dense', 'riverbank'],
  population,
  profile: PROFILE,
  output: { cpr: 52, mkjp: 21, unmet: 10, poktan: { bkb: 30, bkr: 15, bkl: 22 } },
  interventions: { count: 2, agencies: 2 },
  level: 'dasar',
});

/** The four kampung of invalid/ (real Banjarmasin kelurahan, not in the main data set). */
export const INVALID_DESIGNS: readonly KampungDesign[] = [
  base('kelayan-selatan', 'Kelayan Selatan', '63.71.01.1002', '2019-05-15', 6400),
  base('pekauman', 'Pekauman', '63.71.01.1003', '2019-09-11', 7200),
  base('sungai-miai', 'Sungai Miai', '63.71.04.1005', '2019-12-04', 5100),
  base('surgi-mufti', 'Surgi Mufti', '63.71.04.1006', '2020-01-22', 4300),
];

/** Upper regions of invalid/: the two kecamatan its kampung lie in. */
export const INVALID_UPPER_REGIONS = [
  { code: '63', name: 'Kalimantan Selatan' },
  { code: '63.71', name: 'Kota Banjarmasin' },
  { code: '63.71.01', name: 'Banjarmasin Selatan' },
  { code: '63.71.04', name: 'Banjarmasin Utara' },
];

/** One issue the rules are expected to raise on invalid/. */
export interface ExpectedIssue {
  ruleId: string;
  code: string;
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line of a CSV record (header = line 1); null for JSON records, which are located by index. */
  line: number | null;
  /** 0-based index of a JSON record; null for CSV records. */
  index: number | null;
  /** Dotted field the issue names; null when it concerns the whole record. */
  field: string | null;
  kampungId: string;
  period: string | null;
  /** false for an issue that follows from a deliberate mistake rather than being one. */
  deliberate: boolean;
  mistake: { id: string; en: string };
}

export interface InvalidDataset {
  built: BuiltKampung[];
  kampung: Kampung[];
  monthly: MonthlyReport[];
  expected: ExpectedIssue[];
  regions: ReturnType<typeof regionsFor>;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The 1-based CSV line (header = line 1) of the `nth` report of a kampung and month in `monthly.csv`. */
function lineOf(monthly: readonly MonthlyReport[], id: string, period: string, nth = 0): number {
  let seen = 0;
  for (let i = 0; i < monthly.length; i++) {
    const m = monthly[i] as MonthlyReport;
    if (m.kampungId === id && m.period === period) {
      if (seen === nth) return i + 2;
      seen++;
    }
  }
  return fail(`invalid: no line for ${id} ${period}`);
}

/** Applies the eight data-entry mistakes to the clean copies (in place). */
function applyMistakes(built: readonly BuiltKampung[], kampung: Kampung[], monthly: MonthlyReport[]): void {
  const popOf = (id: string): PopulationSnapshot =>
    built.find((b) => b.design.id === id)?.population[0] ?? fail(`invalid: no population for ${id}`);
  const find = (id: string, period: string): MonthlyReport =>
    monthly.find((m) => m.kampungId === id && m.period === period) ??
    fail(`invalid: no report ${id} ${period}`);

  // 1. kkbpk-balance: seven TIAL couples entered twice, so users + non-users exceed PUS.
  find('kelayan-selatan', '2020-03').nonUsers.tial += 7;
  // 2. poktan-within-target: BKB participants typed larger than the families with under-fives.
  const pekaumanFeb = find('pekauman', '2020-02');
  pekaumanFeb.poktanParticipants.bkb = popOf('pekauman').familiesWithUnderFives + 23;
  // 3. count-non-negative-integer: pill users entered as a negative correction (-4); the injectable
  //    count holds the rest so the row still adds up to PUS.
  const pekaumanMay = find('pekauman', '2020-05');
  pekaumanMay.users.injectable += pekaumanMay.users.pill + 4;
  pekaumanMay.users.pill = -4;
  // 4. jkn-within-population: an extra zero typed in the JKN holders.
  find('surgi-mufti', '2020-04').jknHolders *= 10;
  // 5. record-shape: the kecamatan part of a kelurahan code written with one digit.
  (kampung[2] as Kampung).regionCode = '63.71.4.1005';
  // 6. region-outside-city: 63.71 typed as 63.72 (Kota Banjarbaru).
  (kampung[3] as Kampung).regionCode = '63.72.04.1006';
  // 7. duplicate-record: the May report of Kelayan Selatan pasted twice.
  const dupAt = monthly.indexOf(find('kelayan-selatan', '2020-05'));
  monthly.splice(dupAt + 1, 0, clone(monthly[dupAt] as MonthlyReport));
  // 8. unknown-kampung: a report for Kelayan Dalam, which is not (yet) a Kampung KB in this data.
  monthly.push({ ...clone(find('kelayan-selatan', '2020-06')), kampungId: 'kelayan-dalam' });
}

/** The issues the mistakes in `kampung.json` should raise. */
function kampungIssues(kampung: readonly Kampung[]): ExpectedIssue[] {
  const json = (
    ruleId: string,
    code: string,
    index: number,
    deliberate: boolean,
    mistake: ExpectedIssue['mistake'],
  ): ExpectedIssue => ({
    ruleId,
    code,
    severity: 'error',
    file: 'kampung.json',
    line: null,
    index,
    field: 'regionCode',
    kampungId: (kampung[index] as Kampung).id,
    period: null,
    deliberate,
    mistake,
  });
  return [
    json('record-shape', 'record-shape', 2, true, {
      id: 'Kode wilayah salah format: 63.71.4.1005 (kode kecamatan satu digit; seharusnya 63.71.04.1005)',
      en: 'Malformed region code 63.71.4.1005 (one-digit district part; should be 63.71.04.1005)',
    }),
    json('region-parent', 'region-outside-city', 3, true, {
      id: 'Kode kelurahan di luar Kota Banjarmasin: 63.72.04.1006 (63.71 tertulis 63.72)',
      en: 'Kelurahan code outside Kota Banjarmasin: 63.72.04.1006 (63.71 typed as 63.72)',
    }),
    json('region-parent', 'region-parent', 3, false, {
      id: 'Akibat kode 63.72.04.1006: kelurahan, kecamatan dan kota induknya tidak ada di regions.csv',
      en: 'Follows from code 63.72.04.1006: its kelurahan, kecamatan and city are not in regions.csv',
    }),
  ];
}

/** The issues the mistakes in `monthly.csv` should raise. */
function monthlyIssues(monthly: readonly MonthlyReport[]): ExpectedIssue[] {
  const csv = (
    ruleId: string,
    kampungId: string,
    period: string,
    field: string | null,
    mistake: ExpectedIssue['mistake'],
    extra: Partial<ExpectedIssue> = {},
  ): ExpectedIssue => ({
    ruleId,
    code: ruleId,
    severity: 'error',
    file: 'monthly.csv',
    line: lineOf(monthly, kampungId, period),
    index: null,
    field,
    kampungId,
    period,
    deliberate: true,
    mistake,
    ...extra,
  });
  const issues: ExpectedIssue[] = [
    csv('kkbpk-balance', 'kelayan-selatan', '2020-03', null, {
      id: 'Peserta KB + bukan peserta ≠ PUS (TIAL 7 lebih banyak)',
      en: 'Users + non-users ≠ PUS (TIAL 7 too many)',
    }),
    csv('duplicate-record', 'kelayan-selatan', '2020-05', null, {
      id: 'Laporan Mei 2020 Kelayan Selatan tercatat dua kali (baris kedua dilaporkan)',
      en: 'The May 2020 report of Kelayan Selatan entered twice (the second line is reported)',
    }),
    csv(
      'poktan-within-target.bkb',
      'pekauman',
      '2020-02',
      'poktanParticipants.bkb',
      {
        id: 'Peserta BKB melebihi keluarga yang memiliki balita',
        en: 'BKB participants exceed the families with under-fives',
      },
      // The rule is a template over the poktan list: the issue names the expanded rule and the template.
      { code: 'poktan-within-target' },
    ),
    csv('count-non-negative-integer', 'pekauman', '2020-05', 'users.pill', {
      id: 'Jumlah negatif: peserta pil -4',
      en: 'Negative count: pill users -4',
    }),
    csv('jkn-within-population', 'surgi-mufti', '2020-04', 'jknHolders', {
      id: 'Pemegang JKN melebihi jumlah penduduk (kelebihan satu angka nol)',
      en: 'JKN holders exceed the population (an extra zero typed)',
    }),
    csv('unknown-kampung', 'kelayan-dalam', '2020-06', 'kampungId', {
      id: "Laporan bulanan untuk kampung yang tidak dikenal 'kelayan-dalam'",
      en: "Monthly report for an unknown kampung 'kelayan-dalam'",
    }),
    csv(
      'population-missing',
      'kelayan-dalam',
      '2020-06',
      null,
      {
        id: 'Akibat kampung tak dikenal: tidak ada data penduduk untuk kelayan-dalam (peringatan)',
        en: 'Follows from the unknown kampung: no population snapshot for kelayan-dalam (warning)',
      },
      { severity: 'warning', deliberate: false },
    ),
  ];
  // The duplicate is reported on its second occurrence.
  const dup = issues.find((e) => e.ruleId === 'duplicate-record');
  if (dup) dup.line = lineOf(monthly, 'kelayan-selatan', '2020-05', 1);
  return issues;
}

/** Builds the clean base, applies the mistakes and lists the issues they should raise. */
export function buildInvalid(): InvalidDataset {
  const built = INVALID_DESIGNS.map((d) => buildKampung(d, { months: INVALID_MONTHS, checkLevel: false }));
  const regions = regionsFor(INVALID_UPPER_REGIONS, INVALID_DESIGNS);
  const kampung = built.map((b) => clone(b.kampung));
  const monthly: MonthlyReport[] = built.flatMap((b) => b.monthly.map(clone));
  applyMistakes(built, kampung, monthly);
  const expected = [...kampungIssues(kampung), ...monthlyIssues(monthly)];
  return { built, kampung, monthly, expected, regions };
}
