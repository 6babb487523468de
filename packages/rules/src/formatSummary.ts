import { type Lang, RECORD_TYPES } from '@kampung-kb/model';
import { builtinRules } from './builtinRules.js';
import type { ValidationSummary } from './validationSummary.js';

const LOCALES: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-GB' };

/**
 * The summary of a validation run as a few readable lines in Indonesian (`id`) or English (`en`): issues
 * per severity, records per type with how many have errors, the rules that found something, and the
 * changes of a city's rules file (added, overridden with the fields changed, disabled with the reason), and
 * the rules switched off (plus unknown ids given to switch off). Numbers use the language's grouping
 * (`1.234` in Indonesian, `1,234` in English).
 *
 * @example
 * ```ts
 * console.log(formatSummary(summary, 'en'));
 * // Validation: 2 errors, 1 warning, 0 info in 7 records.
 * //   Regions: 0 records, 0 with errors
 * //   Kampung KB: 1 record, 0 with errors
 * //   …
 * // Issues by rule:
 * //   kkbpk-balance (Users and non-users add up to PUS): 1
 * // Disabled rules: future-date
 * ```
 */
export function formatSummary(summary: ValidationSummary, lang: Lang): string {
  const nf = new Intl.NumberFormat(LOCALES[lang]);
  const n = (x: number) => nf.format(x);
  const en = lang === 'en';
  const plural = (x: number, one: string, many: string) => `${n(x)} ${en && x !== 1 ? many : one}`;
  const s = summary.bySeverity;
  let records = 0;
  for (const info of RECORD_TYPES) records += summary.byRecordType[info.type]?.total ?? 0;
  const lines: string[] = [];
  lines.push(
    en
      ? `Validation: ${plural(s.error, 'error', 'errors')}, ${plural(s.warning, 'warning', 'warnings')}, ${n(s.info)} info in ${plural(records, 'record', 'records')}.`
      : `Validasi: ${n(s.error)} kesalahan, ${n(s.warning)} peringatan, ${n(s.info)} info dalam ${n(records)} data.`,
  );
  for (const info of RECORD_TYPES) {
    const t = summary.byRecordType[info.type];
    if (!t) continue;
    lines.push(
      en
        ? `  ${info.label.en}: ${plural(t.total, 'record', 'records')}, ${n(t.withErrors)} with errors`
        : `  ${info.label.id}: ${n(t.total)} data, ${n(t.withErrors)} dengan kesalahan`,
    );
  }
  const found = Object.entries(summary.byRule).filter(([, count]) => count > 0);
  if (found.length > 0) {
    lines.push(en ? 'Issues by rule:' : 'Temuan per aturan:');
    for (const [id, count] of found) {
      const name =
        builtinRules.find((r) => r.id === id)?.name ??
        summary.ruleChanges?.added.find((r) => r.id === id)?.name;
      // A template's name has placeholders filled per item ({label}); the summary counts all items together,
      // so it names the list instead (e.g. "poktan participants ≤ target").
      const list = builtinRules.find((r) => r.id === id)?.forEach?.list ?? (en ? 'each item' : 'tiap butir');
      const text = name?.[lang].replace(/\{label\}/g, list);
      lines.push(`  ${id}${text ? ` (${text})` : ''}: ${n(count)}`);
    }
  }
  const changes = summary.ruleChanges;
  if (changes) {
    const from = changes.file !== undefined ? ` (${changes.file})` : '';
    lines.push(en ? `Rules file${from}:` : `Berkas aturan${from}:`);
    const none = en ? 'none' : 'tidak ada';
    lines.push(
      `  ${en ? 'Added' : 'Ditambahkan'}: ${changes.added.length > 0 ? changes.added.map((r) => `${r.id} (${r.name[lang]})`).join(', ') : none}`,
    );
    lines.push(
      `  ${en ? 'Overridden' : 'Diubah'}: ${changes.overridden.length > 0 ? changes.overridden.map((r) => `${r.id} (${r.fields.join(', ')})`).join(', ') : none}`,
    );
    lines.push(
      `  ${en ? 'Disabled' : 'Dinonaktifkan'}: ${changes.disabled.length > 0 ? changes.disabled.map((r) => `${r.id} (${en ? 'reason' : 'alasan'}: ${r.reason})`).join(', ') : none}`,
    );
  }
  if (summary.disabledRules.length > 0) {
    lines.push(`${en ? 'Disabled rules' : 'Aturan dinonaktifkan'}: ${summary.disabledRules.join(', ')}`);
  }
  if (summary.unknownDisabledRules.length > 0) {
    lines.push(
      `${en ? 'Unknown rule ids (ignored)' : 'Id aturan tidak dikenal (diabaikan)'}: ${summary.unknownDisabledRules.join(', ')}`,
    );
  }
  return lines.join('\n');
}
