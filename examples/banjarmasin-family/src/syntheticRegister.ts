import { mulberry32, type Rng } from '../../banjarmasin/src/prng.js';
import { type KampungTargets, METHODS, type WifeStatus, yearsBefore } from './registerTargets.js';

/**
 * The columns of the synthetic PK21 register, in the layout `kkb family` reads: one row per member, family
 * columns first (written on the family's first row only), then the member's, then her Blok II.
 */
export const REGISTER_HEADER = [
  'kk',
  'kampungId',
  'villageCode',
  'month',
  'development.worship',
  'development.incomeSource',
  'development.diverseFood',
  'development.savings',
  'development.internet',
  'housing.roof',
  'housing.wall',
  'housing.floor',
  'housing.drinkingWater',
  'housing.toilet.facility',
  'housing.toilet.sharing',
  'housing.floorAreaM2',
  'housing.sleepingRooms',
  'housing.tenure',
  'housing.tenureDocument',
  'nik',
  'line',
  'sex',
  'birthMonth',
  'maritalStatus',
  'relation',
  'motherLine',
  'ageAtFirstMarriage',
  'birthCertificate',
  'jkn',
  'fertility.childrenEverBorn.male',
  'fertility.childrenEverBorn.female',
  'fertility.childrenLiving.male',
  'fertility.childrenLiving.female',
  'fertility.pregnant',
  'fertility.fertilityIntention',
  'fertility.currentMethod',
].join(',');

const FAMILY_COLUMNS = 19;

