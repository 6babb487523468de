const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

/** What the splitter found: the text of one element of the top-level array, or a problem. */
export type JsonPiece =
  | { readonly kind: 'element'; readonly text: string; readonly index: number; readonly line: number }
  | { readonly kind: 'too-long'; readonly index: number; readonly line: number }
  | { readonly kind: 'not-array'; readonly line: number }
  | { readonly kind: 'unterminated'; readonly index: number; readonly line: number };

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}

/**
 * Splits a JSON array fed in text pieces into the texts of its elements, one at a time (each parsed by
 * `JSON.parse` later), so a file of a million families never sits in memory: only the element being read.
 * It tracks strings, escapes and nesting only; the element's own syntax is left to `JSON.parse`. An element
 * longer than `maxChars` is skipped and reported.
 */
export class JsonArraySplitter {
  private state: 'start' | 'between' | 'element' | 'done' | 'failed' = 'start';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private partsChars = 0;
  private skipping = false;
  private index = 0;
  private line = 1;
  private elementLine = 1;

  constructor(
    private readonly sink: (piece: JsonPiece) => void,
    private readonly maxChars = 4 * 1024 * 1024,
  ) {}

  push(text: string): void {
    const n = text.length;
    let from = this.state === 'element' ? 0 : -1;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.state !== 'element') {
        if (isSpace(c) || this.state === 'done' || this.state === 'failed') continue;
        if (this.state === 'start') {
          if (c === OPEN_BRACKET) this.state = 'between';
          else {
            this.state = 'failed';
            this.sink({ kind: 'not-array', line: this.line });
          }
          continue;
        }
        // Between elements.
        if (c === COMMA) continue;
        if (c === CLOSE_BRACKET) {
          this.state = 'done';
          continue;
        }
        this.state = 'element';
        this.index++;
        this.elementLine = this.line;
        this.depth = 0;
        this.inString = false;
        this.escaped = false;
        from = i;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (this.depth === 0) {
          // The array's closing bracket right after a primitive element.
          this.finish(text, from, i);
          this.state = 'done';
        } else if (--this.depth === 0) {
          this.finish(text, from, i + 1);
          this.state = 'between';
        }
      } else if (c === COMMA && this.depth === 0) {
        this.finish(text, from, i);
        this.state = 'between';
      }
    }
    if (this.state === 'element') this.keep(text.slice(Math.max(from, 0)));
  }

  /** Ends the text: an element still open is reported. */
  end(): void {
    if (this.state === 'element' || this.state === 'between') {
      this.sink({
        kind: 'unterminated',
        index: this.state === 'element' ? this.index : this.index + 1,
        line: this.line,
      });
    } else if (this.state === 'start') this.sink({ kind: 'not-array', line: this.line });
    this.state = 'done';
  }

  private keep(text: string): void {
    if (this.skipping) return;
    if (this.partsChars + text.length > this.maxChars) {
      this.skipping = true;
      this.parts = [];
      this.partsChars = 0;
      return;
    }
    this.parts.push(text);
    this.partsChars += text.length;
  }

  private finish(text: string, from: number, to: number): void {
    this.keep(text.slice(Math.max(from, 0), to));
    if (this.skipping) this.sink({ kind: 'too-long', index: this.index, line: this.elementLine });
    else this.sink({ kind: 'element', text: this.parts.join(''), index: this.index, line: this.elementLine });
    this.parts = [];
    this.partsChars = 0;
    this.skipping = false;
  }
}
