import {
  type Issue,
  type IssueValue,
  type Label,
  maskIdentifiers,
  maskIssue,
  type Severity,
} from '@kampung-kb/model';

/** Where in a file: the file, the 1-based row (line) or, for JSON arrays, the 1-based position, the column. */
export interface ReadPlace {
  readonly file: string;
  readonly line?: number;
  readonly index?: number;
  readonly field?: string;
}

/**
 * A reader issue (rule id = code), with every NIK or KK number masked in its texts and values: the one way
 * the family readers make issues, so none can leak an identifier.
 */
export function readIssue(
  code: string,
  severity: Severity,
  place: ReadPlace,
  values: Record<string, IssueValue>,
  message: Label,
): Issue {
  const location: { file: string; line?: number; index?: number; field?: string } = { file: place.file };
  if (place.line !== undefined) location.line = place.line;
  if (place.index !== undefined) location.index = place.index;
  if (place.field !== undefined) location.field = place.field;
  return maskIssue({ ruleId: code, code, severity, location, values, message });
}

/** Text from the input, safe to echo: identifiers masked, cut to `max` characters. */
export function shownText(text: string, max = 60): string {
  const masked = maskIdentifiers(text);
  return masked.length > max ? `${masked.slice(0, max - 1)}…` : masked;
}

/** `baris 12` / `row 12`, or the position of a JSON family. */
export function rowWords(place: ReadPlace): Label {
  if (place.line !== undefined) return { id: `baris ${place.line}`, en: `row ${place.line}` };
  if (place.index !== undefined) return { id: `keluarga ke-${place.index}`, en: `family #${place.index}` };
  return { id: 'berkas', en: 'file' };
}