interface Member {
  readonly sex: 'male' | 'female';
  readonly age: number;
  readonly marital: 'neverMarried' | 'married' | 'divorced' | 'widowed';
  readonly relation: 'head' | 'spouse' | 'child' | 'other';
  readonly motherLine?: number;
  readonly ageAtFirstMarriage?: number;
  readonly wife?: WifeStatus;
}

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let r = rng.next() * total;
  for (const [v, w] of items) {
    r -= w;
    if (r < 0) return v;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

const TOILETS = [
  ['flushSeptic', 55],
  ['flushSewer', 3],
  ['flushPit', 8],
  ['flushOpen', 10],
  ['pitWithSlab', 6],
  ['hanging', 12],
  ['none', 3],
  ['flushUnknown', 3],
] as const;

/** The family's members: a PUS couple with their children (when `wife` is given) or another household. */
function membersOf(rng: Rng, wife: WifeStatus | undefined): Member[] {
  if (wife !== undefined) return pusCouple(rng, wife);
  const kind = rng.next();
  if (kind < 0.45) return olderCouple(rng);
  if (kind < 0.8) return singleMother(rng);
  return livingAlone(rng);
}

/** A PUS couple (the wife 17–49, with the given status), their children and sometimes a grandmother. */
function pusCouple(rng: Rng, wife: WifeStatus): Member[] {
  const wifeAge = rng.int(17, 49);
  const married = rng.int(16, Math.min(wifeAge, 30));
  const members: Member[] = [
    {
      sex: 'male',
      age: wifeAge + rng.int(0, 8),
      marital: 'married',
      relation: 'head',
      ageAtFirstMarriage: married + rng.int(0, 6),
    },
    {
      sex: 'female',
      age: wifeAge,
      marital: 'married',
      relation: 'spouse',
      ageAtFirstMarriage: married,
      wife,
    },
  ];
  const years = wifeAge - married;
  const children = Math.min(years, wife === 'tial' || wife === 'mow' ? rng.int(2, 4) : rng.int(0, 3));
  for (let c = 0; c < children; c++) {
    const age = rng.int(0, Math.max(0, years - 1));
    members.push({
      sex: rng.next() < 0.5 ? 'male' : 'female',
      age,
      marital: 'neverMarried',
      relation: 'child',
      motherLine: 2,
    });
  }
  if (rng.next() < 0.15)
    members.push({ sex: 'female', age: rng.int(60, 85), marital: 'widowed', relation: 'other' });
  return members;
}

/** An older couple (the wife past 49) with grown children. */
function olderCouple(rng: Rng): Member[] {
  const wifeAge = rng.int(50, 75);
  const members: Member[] = [
    {
      sex: 'male',
      age: wifeAge + rng.int(0, 6),
      marital: 'married',
      relation: 'head',
      ageAtFirstMarriage: rng.int(20, 28),
    },
    {
      sex: 'female',
      age: wifeAge,
      marital: 'married',
      relation: 'spouse',
      ageAtFirstMarriage: rng.int(17, 24),
    },
  ];
  for (let c = rng.int(0, 2); c > 0; c--) {
    members.push({
      sex: rng.next() < 0.5 ? 'male' : 'female',
      age: rng.int(15, 30),
      marital: 'neverMarried',
      relation: 'child',
      motherLine: 2,
    });
  }
  return members;
}

/** A widow or divorced woman heading the family, with children. */
function singleMother(rng: Rng): Member[] {
  const age = rng.int(30, 80);
  const members: Member[] = [
    {
      sex: 'female',
      age,
      marital: rng.next() < 0.7 ? 'widowed' : 'divorced',
      relation: 'head',
      ageAtFirstMarriage: rng.int(17, 25),
    },
  ];
  for (let c = rng.int(0, 3); c > 0; c--) {
    members.push({
      sex: rng.next() < 0.5 ? 'male' : 'female',
      age: rng.int(0, Math.max(0, age - 18)),
      marital: 'neverMarried',
      relation: 'child',
      motherLine: 1,
    });
  }
  return members;
}

/** A young single person living alone. */
function livingAlone(rng: Rng): Member[] {
  return [
    {
      sex: rng.next() < 0.6 ? 'male' : 'female',
      age: rng.int(18, 35),
      marital: 'neverMarried',
      relation: 'head',
    },
  ];
}

/** A synthetic, well-formed but fictitious 16-digit number: region, a date-like part, a serial. */
function sixteen(prefix: string, rng: Rng, serial: number): string {
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const year = String(rng.int(0, 99)).padStart(2, '0');
  return `${prefix}${day}${month}${year}${String(serial % 10000).padStart(4, '0')}`;
}

function familyCells(rng: Rng, k: KampungTargets, kk: string, month: string): string[] {
  const yes = (p: number) => (rng.next() < p ? 'ya' : 'tidak');
  const toilet = weighted(rng, TOILETS);
  return [
    kk,
    k.kampungId,
    k.villageCode ?? '',
    month,
    yes(0.95),
    yes(0.9),
    yes(0.7),
    yes(0.4),
    yes(0.6),
    weighted(rng, [
      ['metal', 70],
      ['asbestos', 15],
      ['shingle', 10],
      ['thatch', 5],
    ]),
    weighted(rng, [
      ['wood', 60],
      ['brick', 35],
      ['bamboo', 5],
    ]),
    weighted(rng, [
      ['wood', 55],
      ['ceramic', 25],
      ['cement', 18],
      ['earth', 2],
    ]),
    weighted(rng, [
      ['refill', 45],
      ['piped', 35],
      ['bottled', 10],
      ['protectedWell', 5],
      ['surface', 5],
    ]),
    toilet,
    toilet === 'none'
      ? ''
      : weighted(rng, [
          ['private', 80],
          ['shared', 15],
          ['public', 5],
        ]),
    String(rng.int(18, 120)),
    String(rng.int(1, 4)),
    weighted(rng, [
      ['owned', 70],
      ['rented', 20],
      ['rentFree', 10],
    ]),
    yes(0.6),
  ];
}

function blokII(rng: Rng, m: Member, children: Member[]): string[] {
  if (m.wife === undefined) return ['', '', '', '', '', '', ''];
  const boys = children.filter((c) => c.sex === 'male').length;
  const girls = children.length - boys;
  const user = (METHODS as readonly string[]).includes(m.wife);
  const intention =
    m.wife === 'ias'
      ? 'soon'
      : m.wife === 'iat'
        ? 'later'
        : m.wife === 'tial'
          ? 'noMore'
          : m.wife === 'pregnant'
            ? 'later'
            : rng.next() < 0.5
              ? 'noMore'
              : 'later';
  return [
    String(boys),
    String(girls),
    String(boys),
    String(girls),
    m.wife === 'pregnant' ? 'ya' : 'tidak',
    intention,
    user ? m.wife : '',
  ];
}

/** Options of {@link writeSyntheticRegister}. */
export interface SyntheticRegisterOptions {
  /** The register month (`YYYY-MM`). */
  readonly month: string;
  readonly seed: number;
  /** Families per kampung are multiplied by this (1 for the example; more for a benchmark). */
  readonly scale?: number;
  /** Receives the CSV text in pieces (a few hundred kilobytes each). */
  readonly write: (text: string) => void | Promise<void>;
}

/**
 * Writes a seeded synthetic PK21 register for the kampung targets: exactly `families` families per
 * kampung, of which one PUS couple per wife status (so the register's PUS, users by method, pregnant, IAS,
 * IAT and TIAL equal the monthly report of the register month), the rest older couples, widows and single
 * people; housing and Blok III answers drawn at random. The KK and NIK numbers are fictitious 16-digit
 * numbers (Banjarmasin's 6371 prefix): the data is synthetic. Returns the number of families and rows.
 */
export async function writeSyntheticRegister(
  targets: readonly KampungTargets[],
  options: SyntheticRegisterOptions,
): Promise<{ families: number; rows: number }> {
  const rng = mulberry32(options.seed);
  const scale = options.scale ?? 1;
  let lines: string[] = [REGISTER_HEADER];
  let families = 0;
  let rows = 0;
  for (const [ki, k] of targets.entries()) {
    const prefix = `6371${String((ki % 5) + 1).padStart(2, '0')}`;
    for (let copy = 0; copy < scale; copy++) {
      const wives = rng.shuffle(k.wives);
      const order = rng.shuffle(Array.from({ length: k.families }, (_, i) => i));
      for (const i of order) {
        families++;
        const kk = sixteen(prefix, rng, families);
        const members = membersOf(rng, wives[i]);
        const fam = familyCells(rng, k, kk, options.month);
        const children = members.filter((c) => c.relation === 'child' && c.motherLine === 2);
        members.forEach((m, line) => {
          rows++;
          const birth =
            yearsBefore(options.month, m.age).slice(0, 5) + String(rng.int(1, 12)).padStart(2, '0');
          const born = birth.localeCompare(options.month) > 0 ? options.month : birth;
          const cells = [
            ...(line === 0 ? fam : new Array<string>(FAMILY_COLUMNS).fill('')),
            sixteen(prefix, rng, rows),
            String(line + 1),
            m.sex,
            born,
            m.marital,
            m.relation,
            m.motherLine === undefined ? '' : String(m.motherLine),
            m.ageAtFirstMarriage === undefined ? '' : String(m.ageAtFirstMarriage),
            m.age < 18 ? (rng.next() < 0.9 ? 'ya' : 'tidak') : '',
            weighted(rng, [
              ['pbi', 40],
              ['nonPbi', 35],
              ['none', 25],
            ]),
            ...blokII(rng, m, children),
          ];
          lines.push(cells.join(','));
        });
        if (lines.length >= 4000) {
          await options.write(`${lines.join('\n')}\n`);
          lines = [];
        }
      }
    }
  }
  if (lines.length > 0) await options.write(`${lines.join('\n')}\n`);
  return { families, rows };
}
