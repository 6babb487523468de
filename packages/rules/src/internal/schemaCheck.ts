import { checkRecord } from '@kampung-kb/model';
import type { IssueSink, RecordRef } from './issueSink.js';

/**
 * Reports every schema problem of a record once: `minimum`/`integer` problems (counts must be
 * non-negative whole numbers) under `count-non-negative-integer`, all others under `record-shape`.
 * Returns whether the record passes its schema, whether or not those rules are enabled.
 */
export function checkSchema(sink: IssueSink, ref: RecordRef): boolean {
  const problems = checkRecord(ref.type, ref.record);
  for (const p of problems) {
    const ruleId =
      p.kind === 'minimum' || p.kind === 'integer' ? 'count-non-negative-integer' : 'record-shape';
    sink.report(ref, ruleId, ruleId, { field: p.field }, { kind: p.kind, value: p.value }, p.message);
  }
  return problems.length === 0;
}
