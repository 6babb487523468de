import { open } from 'node:fs/promises';

/** What a byte scan of a CSV file tells before DuckDB reads it. */
export interface CsvShape {
  /** The first line, without its line break. */
  readonly header: string;
  /** Physical lines (a last line without a line break counts). */
  readonly lines: number;
  /** Whether any byte is a double quote, a carriage return, a byte-order mark or an empty line. */
  readonly special: boolean;
}

const NL = 0x0a;
const QUOTE = 0x22;
const CR = 0x0d;

/**
 * Scans a CSV file once for what decides whether DuckDB can read it with the same line numbers and cells
 * as the JavaScript reader: its header, its number of lines, and any quote, carriage return, byte-order
 * mark or empty line (any of them sends the file to the JavaScript reader).
 */
export async function csvShape(file: string): Promise<CsvShape> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const head: Buffer[] = [];
    let headerDone = false;
    let lines = 0;
    let special = false;
    let last = NL;
    let first = true;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      if (first) {
        first = false;
        if (bytesRead >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) special = true;
      }
      if (!special && (chunk.indexOf(QUOTE) >= 0 || chunk.indexOf(CR) >= 0)) special = true;
      let at = chunk.indexOf(NL);
      if (!headerDone) {
        if (at < 0) head.push(Buffer.from(chunk));
        else {
          head.push(Buffer.from(chunk.subarray(0, at)));
          headerDone = true;
        }
      }
      while (at >= 0) {
        lines++;
        const prev = at === 0 ? last : chunk[at - 1];
        if (prev === NL) special = true;
        at = chunk.indexOf(NL, at + 1);
      }
      last = chunk[bytesRead - 1] as number;
    }
    if (last !== NL) lines++;
    return { header: Buffer.concat(head).toString('utf8'), lines, special };
  } finally {
    await handle.close();
  }
}

/**
 * The line numbers of the rows whose first two cells (`kampungId,period`) are among `keys` (a file
 * without quotes, as {@link csvShape} found it): one more pass, only when some report has an issue.
 */
export async function linesOf(file: string, keys: ReadonlySet<string>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (keys.size === 0) return out;
  const handle = await open(file, 'r');
  try {
    let line = 0;
    let rest = '';
    const decoder = new TextDecoder();
    for await (const chunk of handle.readableWebStream()) {
      const text = rest + decoder.decode(chunk as Uint8Array, { stream: true });
      let at = 0;
      for (let nl = text.indexOf('\n', at); nl >= 0; nl = text.indexOf('\n', at)) {
        line++;
        const second = text.indexOf(',', text.indexOf(',', at) + 1);
        if (second > at && second < nl) {
          const key = text.slice(at, second);
          if (keys.has(key)) out.set(key, line);
        }
        at = nl + 1;
      }
      rest = text.slice(at);
    }
    if (rest !== '') {
      const second = rest.indexOf(',', rest.indexOf(',') + 1);
      if (second > 0 && keys.has(rest.slice(0, second))) out.set(rest.slice(0, second), line + 1);
    }
    return out;
  } finally {
    await handle.close();
  }
}
