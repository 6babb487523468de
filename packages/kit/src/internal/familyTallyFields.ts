import { familyTallyKeys } from '@kampung-kb/model';
import type { RecordField } from '../recordFields.js';

/**
 * The columns of a family tally (`family-tallies*.csv`): `kampungId`, `period` and `source` (the fields
 * `walked` gives for the schema's leaves before `values`), then one column per family tally key, named by the
 * key itself (`fp.women`, not `values.fp.women`) and set at `values[key]`. A column that is no tally key
 * is unknown to the CSV reader (`csv-unknown-column`), so a misspelt key is reported, never dropped.
 */
export function familyTallyFields(walked: readonly RecordField[]): RecordField[] {
  const fields = walked.filter((f) => f.segments[0] !== 'values');
  for (const k of familyTallyKeys) {
    fields.push({
      path: k.key,
      segments: ['values', k.key],
      kind: 'number',
      nullable: false,
      optional: true,
    });
  }
  return fields;
}
