/**
 * Writes records as a JSON array, two-space indented, with a final newline: the JSON form of a data file.
 * Pure and browser-safe.
 *
 * @example
 * ```ts
 * recordsToJson([{ code: '63.71', name: 'Kota Banjarmasin' }]);
 * // '[\n  {\n    "code": "63.71",\n    "name": "Kota Banjarmasin"\n  }\n]\n'
 * ```
 */
export function recordsToJson(records: readonly object[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
