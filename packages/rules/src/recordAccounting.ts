import { isValidRecord, monthIndex, RECORD_TYPES, type RecordType, type SourceRef } from '@kampung-kb/model';
import { NumberKeyMap } from './internal/numberKeyMap.js';

/**
 * Why a record read was left out of computation: it fails its schema (`schema-invalid`), it has the
 * same key as an earlier record of its type (`duplicate`: the first is kept), or it refers to a kampung
 * id no kampung record defines (`unknown-kampung`).
 *
 * @example
 * ```ts
 * const reason: ExclusionReason = 'duplicate';
 * ```
 */
export type ExclusionReason = 'schema-invalid' | 'duplicate' | 'unknown-kampung';

/**
 * Every exclusion reason, in the order {@link createRecordAccounting} checks them.
 *
 * @example
 * ```ts
 * EXCLUSION_REASONS.length; // 3
 * ```
 */
export const EXCLUSION_REASONS: readonly ExclusionReason[] = [
  'schema-invalid',
  'unknown-kampung',
  'duplicate',
];

/**
 * The records of one file: read = accepted + the sum of `excluded`.
 *
 * @example
 * ```ts
 * const f: FileAccounting = { file: 'monthly.csv', recordType: 'monthly', read: 3, accepted: 2, excluded: { duplicate: 1 } };
 * ```
 */
export interface FileAccounting {
  /** The file as the reader names it (relative to the data directory); `''` for records without a source. */
  readonly file: string;
  readonly recordType: RecordType;
  readonly read: number;
  readonly accepted: number;
  readonly excluded: Partial<Record<ExclusionReason, number>>;
}

/**
 * What happened to every record admitted so far, in total and per file (in the order files were first
 * met). Invariant, for the total and for every file: `read = accepted + sum(excluded)`.
 *
 * @example
 * ```ts
 * const s: AccountingSummary = accounting.summary();
 * s.read === s.accepted + Object.values(s.excluded).reduce((a, b) => a + b, 0); // true
 * ```
 */
export interface AccountingSummary {
  readonly read: number;
  readonly accepted: number;
  readonly excluded: Partial<Record<ExclusionReason, number>>;
  /** How many `duplicate` exclusions differ from the record kept (a conflicting duplicate). */
  readonly conflicting: number;
  readonly files: readonly FileAccounting[];
}

/**
 * Decides, one record at a time, whether a record is used for computation. See
 * {@link createRecordAccounting}.
 *
 * @example
 * ```ts
 * const acc: RecordAccounting = createRecordAccounting();
 * ```
 */
export interface RecordAccounting {
  /**
   * Counts a record and returns why it is excluded, or `undefined` when it is accepted. Kampung records
   * must be admitted before the records that refer to them.
   */
  admit(type: RecordType, record: unknown, source?: SourceRef): ExclusionReason | undefined;
  /**
   * Like {@link RecordAccounting.admit}, with whether a `duplicate` differs from the record kept
   * (`conflicting`, the `values.conflicting` of the exclusion).
   */
  admitDetailed(
    type: RecordType,
    record: unknown,
    source?: SourceRef,
  ): { readonly reason: ExclusionReason | undefined; readonly conflicting: boolean };
  /** The counts so far (a fresh object each call). */
  summary(): AccountingSummary;
}

interface MutableCounts {
  read: number;
  accepted: number;
  excluded: Partial<Record<ExclusionReason, number>>;
}

const REFERS_TO_KAMPUNG: ReadonlySet<RecordType> = new Set(
  RECORD_TYPES.map((r) => r.type).filter((t) => t !== 'kampung' && t !== 'region'),
);

/** Months a kampung key spans: years 0–9999. */
const MONTHS_PER_KAMPUNG = 120_000;

