/**
 * The 1-based line and column of a 0-based character offset in a text, for messages that point into a file.
 * LF, CRLF and a lone CR each end a line; an offset past the end is read as the end of the text.
 *
 * @example
 * ```ts
 * textPosition('a: 1\nb: x\n', 8); // { line: 2, column: 4 }
 * textPosition('a\r\nb', 3); // { line: 2, column: 1 }
 * ```
 */
export function textPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
