/**
 * A seeded synthetic PK21 register in the family CSV layout (one row per member, family columns on the
 * family's first row only), for the reader benchmark. Synthetic: the KK and NIK numbers are made-up 16-digit
 * numbers from a counter, not real ones. About 3.5 members per family (1–6); married women 15–49 get a Blok II.
 */
import { createWriteStream } from 'node:fs';

export const REGISTER_HEADER = [
  'kk',
  'kampungId',
  'villageCode',
  'month',
  'development.worship',
  'development.savings',
  'development.internet',
  'development.posyandu',
  'housing.roof',
  'housing.floor',
  'housing.drinkingWater',
  'housing.toilet.facility',
  'housing.toilet.sharing',
  'housing.floorAreaM2',
  'housing.sleepingRooms',
  'housing.tenure',
  'nik',
  'line',
  'sex',
  'birthMonth',
  'maritalStatus',
  'relation',
  'education',
  'jkn',
  'fertility.childrenEverBorn.male',
  'fertility.childrenEverBorn.female',
  'fertility.childrenLiving.male',
  'fertility.childrenLiving.female',
  'fertility.pregnant',
  'fertility.fertilityIntention',
  'fertility.currentMethod',
] as const;

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
const METHODS = ['iud', 'implant', 'injectable', 'pill', 'condom', 'mow', '', '', ''];
const BLANK_FERTILITY = ',,,,,,,';

/** The CSV rows of family `i` (0-based). */
export function familyRows(i: number, r: () => number): string[] {
  const kk = `6371${String(100_000_000_000 + i).padStart(12, '0')}`;
  const kampung = `kampung-${i % 21}`;
  const family = [
    kk,
    kampung,
    `63.71.0${1 + (i % 5)}.10${String(1 + (i % 21)).padStart(2, '0')}`,
    '2021-04',
    pick(r, ['ya', 'tidak']),
    pick(r, ['ya', 'tidak']),
    pick(r, ['ya', 'tidak', '']),
    pick(r, ['ya', 'tidak']),
    pick(r, ['metal', 'tile', 'concrete']),
    pick(r, ['ceramic', 'wood', 'cement']),
    pick(r, ['refill', 'piped', 'protectedWell']),
    pick(r, ['flushSeptic', 'flushSewer', 'hanging', 'none']),
    pick(r, ['private', 'shared', '']),
    String(18 + Math.floor(r() * 60)),
    String(1 + Math.floor(r() * 3)),
    pick(r, ['owned', 'rented']),
  ].join(',');
  const blankFamily = ','.repeat(15);
  const size = 1 + Math.floor(r() * 6);
  const rows: string[] = [];
  for (let m = 0; m < size; m++) {
    const nik = `6371${String(400_000_000_000 + i * 10 + m).padStart(12, '0')}`;
    const woman = m === 1;
    const year = m < 2 ? 1970 + Math.floor(r() * 30) : 2003 + Math.floor(r() * 18);
    const member = [
      nik,
      String(m + 1),
      m === 0 ? 'male' : woman ? 'female' : pick(r, ['male', 'female']),
      `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`,
      m < 2 ? 'married' : 'neverMarried',
      m === 0 ? 'head' : woman ? 'spouse' : 'child',
      pick(r, ['primary', 'juniorSecondary', 'seniorSecondary', 'none']),
      pick(r, ['pbi', 'nonPbi', 'none']),
    ].join(',');
    const fertility = woman
      ? `,${Math.floor(r() * 3)},${Math.floor(r() * 3)},${Math.floor(r() * 2)},${Math.floor(r() * 2)},${pick(r, ['ya', 'tidak', 'tidak', 'tidak'])},${pick(r, ['noMore', 'later', 'soon'])},${pick(r, METHODS)}`
      : BLANK_FERTILITY;
    rows.push(`${m === 0 ? family : blankFamily},${member}${fertility}`);
  }
  return rows;
}

/** Writes `families` synthetic families to `path` (seed fixed: the same file every time). */
export async function generateRegisterCsv(path: string, families: number, seed = 11): Promise<void> {
  const out = createWriteStream(path);
  const r = rng(seed);
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write(`${REGISTER_HEADER.join(',')}\n`);
  let batch: string[] = [];
  for (let i = 0; i < families; i++) {
    batch.push(...familyRows(i, r));
    if (batch.length >= 20_000 || i === families - 1) {
      await write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}
