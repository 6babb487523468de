import {
  type Issue,
  type IssueLocation,
  type IssueValue,
  type Label,
  maskIdentifiers,
  type Severity,
} from '@kampung-kb/model';

/** Builds an import issue whose rule id and code are the same check. */
export function importIssue(
  code: string,
  severity: Severity,
  location: IssueLocation,
  values: Record<string, IssueValue>,
  message: Label,
): Issue {
  return { ruleId: code, code, severity, location, values, message };
}

/** Text from the input, safe to echo: NIK/KK numbers masked, long text cut. */
export function shown(text: string, max = 80): string {
  const masked = maskIdentifiers(text);
  return masked.length > max ? `${masked.slice(0, max - 3)}...` : masked;
}

/** A cell value safe to echo in an issue or a rejection. */
export function shownValue(value: unknown): IssueValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return shown(value);
  return shown(JSON.stringify(value) ?? '');
}

/** The spreadsheet letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
