import { type Issue, type Lang, maskIdentifiers } from '@kampung-kb/model';
import { SEVERITY_NAMES, sourceText } from './internal/texts.js';

/**
 * One readable line for an issue, in Indonesian (`id`) or English (`en`):
 * `<where> [<kampung> <period> <record id>] <field>: <message> (<rule id>)`. `<where>` is `file:line`,
 * `file[index]` for JSON arrays, or the record type when the record was built in code. The tag names the
 * issue's code too when it differs from the rule id (`region-parent/region-outside-city`) and the
 * severity when it is not an error; a template rule's issue shows its expanded id
 * (`poktan-within-target.bkb`). 16-digit identifiers are masked.
 *
 * @example
 * ```ts
 * formatIssue(issue, 'en');
 * // 'monthly.csv:14 [sungai-andai 2020-03] poktanParticipants.bkb: BKB participants (130) exceed the target, families with under-fives (120), in the population snapshot of 2020-01 (poktan-within-target.bkb)'
 * formatIssue(missing, 'id');
 * // 'monthly [sungai-andai 2019-12] Tidak ada data penduduk kampung sungai-andai … (population-missing, peringatan)'
 * ```
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  const loc = issue.location;
  const parts: string[] = [];
  const where = sourceText(loc) ?? loc.recordType;
  if (where !== undefined) parts.push(where);
  const context = [loc.kampungId, loc.period];
  if (loc.recordId !== undefined && loc.recordId !== loc.kampungId) context.push(loc.recordId);
  const shown = context.filter((c): c is string => c !== undefined && c !== '');
  if (shown.length > 0) parts.push(`[${shown.join(' ')}]`);
  const message = issue.message[lang];
  parts.push(loc.field !== undefined && loc.field !== '' ? `${loc.field}: ${message}` : message);
  // A template's issues (ruleId `poktan-within-target.bkb`, code `poktan-within-target`) show the rule id only.
  let tag =
    issue.code === issue.ruleId || issue.ruleId.startsWith(`${issue.code}.`)
      ? issue.ruleId
      : `${issue.ruleId}/${issue.code}`;
  if (issue.severity !== 'error') tag += `, ${SEVERITY_NAMES[issue.severity][lang]}`;
  parts.push(`(${tag})`);
  return maskIdentifiers(parts.join(' '));
}
