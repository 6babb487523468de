/**
 * Sets a value at a field's path (a `RecordField`'s `segments`, `['users', 'iud']` for `users.iud`),
 * creating the nested objects on the way and replacing anything on the way that is not a plain object.
 * The one way the CSV reader and the workbook import assemble nested records from flat columns.
 *
 * @example
 * ```ts
 * const record: Record<string, unknown> = {};
 * setPath(record, ['users', 'iud'], 1);
 * setPath(record, ['kampungId'], 'sungai-andai');
 * record; // { users: { iud: 1 }, kampungId: 'sungai-andai' }
 * ```
 */
export function setPath(record: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  const last = segments.length - 1;
  if (last === 0) {
    record[segments[0] as string] = value;
    return;
  }
  let node = record;
  for (let i = 0; i < last; i++) {
    const key = segments[i] as string;
    const next = node[key];
    if (next !== null && typeof next === 'object' && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[segments[last] as string] = value;
}
