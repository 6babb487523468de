import type { PeriodType } from '@kampung-kb/model';
import type { AggregationLevel } from '../../aggregation/aggregate.js';

/** Every level, kampung first. */
export const ALL_LEVELS: readonly AggregationLevel[] = [
  'kampung',
  'village',
  'district',
  'regency',
  'province',
];
/** Every period type. */
export const ALL_PERIOD_TYPES: readonly PeriodType[] = ['month', 'quarter', 'sixMonth', 'year'];
