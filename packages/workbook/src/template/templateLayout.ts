import { type Lang, type RecordType, recordTypeInfo } from '@kampung-kb/model';

/** The record types a template has a sheet for, in sheet order (contracts §3). */
export const TEMPLATE_RECORD_TYPES: readonly RecordType[] = [
  'kampung',
  'profile',
  'population',
  'monthly',
  'intervention',
  'proposal',
  'budget',
];

/** Name of the hidden meta sheet; its A1 holds {@link TEMPLATE_MARKER}. */
export const META_SHEET = '_kkb';
/** Name of the hidden sheet holding the dropdown lists. */
export const LISTS_SHEET = '_lists';
/** A1 of the meta sheet: how a kkb template is recognised. */
export const TEMPLATE_MARKER = 'kkb-template';
/** Version of the layout written in the meta sheet. */
export const TEMPLATE_VERSION = 1;
/** Row of the human headers, row of the field paths, first data row. */
export const HEADER_ROW = 1;
export const PATH_ROW = 2;
export const FIRST_DATA_ROW = 3;

/**
 * The sheet name of a record type in a template: its label in the language, cut to Excel's 31 characters.
 *
 * @example
 * ```ts
 * templateSheetName('monthly', 'id'); // 'Laporan bulanan KKBPK'
 * templateSheetName('proposal', 'en'); // 'Community proposals (urun rembu'
 * ```
 */
export function templateSheetName(type: RecordType, lang: Lang): string {
  return recordTypeInfo(type).label[lang].slice(0, 31);
}
