import type { Label, RecordType, Severity } from '@kampung-kb/model';

/**
 * The metadata of a validation rule, as plain JSON-serialisable data: what it checks, how serious a
 * finding is, which record types it looks at and where the requirement comes from. The checking code is
 * separate; a rule definition never holds functions, so a catalogue can be listed, documented, exported
 * (e.g. to DHIS2-style validation rule metadata) and compared across versions.
 *
 * @example
 * ```ts
 * const rule: RuleDefinition = {
 *   id: 'jkn-within-population',
 *   version: '1.0.0',
 *   severity: 'error',
 *   recordTypes: ['monthly'],
 *   codes: ['jkn-within-population'],
 *   name: { id: 'Pemegang JKN ≤ jumlah penduduk', en: 'JKN holders ≤ population' },
 *   description: { id: 'Jumlah pemegang JKN/BPJS tidak melebihi jumlah penduduk.', en: 'JKN/BPJS holders do not exceed the population.' },
 *   source: 'willyprmn/Kampung-KB app/Http/Requests/Admin/Kkbpk/CreateRequest.php',
 * };
 * JSON.parse(JSON.stringify(rule)); // the same data
 * ```
 */
export interface RuleDefinition {
  /** Stable id, kebab-case, e.g. `kkbpk-balance`; issues carry it as `ruleId`. */
  readonly id: string;
  /** Version of the rule's behaviour (semver); bumped whenever what it accepts changes. */
  readonly version: string;
  /** Severity of the issues it raises. */
  readonly severity: Severity;
  /** Record types the rule looks at (the first is the one its issues usually point to). */
  readonly recordTypes: readonly RecordType[];
  /**
   * Issue `code`s the rule can raise: its own id and, for rules that distinguish several findings, the
   * extra kinds (e.g. `region-outside-city` of `region-parent`).
   */
  readonly codes: readonly string[];
  /** Short name, in Indonesian and English. */
  readonly name: Label;
  /** What the rule checks, in Indonesian and English. */
  readonly description: Label;
  /** Where the requirement comes from (citation). */
  readonly source: string;
}
