import type { Lang } from '@kampung-kb/model';
import type { TemplateField } from '../columns/templateFields.js';
import { templateTexts } from './templateTexts.js';

/** What a template cell holds: text, a number, an Excel date, or nothing. */
export type TemplateCell = string | number | Date | undefined;

/** The separator of the items of a list field in one cell. */
export const LIST_SEPARATOR = '; ';

function codeText(field: TemplateField, value: unknown, lang: Lang): string {
  const item = field.codeList?.items.find((i) => i.code === value);
  return item ? item.label[lang] : String(value);
}

/**
 * A record's value as its template cell shows it: a code as its label in the language, a list as its items
 * separated by `; `, a yes/no as `Ya`/`Tidak` (`Yes`/`No`), a date as an Excel date, a month as text
 * `YYYY-MM`; `null` and a missing value as an empty cell. A value the field does not expect (an unknown
 * code, a malformed date) is written as it is, so that nothing is lost.
 *
 * @example
 * ```ts
 * const sources = templateFields('profile').find((f) => f.path === 'fundingSources');
 * if (sources) templateCellValue(sources, ['danaDesa', 'apbd'], 'id'); // 'Dana Desa; APBD'
 * ```
 */
export function templateCellValue(field: TemplateField, value: unknown, lang: Lang): TemplateCell {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => codeText(field, v, lang)).join(LIST_SEPARATOR);
  if (typeof value === 'boolean') {
    const t = templateTexts(lang);
    return value ? t.yes : t.no;
  }
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    if (field.codeList) return codeText(field, value, lang);
    if (field.period === 'date') {
      const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (d) {
        const date = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
        if (date.toISOString().slice(0, 10) === value) return date;
      }
    }
    return value;
  }
  return JSON.stringify(value);
}

/** The value at a dotted path of a record, `undefined` when absent. */
export function valueAt(record: unknown, segments: readonly string[]): unknown {
  let at: unknown = record;
  for (const key of segments) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * The dotted paths of a record's values that no column holds (keys the schema does not know): a template
 * cannot keep them, so the caller reports them.
 */
export function pathsWithoutColumn(record: unknown, columns: ReadonlySet<string>, prefix = ''): string[] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (columns.has(path)) continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      out.push(...pathsWithoutColumn(value, columns, path));
    else out.push(path);
  }
  return out;
}
