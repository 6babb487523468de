import { extname } from 'node:path';
import { RECORD_TYPES, type RecordType } from '@kampung-kb/model';

/** The longest sheet name Excel allows. */
export const MAX_SHEET_NAME = 31;

/** Lower case, single spaces, trimmed: how sheet names and headers are compared. */
export function normalName(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const byName = new Map<string, RecordType>();
for (const info of RECORD_TYPES) {
  for (const name of [info.label.id, info.label.en, info.type, info.fileStem]) {
    byName.set(normalName(name), info.type);
    byName.set(normalName(name.slice(0, MAX_SHEET_NAME)), info.type);
  }
}

/** Sheets of a workbook that hold no records: the instructions and the hidden `_kkb` / `_lists` sheets. */
export function isNonDataSheet(name: string): boolean {
  const n = normalName(name);
  return n.startsWith('_') || n === 'petunjuk' || n === 'instructions';
}

/**
 * The record type a sheet or file (by its stem) holds, from its name: a record type's label (id or en,
 * also cut to 31 characters as a sheet name is), its type or file stem exactly, else a name starting with
 * a file stem (`monthly-2020`), like data directory files.
 */
export function recordTypeOfName(name: string): RecordType | undefined {
  const n = normalName(name);
  const exact = byName.get(n);
  if (exact) return exact;
  // Longest stem first, so `profiles` is not read as `kampung`-something and vice versa.
  const stems = [...RECORD_TYPES].sort((a, b) => b.fileStem.length - a.fileStem.length);
  return stems.find((r) => n.startsWith(r.fileStem))?.type;
}

/** A file name without its extension (`monthly-2020.csv` → `monthly-2020`). */
export function stemOf(fileName: string): string {
  const ext = extname(fileName);
  return ext === '' ? fileName : fileName.slice(0, -ext.length);
}
