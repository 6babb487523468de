import { type Issue, maskIssue, shortenText } from '@kampung-kb/model';

/** Longest string of an issue's location or values printed whole in JSON output. */
const MAX_JSON_STRING = 256;

function shortenStrings(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return shortenText(value, MAX_JSON_STRING);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => shortenStrings(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = shortenStrings(v, depth + 1);
  return out;
}

/**
 * An issue as the CLI prints it in JSON: ID numbers masked everywhere (`maskIssue` of
 * `@kampung-kb/model`), and every string of its location and values longer than 256 characters shortened
 * in the middle, so a 10 MB identifier in the data does not become megabytes of output per issue. The
 * messages keep their text (masked).
 */
export function jsonIssue(issue: Issue): Issue {
  const masked = maskIssue(issue);
  return {
    ...masked,
    location: shortenStrings(masked.location, 0) as Issue['location'],
    values: shortenStrings(masked.values, 0) as Issue['values'],
    message: {
      id: shortenText(masked.message.id, 4 * MAX_JSON_STRING, 'id'),
      en: shortenText(masked.message.en, 4 * MAX_JSON_STRING, 'en'),
    },
  };
}
