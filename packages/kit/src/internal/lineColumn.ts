/** 1-based line and column of a 0-based character offset in a text: `textPosition` of `@kampung-kb/rules`. */
export { textPosition as lineColumn } from '@kampung-kb/rules';

/** The offset a `JSON.parse` error message reports (`… at position 42 …`), if any. */
export function jsonErrorOffset(message: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}
