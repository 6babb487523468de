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
  // Budgets have no id: a line is its kampung, year, funding source and description (a kampung may have
  // several lines of one source in a year, told apart by what they pay for).
  budget: ['kampungId', 'year', 'fundingSource', 'description'],
  family: ['kampungId', 'period', 'source'],
};

/** The key of a record, or `undefined` when a key field is missing or not a string or number. */
export function recordKey(type: RecordType, record: Readonly<Record<string, unknown>>): string | undefined {
  const parts: string[] = [];
  for (const field of KEY_FIELDS[type]) {
    const v = record[field];
    // An optional key part (a budget line's description) may be absent: it is then empty.
    if (v === undefined && type === 'budget' && field === 'description') parts.push('');
    else if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    else parts.push(String(v));
  }
  return parts.join('\u0000');
}

/** The key as people read it: `sungai-andai 2020-12`. */
export function shownKey(key: string): string {
  return key.split('\u0000').join(' ').trim();
}
