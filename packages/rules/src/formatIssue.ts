import {
  escapeControlChars,
  type Issue,
  type Lang,
  maskIdentifiers,
  maskIssue,
  shortenLongWords,
  shortenText,
} from '@kampung-kb/model';
import { SEVERITY_NAMES, sourceText } from './internal/texts.js';

/**
 * The longest identifier (kampung id, period, record id, field, file name) and the longest word of a
 * message that {@link formatIssue} prints whole; longer ones are cut in the middle with their length noted.
 *
 * @example
 * ```ts
 * formatIssue({ ...issue, location: { kampungId: 'k'.repeat(1_000) } }, 'en');
 * // '[kkkk…kkkk (1000 characters)] …' with MAX_SHOWN_IDENTIFIER - 1 letters around the ellipsis
 * ```
 */
export const MAX_SHOWN_IDENTIFIER = 64;

/** A value from the data made safe to print: masked, shortened, control characters made visible. */
function safe(text: string, lang: Lang): string {
  return escapeControlChars(shortenText(maskIdentifiers(text), MAX_SHOWN_IDENTIFIER, lang));
}

/**
 * One readable line for an issue, in Indonesian (`id`) or English (`en`):
 * `<where> [<kampung> <period> <record id>] <field>: <message> (<rule id>)`. `<where>` is `file:line`,
 * `file[index]` for JSON arrays, or the record type when the record was built in code. The tag names the
 * issue's code too when it differs from the rule id (`region-parent/region-outside-city`) and the
 * severity when it is not an error; a template rule's issue shows its expanded id
 * (`poktan-within-target.bkb`).
 *
 * Everything that may come from the data is made safe to print: NIK and KK numbers are masked
 * (`maskIssue`, also with separators), identifiers longer than {@link MAX_SHOWN_IDENTIFIER} characters
 * (and such words inside the message) are shortened in the middle with their length noted
 * (`shortenText`), and control characters (ESC, OSC, C1, bidi overrides, newlines) are shown escaped
 * (`escapeControlChars`), so the line is always one line and never drives the terminal.
 *
 * @example
 * ```ts
 * formatIssue(issue, 'en');
 * // 'monthly.csv:14 [sungai-andai 2020-03] poktanParticipants.bkb: BKB participants (130) exceed the target, families with under-fives (120), in the population snapshot of 2020-01 (poktan-within-target.bkb)'
 * formatIssue(missing, 'id');
 * // 'monthly [sungai-andai 2019-12] Tidak ada data penduduk kampung sungai-andai … (population-missing, peringatan)'
 * formatIssue({ ...missing, location: { kampungId: 'x'.repeat(10_000_000) } }, 'en');
 * // '[xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (10000000 characters)] …'
 * ```
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  const masked = maskIssue(issue);
  const loc = masked.location;
  const parts: string[] = [];
  const file = loc.file === undefined ? undefined : safe(loc.file, lang);
  const where =
    sourceText({
      ...(file === undefined ? {} : { file }),
      ...(loc.line === undefined ? {} : { line: loc.line }),
      ...(loc.index === undefined ? {} : { index: loc.index }),
    }) ?? (loc.recordType === undefined ? undefined : safe(loc.recordType, lang));
  if (where !== undefined) parts.push(where);
  const context = [loc.kampungId, loc.period];
  if (loc.recordId !== undefined && loc.recordId !== loc.kampungId) context.push(loc.recordId);
  const shown = context.filter((c): c is string => c !== undefined && c !== '').map((c) => safe(c, lang));
  if (shown.length > 0) parts.push(`[${shown.join(' ')}]`);
  const message = escapeControlChars(shortenLongWords(masked.message[lang], MAX_SHOWN_IDENTIFIER, lang));
  parts.push(loc.field !== undefined && loc.field !== '' ? `${safe(loc.field, lang)}: ${message}` : message);
  // A template's issues (ruleId `poktan-within-target.bkb`, code `poktan-within-target`) show the rule id only.
  const ruleId = safe(issue.ruleId, lang);
  let tag =
    issue.code === issue.ruleId || issue.ruleId.startsWith(`${issue.code}.`)
      ? ruleId
      : `${ruleId}/${safe(issue.code, lang)}`;
  if (issue.severity !== 'error') tag += `, ${SEVERITY_NAMES[issue.severity][lang]}`;
  parts.push(`(${tag})`);
  return maskIdentifiers(parts.join(' '));
}
