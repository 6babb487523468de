/** Where a JSON text first nests deeper than allowed. */
export interface JsonTooDeep {
  /** 0-based offset of the `[` or `{` that goes one level too deep. */
  readonly offset: number;
}

/**
 * Finds the first `[` or `{` of a JSON text that opens level `maxDepth + 1` (the outermost array is level
 * 1), skipping strings; `undefined` when the text stays within the limit. One pass, no recursion.
 */
export function jsonTooDeep(text: string, maxDepth: number): JsonTooDeep | undefined {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string, honouring backslash escapes.
      i++;
      while (i < n) {
        const s = text.charCodeAt(i);
        if (s === 92) i += 2;
        else if (s === 34) break;
        else i++;
      }
    } else if (c === 91 || c === 123) {
      depth++;
      if (depth > maxDepth) return { offset: i };
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return undefined;
}