function field(record: unknown, name: string): string | undefined {
  const v = (record as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
}

/** The key two records of a type share when they describe the same thing (as the `duplicate-record` rule). */
function duplicateKey(type: RecordType, record: unknown): string | undefined {
  switch (type) {
    case 'region':
      return field(record, 'code');
    case 'budget':
      // Several budget lines of one kampung, year and funding source are legitimate.
      return undefined;
    case 'kampung':
    case 'proposal':
    case 'intervention':
      return field(record, 'id');
    case 'family': {
      // One tally per kampung, period and source (a register and a survey may both give one).
      const kampungId = field(record, 'kampungId');
      const period = field(record, 'period');
      const source = field(record, 'source');
      return kampungId === undefined || period === undefined || source === undefined
        ? undefined
        : `${kampungId}\u0000${period}\u0000${source}`;
    }
    default: {
      const kampungId = field(record, 'kampungId');
      const period = field(record, 'period');
      return kampungId === undefined || period === undefined ? undefined : `${kampungId}\u0000${period}`;
    }
  }
}

/** FNV-1a of a string, from a seed (one 32-bit lane). */
function hashString(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mixes a 32-bit value (murmur3's finaliser), so that sums of mixed values do not cancel out. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A 32-bit fingerprint of a JSON-like value, the same whatever the order of object keys: an object's is
 * the sum of its entries' mixed hashes (commutative), an array's combines its items in order. Numbers
 * and booleans are hashed without building strings.
 */
function fingerprint(value: unknown): number {
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) && Math.abs(value) < 2 ** 31
        ? mix((value | 0) ^ 0x6b43a9b5)
        : hashString(String(value), 0x27d4eb2f);
    case 'string':
      return hashString(value, 0x811c9dc5);
    case 'boolean':
      return value ? 0x5bd1e995 : 0x1b873593;
    case 'undefined':
      return 0x2545f491;
    default:
      break;
  }
  if (value === null) return 0x9e3779b9;
  if (Array.isArray(value)) {
    let h = 0x3c6ef372;
    for (const item of value) h = mix((Math.imul(h, 31) + fingerprint(item)) >>> 0);
    return h;
  }
  if (typeof value !== 'object') return hashString(String(value), 0x165667b1);
  let sum = 0x7f4a7c15;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    sum = (sum + mix(keyHash(key) ^ fingerprint((value as Record<string, unknown>)[key]))) >>> 0;
  }
  return mix(sum);
}

/** Hashes of property names met so far: records repeat a few dozen names millions of times. */
const KEY_HASHES = new Map<string, number>();
const MAX_KEY_HASHES = 4096;

/** {@link hashString} of a property name, from {@link KEY_HASHES} when it was met before. */
function keyHash(key: string): number {
  let h = KEY_HASHES.get(key);
  if (h === undefined) {
    h = hashString(key, 0x050c5d1f);
    if (KEY_HASHES.size < MAX_KEY_HASHES) KEY_HASHES.set(key, h);
  }
  return h;
}

/** The decisions without a conflicting duplicate, shared (a decision is read-only): no object per record. */
const DECIDED: Readonly<Record<ExclusionReason | 'accepted', Decision>> = {
  accepted: Object.freeze({ reason: undefined, conflicting: false }),
  'schema-invalid': Object.freeze({ reason: 'schema-invalid', conflicting: false }),
  'unknown-kampung': Object.freeze({ reason: 'unknown-kampung', conflicting: false }),
  duplicate: Object.freeze({ reason: 'duplicate', conflicting: false }),
};
const CONFLICTING_DUPLICATE: Decision = Object.freeze({ reason: 'duplicate', conflicting: true });

interface Decision {
  readonly reason: ExclusionReason | undefined;
  readonly conflicting: boolean;
}

function addTo(counts: MutableCounts, reason: ExclusionReason | undefined): void {
  counts.read++;
  if (reason === undefined) counts.accepted++;
  else counts.excluded[reason] = (counts.excluded[reason] ?? 0) + 1;
}

/**
 * Creates the record accounting of one data set: every record read is either accepted for computation
 * or excluded with exactly one reason, checked in this order: `schema-invalid` (fails its TypeBox
 * schema), `unknown-kampung` (a non-kampung, non-region record whose `kampungId` no accepted kampung
 * record defines), `duplicate` (same key as an earlier accepted record of its type: region code; kampung,
 * intervention or proposal id; kampung and period for profiles, population snapshots and monthly
 * reports; budgets have no key). The FIRST record of a key is kept; a later one that differs is a
 * conflicting duplicate. Memory grows with the number of distinct keys (a 32-bit fingerprint per key;
 * (kampung, month) keys as numbers in typed arrays, about 24 bytes each),
 * not with the records themselves.
 *
 * @example
 * ```ts
 * const acc = createRecordAccounting();
 * acc.admit('kampung', kampungRecord, { file: 'kampung.csv', line: 2 }); // undefined: accepted
 * acc.admit('monthly', { ...report, kampungId: 'nowhere' });               // 'unknown-kampung'
 * acc.summary().excluded;                                                  // { 'unknown-kampung': 1 }
 * ```
 */
