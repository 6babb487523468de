/**
 * Text from data made safe for a terminal line. Until `escapeControlChars` and `shortenText` of
 * `@kampung-kb/model` (`displayText.ts`) are available, this is the one place the CLI does it, so the
 * switch to the model's functions is here only.
 */

/** Longest run of non-space characters shown whole; longer ones are shortened in the middle. */
const MAX_TOKEN = 120;

/** C0 controls except tab and line feed, DEL, C1 controls, and bidirectional marks, overrides and isolates. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Escapes control characters (`\u001b` → `\x1b`, `\u202e` → `\u202e`) so none reaches the terminal raw. */
export function escapeControlChars(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    out += text.slice(from, i);
    out +=
      code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Shortens every run of non-space characters longer than `max` to its start, `…(+N)` and its end. */
export function shortenText(text: string, max = MAX_TOKEN): string {
  if (text.length <= max) return text;
  return text.replace(new RegExp(`\\S{${max + 1},}`, 'g'), (run) => {
    const head = Math.ceil(max * 0.6);
    const tail = Math.floor(max * 0.2);
    return `${run.slice(0, head)}…(+${run.length - head - tail})…${run.slice(run.length - tail)}`;
  });
}

/** A line of text output: control characters escaped, long identifiers shortened. */
export function displayText(text: string): string {
  return shortenText(escapeControlChars(text));
}
