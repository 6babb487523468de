import { type IndicatorDataElement, IndicatorEngine, type InvalidElement } from '@kampung-kb/indicators';

/** The elements the JavaScript engine accepts, and those it leaves out with why. */
export interface CheckedElements {
  readonly valid: readonly IndicatorDataElement[];
  readonly invalid: readonly InvalidElement[];
}

/**
 * Checks elements with the JavaScript engine's own check (`IndicatorEngine.invalidElements`: a stock
 * summed over time, a flow taken at its last month, an event or budget element declared a stock, an
 * unknown path, an aggregation the measure does not support, a repeated id), so SQL leaves out exactly
 * the elements the engine leaves out.
 *
 * The engine gives at most one entry per element, in order, and one for every later occurrence of a
 * repeated id; so the first occurrence of an id is left out exactly when its id has as many entries as
 * occurrences.
 */
export function checkedElements(elements: readonly IndicatorDataElement[]): CheckedElements {
  const invalid = new IndicatorEngine({ indicators: [], level: 'kampung', periods: [], elements })
    .invalidElements;
  if (invalid.length === 0) return { valid: elements, invalid };
  const entries = new Map<string, number>();
  for (const x of invalid) entries.set(x.id, (entries.get(x.id) ?? 0) + 1);
  const occurrences = new Map<string, number>();
  for (const e of elements) occurrences.set(e.id, (occurrences.get(e.id) ?? 0) + 1);
  const valid: IndicatorDataElement[] = [];
  const seen = new Set<string>();
  for (const e of elements) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    if ((entries.get(e.id) ?? 0) < (occurrences.get(e.id) ?? 0)) valid.push(e);
  }
  return { valid, invalid };
}
