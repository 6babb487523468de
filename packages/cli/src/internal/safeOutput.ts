import { escapeControlChars, maskIdentifiers } from '@kampung-kb/model';

/** Masks ID numbers in a JSON value: in strings, and integers of 16 digits or more (as masked strings). */
function maskJsonValue(value: unknown): unknown {
  if (typeof value === 'string') return maskIdentifiers(value);
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) >= 1e15 ? maskIdentifiers(String(value)) : value;
  if (Array.isArray(value)) return value.map(maskJsonValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[maskIdentifiers(k)] = maskJsonValue(v);
    return out;
  }
  return value;
}

/**
 * What the CLI prints, made safe whatever produced it: a JSON document has its ID numbers masked value by
 * value (so it stays valid JSON and decimal fractions stay numbers); any other text is masked
 * (`maskIdentifiers`) and its control characters escaped line by line (`escapeControlChars`).
 */
export function safeOutput(text: string): string {
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      const doc: unknown = JSON.parse(text);
      return JSON.stringify(maskJsonValue(doc), null, text.includes('\n  ') ? 2 : undefined);
    } catch {
      // Not JSON after all: treated as text.
    }
  }
  return text
    .split('\n')
    .map((line) => escapeControlChars(maskIdentifiers(line)))
    .join('\n');
}
