import type { CsvDelimiter, CsvRow } from '../parseCsv.js';

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Receives each non-blank row; `truncated` when the row was longer than the limit and its rest was dropped. */
export type CsvRowSink = (row: CsvRow, truncated: boolean) => void;

/** What is known once the whole text has been pushed. */
export interface CsvSplitEnd {
  readonly delimiter: CsvDelimiter;
  /** Set when a quoted field is never closed: the line where its row starts. */
  readonly unclosedQuoteLine?: number;
}

/**
 * The one CSV state machine of the kit (RFC 4180 and the leniencies `parseCsv` documents), fed text in
 * pieces of any size: `push` each decoded chunk, then `end`. Rows reach the sink as soon as they are
 * complete, so memory is bounded by the longest row, not the text. A quote outside quotes is judged in one
 * place for whole texts and pieces alike: it opens a quoted field only when nothing of the field has been read
 * yet (`Jl. A "Baru"` and `5" pipe` keep their quotes); after a closing quote the rest of the field is kept as
 * written; line breaks in quotes (CR, LF or CRLF) become `\n` and are counted, so every
 * row keeps the physical line it starts on. A row longer than `maxRowChars` characters (counting one per
 * cell for the delimiters) keeps what was read up to the limit and drops the rest (the sink is told), so an
 * unclosed quote in a huge file cannot exhaust memory.
 */
export class CsvRowSplitter {
  private delimiter: CsvDelimiter | undefined;
  private delimiterCode = 44;
  private pending = '';
  private started = false;
  private cells: string[] = [];
  private field = '';
  private quotedField = false;
  /** A character (kept or dropped past the row limit) or an opening quote of the current field has been read. */
  private fieldBegun = false;
  private inQuotes = false;
  private line = 1;
  private rowLine = 1;
  private rowChars = 0;
  private truncated = false;

  constructor(
    private readonly sink: CsvRowSink,
    delimiter?: CsvDelimiter,
    private readonly maxRowChars = Number.POSITIVE_INFINITY,
  ) {
    if (delimiter) this.setDelimiter(delimiter);
  }

  private setDelimiter(d: CsvDelimiter): void {
    this.delimiter = d;
    this.delimiterCode = d.charCodeAt(0);
  }

  /** Feeds the next piece of text. */
  push(text: string): void {
    let s = this.pending + text;
    this.pending = '';
    if (!this.started) {
      if (s === '') return;
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    if (this.delimiter === undefined) {
      const end = s.search(/[\r\n]/);
      if (end < 0 && s.length < Math.min(this.maxRowChars, 1 << 20)) {
        // The first line is not complete yet: the delimiter is judged on it.
        this.pending = s;
        return;
      }
      this.setDelimiter(detectDelimiter(end < 0 ? s : s.slice(0, end)));
    }
    const used = this.run(s, false);
    if (used < s.length) this.pending = s.slice(used);
  }

  /** Ends the text: the last row (without a final line break) is emitted. */
  end(): CsvSplitEnd {
    let s = this.pending;
    this.pending = '';
    if (!this.started && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    this.started = true;
    if (this.delimiter === undefined) this.setDelimiter(detectDelimiter(firstLine(s)));
    this.run(s, true);
    const unclosed = this.inQuotes ? this.rowLine : undefined;
    if (this.field !== '' || this.quotedField || this.cells.length > 0 || this.truncated) this.endRow();
    const delimiter = this.delimiter as CsvDelimiter;
    return unclosed === undefined ? { delimiter } : { delimiter, unclosedQuoteLine: unclosed };
  }

  private append(s: string, from: number, to: number): void {
    this.fieldBegun = true;
    if (this.truncated) return;
    const room = this.maxRowChars - this.rowChars;
    if (to - from > room) {
      this.field += s.slice(from, from + room);
      this.truncate();
      return;
    }
    this.field += from === 0 && to === s.length ? s : s.slice(from, to);
    this.rowChars += to - from;
  }

  private appendChar(c: string): void {
    this.fieldBegun = true;
    if (this.truncated) return;
    if (this.rowChars >= this.maxRowChars) {
      this.truncate();
      return;
    }
    this.field += c;
    this.rowChars++;
  }

  private truncate(): void {
    this.cells.push(this.field);
    this.field = '';
    this.truncated = true;
  }

  private endField(): void {
    if (!this.truncated) {
      if (this.rowChars >= this.maxRowChars) this.truncate();
      else {
        this.cells.push(this.field);
        this.rowChars++;
      }
    }
    this.field = '';
    this.quotedField = false;
    this.fieldBegun = false;
  }

  private endRow(): void {
    const blank = !this.truncated && this.cells.length === 0 && this.field === '' && !this.quotedField;
    if (!this.truncated) this.cells.push(this.field);
    if (!blank) this.sink({ line: this.rowLine, cells: this.cells }, this.truncated);
    this.cells = [];
    this.field = '';
    this.quotedField = false;
    this.fieldBegun = false;
    this.truncated = false;
    this.rowChars = 0;
  }

  /** Consumes `s`; returns how far it got (it stops before a final `"` or CR whose meaning needs the next character). */
  private run(s: string, final: boolean): number {
    const d = this.delimiterCode;
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (this.inQuotes) {
        let j = i;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (c === QUOTE || c === CR || c === LF) break;
          j++;
        }
        if (j > i) this.append(s, i, j);
        if (j >= n) return n;
        const c = s.charCodeAt(j);
        if (j + 1 >= n && !final && (c === QUOTE || c === CR)) return j;
        if (c === QUOTE) {
          if (s.charCodeAt(j + 1) === QUOTE) {
            this.appendChar('"');
            i = j + 2;
          } else {
            this.inQuotes = false;
            i = j + 1;
          }
        } else {
          this.appendChar('\n');
          this.line++;
          i = j + (c === CR && s.charCodeAt(j + 1) === LF ? 2 : 1);
        }
        continue;
      }
      if (s.charCodeAt(i) === QUOTE) {
        if (!this.fieldBegun) {
          this.inQuotes = true;
          this.quotedField = true;
          this.fieldBegun = true;
        } else this.appendChar('"');
        i++;
        continue;
      }
      let j = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === d || c === CR || c === LF || c === QUOTE) break;
        j++;
      }
      if (j > i) this.append(s, i, j);
      if (j >= n) return n;
      const c = s.charCodeAt(j);
      if (c === QUOTE) i = j;
      else if (c === d) {
        this.endField();
        i = j + 1;
      } else {
        if (c === CR && j + 1 >= n && !final) return j;
        this.endRow();
        this.line++;
        this.rowLine = this.line;
        i = j + (c === CR && s.charCodeAt(j + 1) === LF ? 2 : 1);
      }
    }
    return n;
  }
}

function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return end < 0 ? text : text.slice(0, end);
}

/** `;` when the first line has semicolons but no commas, else `,`. */
export function detectDelimiter(firstLineText: string): CsvDelimiter {
  return !firstLineText.includes(',') && firstLineText.includes(';') ? ';' : ',';
}
