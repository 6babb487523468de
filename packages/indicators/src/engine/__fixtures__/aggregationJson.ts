import type { AggregationResult } from '../../aggregation/aggregate.js';

/** An {@link AggregationResult} as JSON (its groups map as a list of entries). */
export function aggregationJson(r: AggregationResult): unknown {
  return { ...r, groups: [...r.groups.entries()] };
}
