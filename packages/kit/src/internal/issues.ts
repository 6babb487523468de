import {
  type Issue,
  type IssueLocation,
  type IssueValue,
  type Label,
  maskIdentifiers,
  type RecordType,
  type Severity,
} from '@kampung-kb/model';

/** Builds an issue whose rule id and code are the same reader check. */
export function makeIssue(
  code: string,
  severity: Severity,
  location: IssueLocation,
  values: Record<string, IssueValue>,
  message: Label,
): Issue {
  return { ruleId: code, code, severity, location, values, message };
}

/** Text from the input, safe to echo: identifiers masked, long text cut. */
export function shown(text: string, max = 80): string {
  const masked = maskIdentifiers(text);
  return masked.length > max ? `${masked.slice(0, max - 3)}...` : masked;
}

/** The record-identifying part of a location (kampung, period, own id), read from a raw record. */
export function recordLocation(type: RecordType, record: Readonly<Record<string, unknown>>): IssueLocation {
  const loc: { -readonly [K in keyof IssueLocation]: IssueLocation[K] } = { recordType: type };
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' && v.trim() !== '' ? shown(v.trim(), 64) : undefined;
  const kampungId = str(type === 'kampung' ? record['id'] : record['kampungId']);
  if (kampungId !== undefined) loc.kampungId = kampungId;
  const period = str(record['period']);
  if (period !== undefined) loc.period = period;
  const recordId = str(
    type === 'region' ? record['code'] : type === 'intervention' ? record['id'] : undefined,
  );
  if (recordId !== undefined) loc.recordId = recordId;
  return loc;
}
