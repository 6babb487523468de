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
  | 'budget'
  | 'family';

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

/**
 * Whether a character is one people write between the digit groups of a NIK or KK number: space, no-break
 * and thin spaces, tab, dot, hyphen, underscore and slash (`3201 2345 6789 0124`, `3201-2345-6789-0124`,
 * `32.01.23.456789.0124`).
 */
function isSeparator(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 46 ||
    c === 45 ||
    c === 95 ||
    c === 47 ||
    c === 0xa0 ||
    c === 0x2009 ||
    c === 0x202f
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Sixteen digits are a NIK (national identity number) or KK (family card number). */
const IDENTIFIER_DIGITS = 16;

/** Masks every digit of `text.slice(start, end)` but the last four; separators are kept. */
function maskRun(text: string, start: number, end: number): string {
  // Where the last four digits begin.
  let keep = end;
  for (let seen = 0; seen < 4; keep--) if (isDigit(text.charCodeAt(keep - 1))) seen++;
  let out = '';
  let i = start;
  while (i < keep) {
    const from = i;
    while (i < keep && isDigit(text.charCodeAt(i))) i++;
    out += '*'.repeat(i - from);
    if (i < keep) out += text[i++];
  }
  return out + text.slice(keep, end);
}

/**
 * Masks NIK (national identity number) and KK (family card number) identifiers in text so they never
 * reach errors, logs or reports: every run of 16 or more digits, also when the digit groups are separated
 * by spaces, dots, hyphens, underscores or slashes, keeps only its last four digits; the others become
 * `*` (separators are kept). Shorter numbers (counts, dates, region codes such as `63.71.04.1001`) are left
 * alone.
 *
 * @example
 * ```ts
 * maskIdentifiers('NIK 6371041234567890 salah'); // 'NIK ************7890 salah'
 * maskIdentifiers('KK 3201-2345-6789-0124'); // 'KK ****-****-****-0124'
 * maskIdentifiers('63710412345678901'); // '*************8901' (17 digits)
 * ```
 */
export function maskIdentifiers(text: string): string {
  // A hand-written scan rather than a regular expression: it runs in linear time and constant stack on any
  // input (a backtracking pattern overflows the regexp stack on a 10 MB run of digits).
  const n = text.length;
  let out: string[] | undefined;
  let copied = 0;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // A run: digits, each next to the one before or after one separator character.
    const start = i;
    let digits = 0;
    let end = i;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (isDigit(c)) {
        digits++;
        end++;
      } else if (isSeparator(c) && end + 1 < n && isDigit(text.charCodeAt(end + 1))) end++;
      else break;
    }
    if (digits >= IDENTIFIER_DIGITS) {
      out ??= [];
      out.push(text.slice(copied, start), maskRun(text, start, end));
      copied = end;
    }
    i = end;
  }
  if (out === undefined) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** Numbers from 10^15 up have at least 16 digits before the decimal point: NIK and KK numbers among them. */
const IDENTIFIER_MAGNITUDE = 1e15;

/** How deep {@link maskIssue} follows nested values; deeper parts are replaced, never walked. */
const MAX_VALUE_DEPTH = 32;

/** Masks a value of any shape: strings and numbers that look like identifiers; arrays and objects deeply. */
function maskValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return maskIdentifiers(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) < IDENTIFIER_MAGNITUDE) return value;
    return maskIdentifiers(BigInt(Math.trunc(value)).toString());
  }
  if (typeof value === 'bigint') return maskIdentifiers(value.toString());
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_VALUE_DEPTH) return '[…]';
  seen.add(value);
  const out: unknown = Array.isArray(value)
    ? value.map((v) => maskValue(v, depth + 1, seen))
    : Object.fromEntries(
        Object.entries(value).map(([k, v]) => [maskIdentifiers(k), maskValue(v, depth + 1, seen)]),
      );
  seen.delete(value);
  return out;
}

/**
 * A copy of an issue with every NIK or KK number masked ({@link maskIdentifiers}): in both message texts,
 * in the location's texts, and in every value, deeply: strings are masked, and a number of 16 or more
 * digits (a NIK typed into a count column, echoed as the value compared) becomes the masked string of
 * its digits. Everything else is kept; an issue without identifiers comes back equal to the original
 * (values nested more than 32 levels deep, which no SDK issue has, are replaced by `'[…]'`).
 * Apply it before an issue leaves the SDK (text, JSON, reports).
 *
 * @example
 * ```ts
 * const masked = maskIssue({
 *   ruleId: 'jkn-within-population', code: 'jkn-within-population', severity: 'error',
 *   location: { recordType: 'population', kampungId: 'sungai-andai', period: '2020-01' },
 *   values: { jknHolders: 3201234567890124, population: 1200 },
 *   message: { id: 'Pemegang JKN (3201234567890124) …', en: 'JKN holders (3201234567890124) …' },
 * });
 * masked.values.jknHolders; // '************0124'
 * masked.message.en; // 'JKN holders (************0124) …'
 * ```
 */
export function maskIssue(issue: Issue): Issue {
  const seen = new WeakSet<object>();
  return {
    ...issue,
    location: maskValue(issue.location, 0, seen) as IssueLocation,
    values: maskValue(issue.values, 0, seen) as Issue['values'],
    message: { id: maskIdentifiers(issue.message.id), en: maskIdentifiers(issue.message.en) },
  };
}
