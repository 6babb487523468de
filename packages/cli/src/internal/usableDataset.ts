import { type Dataset, isValidRecord, RECORD_TYPES } from '@kampung-kb/model';

/**
 * The records of a data set that pass their schema (indicators are computed from those only), and how many
 * of each collection were set aside, so every input record is accounted for.
 */
export function usableDataset(dataset: Dataset): { dataset: Dataset; excluded: Record<string, number> } {
  const out: Dataset = { ...dataset };
  const excluded: Record<string, number> = {};
  for (const info of RECORD_TYPES) {
    const all = dataset[info.collection] as unknown[];
    const kept = all.filter((r) => isValidRecord(info.type, r));
    if (kept.length !== all.length) excluded[info.collection] = all.length - kept.length;
    (out as unknown as Record<string, unknown[]>)[info.collection] = kept;
  }
  return { dataset: out, excluded };
}

/** A bilingual line naming the excluded records, or `undefined` when none were. */
export function excludedNotice(excluded: Record<string, number>, lang: 'id' | 'en'): string | undefined {
  const parts = Object.entries(excluded).map(([k, n]) => `${k}: ${n}`);
  if (parts.length === 0) return undefined;
  return lang === 'id'
    ? `Peringatan: rekaman tidak sah tidak dihitung (${parts.join(', ')}); jalankan 'kkb validate' untuk rinciannya.`
    : `Warning: invalid records were left out of the computation (${parts.join(', ')}); run 'kkb validate' for details.`;
}
