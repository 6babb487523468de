import type { Label } from './label.js';

/** How serious an issue is: `error` blocks (the CLI exits 1), `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/** The record types of a data set. */
export type RecordType =
  | 'region'
  | 'kampung'
  | 'profile'
  | 'population'
  | 'monthly'
  | 'intervention'
  | 'proposal'
  | 'budget';

/**
 * Where a record came from: a file and, for tabular files, the 1-based line number (CSV, header = line 1)
 * or, for JSON arrays, the 0-based index (`index`).
 */
export interface SourceRef {
  readonly file: string;
  readonly line?: number;
  readonly index?: number;
}

/** Where an issue is: which record (type, kampung, period, id) and, when from a file, where in it. */
export interface IssueLocation {
  readonly recordType?: RecordType;
  readonly kampungId?: string;
  readonly period?: string;
  /** Id of the record when it has its own (intervention or proposal id, region code). */
  readonly recordId?: string;
  readonly file?: string;
  readonly line?: number;
  readonly index?: number;
  /** Dotted path of the field (as the CSV column is named), e.g. `users.iud`. */
  readonly field?: string;
}

/** A value compared by a rule; identifiers never appear here (see {@link maskIdentifiers}). */
export type IssueValue = number | string | boolean | null;

/**
 * One problem found in the data, as data: which rule, how serious, where, the values compared, and the
 * message in Indonesian and English. Turn it into text with a formatter, not by reading `message` alone.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   ruleId: 'kkbpk-balance', code: 'kkbpk-balance', severity: 'error',
 *   location: { recordType: 'monthly', kampungId: 'sungai-andai', period: '2020-03', file: 'monthly.csv', line: 4 },
 *   values: { usersPlusNonUsers: 251, pus: 250 },
 *   message: { id: 'Peserta KB + bukan peserta (251) ≠ PUS (250)', en: 'Users + non-users (251) ≠ PUS (250)' },
 * };
 * ```
 */
export interface Issue {
  /** Id of the rule (or reader check) that raised it, e.g. `kkbpk-balance` or `file-unreadable`. */
  readonly ruleId: string;
  /** Machine-readable kind; equal to `ruleId` unless a rule raises several kinds. */
  readonly code: string;
  readonly severity: Severity;
  readonly location: IssueLocation;
  readonly values: Readonly<Record<string, IssueValue>>;
  readonly message: Label;
}

const SIXTEEN_DIGITS = /(?<![0-9])[0-9]{16}(?![0-9])/g;

/**
 * Masks 16-digit numbers (NIK, the national identity number, and KK, the family card number) in text so
 * they never reach errors, logs or reports: all but the last four digits become `*`.
 *
 * @example
 * ```ts
 * maskIdentifiers('NIK 6371041234567890 salah'); // 'NIK ************7890 salah'
 * ```
 */
export function maskIdentifiers(text: string): string {
  return text.replace(SIXTEEN_DIGITS, (m) => `${'*'.repeat(12)}${m.slice(12)}`);
}
