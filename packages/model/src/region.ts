import { type Static, Type } from '@sinclair/typebox';
import { RegionCode } from './regionCode.js';

/**
 * A named region of the Kemendagri hierarchy (province, regency/city, district or village), used to
 * name and roll up kampung.
 *
 * @example
 * ```ts
 * const r: Region = { code: '63.71.04', name: 'Banjarmasin Utara' };
 * ```
 */
export const Region = Type.Object(
  {
    code: RegionCode,
    name: Type.String({ minLength: 1, description: 'Official name, e.g. "Banjarmasin Utara".' }),
  },
  { $id: 'Region', additionalProperties: false, description: 'A region of the Kemendagri hierarchy.' },
);
/** @see {@link Region} */
export type Region = Static<typeof Region>;
