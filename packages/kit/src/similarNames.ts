/** Edit distance (optimal string alignment: insert, delete, substitute, swap two neighbours each cost 1). */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * Options of {@link similarNames}.
 *
 * @example
 * ```ts
 * similarNames('kesehtan', ['kesehatan'], { maxDistance: 3 });
 * ```
 */
export interface SimilarNamesOptions {
  /** The largest edit distance still suggested; by default 1 for a word of up to 2 characters, else 2. */
  readonly maxDistance?: number;
}

/**
 * The one "did you mean" of the SDK: the candidates nearest to a misspelt `word` (ignoring case), by edit
 * distance with a swap of two neighbours counted as one edit, at most `maxDistance` away. Only the nearest
 * are returned (every candidate at that distance, in the order given); `[]` when none is close enough or
 * the word is one of the candidates. Pure and browser-safe.
 *
 * @example
 * ```ts
 * similarNames('pfd', ['html', 'md', 'pdf', 'xlsx', 'csv']); // ['pdf']
 * similarNames('--jsno', ['--json', '--lang']); // ['--json']
 * similarNames('zzz', ['html', 'md']); // []
 * ```
 */
export function similarNames(
  word: string,
  candidates: readonly string[],
  options: SimilarNamesOptions = {},
): string[] {
  const w = word.toLowerCase();
  const limit = options.maxDistance ?? (w.length <= 2 ? 1 : 2);
  let best = limit + 1;
  let nearest: string[] = [];
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d === 0) return [];
    if (d > limit) continue;
    if (d < best) {
      best = d;
      nearest = [c];
    } else if (d === best) nearest.push(c);
  }
  return nearest;
}
