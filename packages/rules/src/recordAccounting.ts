import { isValidRecord, RECORD_TYPES, type RecordType, type SourceRef } from '@kampung-kb/model';

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
    default: {
      const kampungId = field(record, 'kampungId');
      const period = field(record, 'period');
      return kampungId === undefined || period === undefined ? undefined : `${kampungId}\u0000${period}`;
    }
  }
}

/** JSON with object keys sorted, so that two equal records give the same text whatever their key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** Two independent 32-bit FNV-1a hashes of a string: the kept record's fingerprint, not the record itself. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}:${text.length}`;
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
 * conflicting duplicate. Memory grows with the number of distinct keys (a short fingerprint per key),
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
  const files = new Map<string, MutableCounts & { recordType: RecordType }>();
  const kampungIds = new Set<string>();
  const seen = new Map<RecordType, Map<string, string>>();
  let conflicting = 0;

  function decide(
    type: RecordType,
    record: unknown,
  ): { reason: ExclusionReason | undefined; conflicting: boolean } {
    if (!isValidRecord(type, record)) return { reason: 'schema-invalid', conflicting: false };
    if (REFERS_TO_KAMPUNG.has(type)) {
      const kampungId = field(record, 'kampungId');
      if (kampungId === undefined || !kampungIds.has(kampungId))
        return { reason: 'unknown-kampung', conflicting: false };
    }
    const key = duplicateKey(type, record);
    if (key !== undefined) {
      let keys = seen.get(type);
      if (!keys) {
        keys = new Map();
        seen.set(type, keys);
      }
      const print = fingerprint(canonical(record));
      const first = keys.get(key);
      if (first !== undefined) return { reason: 'duplicate', conflicting: first !== print };
      keys.set(key, print);
    }
    if (type === 'kampung') {
      const id = field(record, 'id');
      if (id !== undefined) kampungIds.add(id);
    }
    return { reason: undefined, conflicting: false };
  }

  function admitDetailed(type: RecordType, record: unknown, source?: SourceRef) {
    const d = decide(type, record);
    if (d.conflicting) conflicting++;
    addTo(total, d.reason);
    const file = source?.file ?? '';
    const fileKey = `${type}\u0000${file}`;
    let f = files.get(fileKey);
    if (!f) {
      f = { read: 0, accepted: 0, excluded: {}, recordType: type };
      files.set(fileKey, f);
    }
    addTo(f, d.reason);
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
      files: [...files].map(([key, f]) => ({
        file: key.slice(key.indexOf('\u0000') + 1),
        recordType: f.recordType,
        read: f.read,
        accepted: f.accepted,
        excluded: { ...f.excluded },
      })),
    }),
  };
}
