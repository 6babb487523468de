import type { RecordType } from '@kampung-kb/model';

/** The fields that identify a record of each type: the same key in the directory is an update. */
export const KEY_FIELDS: Readonly<Record<RecordType, readonly string[]>> = {
  region: ['code'],
  kampung: ['id'],
  profile: ['kampungId', 'period'],
  population: ['kampungId', 'period'],
  monthly: ['kampungId', 'period'],
  intervention: ['id'],
  proposal: ['id'],
  // Budgets have no id: a kampung's line for a year and a funding source is one line.
  budget: ['kampungId', 'year', 'fundingSource'],
};

/** The key of a record, or `undefined` when a key field is missing or not a string or number. */
export function recordKey(type: RecordType, record: Readonly<Record<string, unknown>>): string | undefined {
  const parts: string[] = [];
  for (const field of KEY_FIELDS[type]) {
    const v = record[field];
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    parts.push(String(v));
  }
  return parts.join('\u0000');
}

/** The key as people read it: `sungai-andai 2020-12`. */
export function shownKey(key: string): string {
  return key.split('\u0000').join(' ');
}
