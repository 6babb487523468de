/**
 * The seeded generator of the end-to-end benchmark's data directories: `kampung` Kampung KB × `months` monthly
 * reports (2020-01 onwards) in the documented format (docs/data-format.md), valid per `kkb validate` (exit 0):
 * every kampung sits in a kelurahan that regions.csv lists, every report balances users + non-users = PUS,
 * poktan participants stay within their targets and JKN holders within the population.
 *
 * The data vary where the figures can go wrong: PUS, targets and counts differ by kampung; one kampung in 97
 * has no elderly families (BKL target 0, the portal's 0 % share); one in 211 has no report in the last month
 * (a kampung without a value); monthly.csv is sorted by month, as a city's monthly uploads arrive.
 *
 * The same `seed`, `kampung` and `months` always write the same bytes. Nothing here is shared with the code
 * under test: the generator uses only node:fs and its own PRNG.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from '../shared/rng.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The example city (Banjarmasin) gives the region list and the programme definition. */
export const EXAMPLE_DATA = join(HERE, '../../examples/banjarmasin/data');

/** Options of {@link generateDataDir}. */
export interface GenerateOptions {
  /** Number of monthly reports per kampung, from 2020-01 (default 12). */
  readonly months?: number;
  /** PRNG seed (default 42). */
  readonly seed?: number;
}

/** What {@link generateDataDir} wrote. */
export interface GeneratedDataDir {
  readonly dir: string;
  readonly kampung: number;
  readonly monthlyReports: number;
  /** The last month in the data (`YYYY-MM`), the period `kkb indicators` reports by default. */
  readonly lastMonth: string;
}

export const MONTHLY_HEADER =
  'kampungId,period,users.iud,users.mow,users.mop,users.implant,users.injectable,users.pill,users.condom,' +
  'nonUsers.pregnant,nonUsers.ias,nonUsers.iat,nonUsers.tial,poktanParticipants.bkb,poktanParticipants.bkr,' +
  'poktanParticipants.bkl,poktanParticipants.uppka,poktanParticipants.pikr,jknHolders';

const BANDS = [
  'y0_4',
  'y5_9',
  'y10_14',
  'y15_19',
  'y20_24',
  'y25_29',
  'y30_34',
  'y35_39',
  'y40_44',
  'y45_49',
  'y50_54',
  'y55_59',
  'y60_64',
  'y65_69',
  'y70_74',
  'y75plus',
] as const;
/** Typical band sizes of a kampung (the example's first row), varied per kampung. */
const BAND_BASE = [74, 70, 63, 72, 73, 70, 67, 62, 60, 52, 46, 37, 28, 19, 14, 11];

export const POPULATION_HEADER = [
  'kampungId',
  'period',
  ...BANDS.map((b) => `male.${b}`),
  ...BANDS.map((b) => `female.${b}`),
  'families',
  'pus',
  'familiesWithUnderFives',
  'familiesWithAdolescents',
  'familiesWithElderly',
  'adolescents',
].join(',');

export const monthOf = (m: number): string =>
  `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** Kelurahan codes (10 digits with dots) listed in the example's regions.csv. */
export function kelurahanOf(regionsCsv: string): string[] {
  const codes: string[] = [];
  for (const line of regionsCsv.split(/\r?\n/).slice(1)) {
    const code = line.split(',')[0] ?? '';
    if (/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code)) codes.push(code);
  }
  return codes;
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

interface KampungPopulation {
  readonly pus: number;
  readonly total: number;
  /** Targets of bkb, bkr, bkl, uppka, pikr. */
  readonly targets: readonly [number, number, number, number, number];
  readonly row: string;
}

/** Writes the data directory `dir` (created if missing); see the file comment for what it holds. */
export async function generateDataDir(
  dir: string,
  kampung: number,
  options: GenerateOptions = {},
): Promise<GeneratedDataDir> {
  const months = options.months ?? 12;
  const rand = rng(options.seed ?? 42);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  await mkdir(dir, { recursive: true });
  const regions = await readFile(join(EXAMPLE_DATA, 'regions.csv'), 'utf8');
  await writeFile(join(dir, 'regions.csv'), regions);
  await writeFile(join(dir, 'programme.json'), await readFile(join(EXAMPLE_DATA, 'programme.json')));
  const kelurahan = kelurahanOf(regions);
  const ids = Array.from({ length: kampung }, (_, k) => `kampung-${k}`);
  await writeFile(join(dir, 'kampung.json'), kampungJson(ids, kelurahan));
  const pops: KampungPopulation[] = ids.map((id, k) => {
    const male = BAND_BASE.map((b) => Math.max(1, b + int(-10, 10)));
    const female = BAND_BASE.map((b) => Math.max(1, b + int(-10, 10)));
    let total = 0;
    for (const v of male) total += v;
    for (const v of female) total += v;
    const families = int(300, 600);
    const pus = int(150, 450);
    const targets: [number, number, number, number, number] = [
      int(60, 200),
      int(80, 220),
      k % 97 === 5 ? 0 : int(40, 150),
      families,
      int(150, 450),
    ];
    const row = [
      id,
      monthOf(0),
      ...male,
      ...female,
      families,
      pus,
      targets[0],
      targets[1],
      targets[2],
      targets[4],
    ].join(',');
    return { pus, total, targets, row };
  });
  await writeLines(join(dir, 'population.csv'), [POPULATION_HEADER, ...pops.map((p) => p.row)]);
  let reports = 0;
  function* monthly(): Generator<string> {
    yield MONTHLY_HEADER;
    for (let m = 0; m < months; m++) {
      for (let k = 0; k < kampung; k++) {
        if (m === months - 1 && k % 211 === 7) continue;
        const p = pops[k] as KampungPopulation;
        // Users of the seven portal methods: between 30 % and 80 % of PUS.
        const users = Math.floor((p.pus * int(30, 80)) / 100);
        const iud = int(0, Math.floor(users / 8));
        const mow = int(0, Math.floor(users / 20));
        const mop = int(0, Math.floor(users / 60));
        const implant = int(0, Math.floor(users / 6));
        const rest = users - iud - mow - mop - implant;
        const injectable = int(0, rest);
        const pill = int(0, rest - injectable);
        const condom = rest - injectable - pill;
        const non = p.pus - users;
        const pregnant = int(0, Math.floor(non / 6));
        const iat = int(0, Math.floor(non / 4));
        const tial = int(0, Math.floor(non / 4));
        const ias = non - pregnant - iat - tial;
        const [tb, tr, tl, tu, tp] = p.targets;
        reports++;
        yield `${ids[k]},${monthOf(m)},${iud},${mow},${mop},${implant},${injectable},${pill},${condom},${pregnant},${ias},${iat},${tial},${int(0, tb)},${int(0, tr)},${int(0, tl)},${int(0, tu)},${int(0, tp)},${int(0, p.total)}`;
      }
    }
  }
  await writeLines(join(dir, 'monthly.csv'), monthly());
  return { dir, kampung, monthlyReports: reports, lastMonth: monthOf(months - 1) };
}

/** The `kampung.json` of the generated kampung, spread over the example's kelurahan in turn. */
function kampungJson(ids: readonly string[], kelurahan: readonly string[]): string {
  const records = ids.map((id, k) =>
    JSON.stringify({
      id,
      name: `Kampung KB ${k}`,
      regionCode: kelurahan[k % kelurahan.length],
      designationDate: '2016-01-15',
      mainCriteria: ['lowKbParticipation'],
      areaCriteria: ['riverbank'],
    }),
  );
  return `[\n${records.join(',\n')}\n]\n`;
}