export function createRecordAccounting(): RecordAccounting {
  const total: MutableCounts = { read: 0, accepted: 0, excluded: {} };
  const files = fileCounts();
  const kampungIds = new Set<string>();
  const duplicateOf = duplicateDecider();
  let conflicting = 0;

  function decide(type: RecordType, record: unknown): Decision {
    if (!isValidRecord(type, record)) return DECIDED['schema-invalid'];
    if (REFERS_TO_KAMPUNG.has(type)) {
      const kampungId = field(record, 'kampungId');
      if (kampungId === undefined || !kampungIds.has(kampungId)) return DECIDED['unknown-kampung'];
    }
    const duplicate = duplicateOf(type, record);
    if (duplicate !== undefined) return duplicate;
    if (type === 'kampung') {
      const id = field(record, 'id');
      if (id !== undefined) kampungIds.add(id);
    }
    return DECIDED.accepted;
  }

  function admitDetailed(type: RecordType, record: unknown, source?: SourceRef): Decision {
    const d = decide(type, record);
    if (d.conflicting) conflicting++;
    addTo(total, d.reason);
    addTo(files.of(type, source?.file ?? ''), d.reason);
    return d;
  }

  return {
    admit: (type, record, source) => admitDetailed(type, record, source).reason,
    admitDetailed,
    summary: () => ({
      read: total.read,
      accepted: total.accepted,
      excluded: { ...total.excluded },
      conflicting,
      files: files.list(),
    }),
  };
}

/**
 * The duplicate check of the record accounting: for a record with a key, `duplicate` (or a conflicting
 * duplicate) when an earlier record had that key, `undefined` when it is the first (and remembered, as a
 * 32-bit fingerprint) or has no key. Records keyed by kampung and month use numbers in typed arrays:
 * millions of monthly reports in little memory.
 */
function duplicateDecider(): (type: RecordType, record: unknown) => Decision | undefined {
  const seen = new Map<RecordType, Map<string, number>>();
  const seenByMonth = new Map<RecordType, NumberKeyMap>();
  const monthKeyOf = kampungMonthKeys();
  return (type, record) => {
    const monthKey = monthKeyOf(type, record);
    if (monthKey !== undefined) {
      let keys = seenByMonth.get(type);
      if (!keys) {
        keys = new NumberKeyMap();
        seenByMonth.set(type, keys);
      }
      const print = fingerprint(record);
      const first = keys.get(monthKey);
      if (first !== undefined) {
        return first !== (print | 0) ? CONFLICTING_DUPLICATE : DECIDED.duplicate;
      }
      keys.set(monthKey, print);
      return DECIDED.accepted;
    }
    const key = duplicateKey(type, record);
    if (key === undefined) return undefined;
    let keys = seen.get(type);
    if (!keys) {
      keys = new Map();
      seen.set(type, keys);
    }
    const print = fingerprint(record);
    const first = keys.get(key);
    if (first !== undefined) return first !== print ? CONFLICTING_DUPLICATE : DECIDED.duplicate;
    keys.set(key, print);
    return undefined;
  };
}

/** The numeric key of a schema-valid record keyed by kampung and month (monthly, profile, population). */
function kampungMonthKeys(): (type: RecordType, record: unknown) => number | undefined {
  const kampungIndex = new Map<string, number>();
  return (type, record) => {
    if (type !== 'monthly' && type !== 'profile' && type !== 'population') return undefined;
    const kampungId = field(record, 'kampungId');
    const period = field(record, 'period');
    if (kampungId === undefined || period === undefined) return undefined;
    const month = monthIndex(period);
    if (month < 0) return undefined;
    let k = kampungIndex.get(kampungId);
    if (k === undefined) {
      k = kampungIndex.size;
      kampungIndex.set(kampungId, k);
    }
    return k * MONTHS_PER_KAMPUNG + month;
  };
}

/** The counts of each file (and record type), in the order the files were first seen. */
function fileCounts(): {
  of(type: RecordType, file: string): MutableCounts;
  list(): ReturnType<RecordAccounting['summary']>['files'];
} {
  const files = new Map<string, MutableCounts & { recordType: RecordType }>();
  // The counts of the file of the last record: records come file by file, so most look-ups are this one.
  let lastType: RecordType | undefined;
  let lastFile: string | undefined;
  let lastCounts: (MutableCounts & { recordType: RecordType }) | undefined;
  return {
    of(type, file) {
      if (lastCounts !== undefined && type === lastType && file === lastFile) return lastCounts;
      const fileKey = `${type}\u0000${file}`;
      let f = files.get(fileKey);
      if (!f) {
        f = { read: 0, accepted: 0, excluded: {}, recordType: type };
        files.set(fileKey, f);
      }
      lastType = type;
      lastFile = file;
      lastCounts = f;
      return f;
    },
    list: () =>
      [...files].map(([key, f]) => ({
        file: key.slice(key.indexOf('\u0000') + 1),
        recordType: f.recordType,
        read: f.read,
        accepted: f.accepted,
        excluded: { ...f.excluded },
      })),
  };
}
