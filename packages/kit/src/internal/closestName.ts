import { similarNames } from '../similarNames.js';

/**
 * The candidate closest to `word` for a "did you mean": a case-insensitive match, else one containing the
 * word (or contained in it, from 3 characters), else the nearest by {@link similarNames} within
 * max(2, ⌊length/3⌋) edits; ties go to the earlier candidate. `undefined` when nothing is close.
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === w);
  if (exact !== undefined) return exact;
  if (w.length >= 3) {
    const part = candidates.find((c) => c.toLowerCase().includes(w) || w.includes(c.toLowerCase()));
    if (part !== undefined) return part;
  }
  return similarNames(w, candidates, { maxDistance: Math.max(2, Math.floor(w.length / 3)) })[0];
}
