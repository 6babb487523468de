/**
 * `@kampung-kb/family/node`: the Node-only part of the family package: the city's HMAC pseudonymizer
 * (node:crypto) and reading family and DHS files from disk, streaming (CSV, XLSX, JSON, NDJSON).
 *
 * @packageDocumentation
 */

export {
  createHmacPseudonymizer,
  MIN_PSEUDONYM_SECRET_BYTES,
} from './pseudonym/createHmacPseudonymizer.js';
export { readDhsWomenFile, readFamilyFile } from './readers/readFamilyFile.js';
