import type { Lang } from './label.js';

/**
 * Characters that must never reach a terminal raw: C0 controls (U+0000–U+001F, including ESC, which
 * starts ANSI/OSC sequences, and newlines, which could forge extra output lines), DEL, C1 controls
 * (U+0080–U+009F, including the 8-bit CSI and OSC), the Arabic letter mark, left-to-right and
 * right-to-left marks, the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the
 * "Trojan Source" characters), the line and paragraph separators and the byte-order mark.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** How {@link escapeControlChars} writes the common C0 controls. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const short = SHORT_ESCAPES[ch];
  if (short !== undefined) return short;
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Makes control characters visible, so that text from data files (a kampung id, a file name, a cell) can be
 * printed to a terminal without running anything in it: ESC (`\x1b`, which starts colour, cursor and OSC
 * sequences such as hyperlinks or window titles), the other C0 and C1 controls, DEL, and the Unicode bidi
 * controls that reorder what the reader sees (`\u202e`). Newline, carriage return and tab become `\n`,
 * `\r`, `\t`; other characters up to U+00FF become `\xHH`, the rest `\uHHHH`. Everything else, including
 * letters of every script and emoji, is kept as it is. A backslash already in the text is kept too, so the
 * result is for reading, not for decoding.
 *
 * @example
 * ```ts
 * escapeControlChars('sungai-andai\u001b]0;owned\u0007'); // 'sungai-andai\\x1b]0;owned\\x07'
 * escapeControlChars('abc\u202edcba'); // 'abc\\u202edcba'
 * escapeControlChars('Kampung Baiman'); // 'Kampung Baiman' (unchanged)
 * ```
 */
export function escapeControlChars(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Whether the UTF-16 code unit at `i` is the second half of a surrogate pair. */
function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The default `max` of {@link shortenText}: room for any real kampung id, region code or file name.
 *
 * @example
 * ```ts
 * shortenText(id) === shortenText(id, DEFAULT_SHORTEN_LENGTH); // true
 * ```
 */
export const DEFAULT_SHORTEN_LENGTH = 64;

const LENGTH_NOTE: Readonly<Record<Lang, (n: string) => string>> = {
  id: (n) => ` (${n} karakter)`,
  en: (n) => ` (${n} characters)`,
};

/**
 * Shortens a long text in the middle: the start and the end are kept, an ellipsis (`…`) stands for the
 * rest, and the original length is noted in the language asked, so a 10 MB identifier from a data file
 * prints as a line, not as 10 MB. Text of at most `max` characters (UTF-16 code units) is returned as it
 * is; longer text gives at most `max` characters plus the note. Surrogate pairs are never split.
 * Shorten before {@link escapeControlChars} (escaping a huge text first would be slow), and mask
 * identifiers ({@link maskIdentifiers}) before shortening, so no part of a NIK survives the cut.
 *
 * @param text - the text to shorten
 * @param max - the longest text kept whole (at least 5; default {@link DEFAULT_SHORTEN_LENGTH})
 * @param lang - the language of the length note (default `en`)
 *
 * @example
 * ```ts
 * shortenText('sungai-andai', 64); // 'sungai-andai'
 * shortenText('x'.repeat(10_000_000), 21, 'en'); // 'xxxxxxxxxx…xxxxxxxxxx (10000000 characters)'
 * shortenText('a'.repeat(100), 11, 'id'); // 'aaaaa…aaaaa (100 karakter)'
 * ```
 */
export function shortenText(text: string, max: number = DEFAULT_SHORTEN_LENGTH, lang: Lang = 'en'): string {
  const limit = Math.max(5, Math.floor(Number.isFinite(max) ? max : DEFAULT_SHORTEN_LENGTH));
  if (text.length <= limit) return text;
  const keep = limit - 1;
  let head = Math.ceil(keep / 2);
  let tailStart = text.length - (keep - head);
  // Do not cut between the two halves of a surrogate pair.
  if (isLowSurrogateAt(text, head)) head--;
  if (isLowSurrogateAt(text, tailStart)) tailStart++;
  return `${text.slice(0, head)}…${text.slice(tailStart)}${LENGTH_NOTE[lang](String(text.length))}`;
}

/**
 * Shortens, with {@link shortenText}, every run of non-space characters longer than `max` in a message,
 * and leaves the words around it alone: a sentence that quotes a 10 MB kampung id stays a readable
 * sentence with the id cut in the middle.
 *
 * @example
 * ```ts
 * shortenLongWords(`Kampung '${'x'.repeat(1000)}' tidak dikenal`, 21, 'id');
 * // "Kampung 'xxxxxxxxx…xxxxxxxxx' (1002 karakter) tidak dikenal"
 * ```
 */
export function shortenLongWords(
  text: string,
  max: number = DEFAULT_SHORTEN_LENGTH,
  lang: Lang = 'en',
): string {
  const limit = Math.max(5, Math.floor(Number.isFinite(max) ? max : DEFAULT_SHORTEN_LENGTH));
  if (text.length <= limit) return text;
  // A hand-written scan: a pattern such as /\S{65,}/ overflows the regexp stack on a 10 MB word.
  const out: string[] = [];
  const n = text.length;
  let copied = 0;
  let i = 0;
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    if (i - start > limit) {
      out.push(text.slice(copied, start), shortenText(text.slice(start, i), limit, lang));
      copied = i;
    }
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** White space as JavaScript's `\s` knows it. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
