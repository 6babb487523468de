import { type Static, Type } from '@sinclair/typebox';

/**
 * Levels of the Kemendagri region hierarchy: provinsi (province), kabupaten/kota (regency or city),
 * kecamatan (district) and desa/kelurahan (village).
 */
export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

/** Region levels from the top down. */
export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];

/** Dotted Kemendagri code pattern: `PP`, `PP.KK`, `PP.KK.CC` or `PP.KK.CC.DDDD`. */
export const REGION_CODE_PATTERN = '^[1-9][0-9](\\.[0-9]{2}(\\.[0-9]{2}(\\.[1-3][0-9]{3})?)?)?$';

/**
 * A Kemendagri region code in its canonical dotted form (Permendagri 137/2017): province `63`, regency or
 * city `63.71`, district `63.71.04`, village `63.71.04.1010`. Not a BPS code: the two schemes differ.
 *
 * @example
 * ```ts
 * Value.Check(RegionCode, '63.71.04.1010'); // true
 * ```
 */
export const RegionCode = Type.String({
  $id: 'RegionCode',
  pattern: REGION_CODE_PATTERN,
  description: 'Kemendagri region code, dotted (PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD).',
});
/** @see {@link RegionCode} */
export type RegionCode = Static<typeof RegionCode>;

const DOTTED = new RegExp(REGION_CODE_PATTERN);
const UNDOTTED = /^[1-9][0-9]([0-9]{2}([0-9]{2}([1-3][0-9]{3})?)?)?$/;

/** Why a string is not a region code. */
export type RegionCodeProblem = 'empty' | 'format' | 'village-kind';

/** Result of {@link parseRegionCode}. */
export type RegionCodeResult =
  | { readonly ok: true; readonly code: RegionCode; readonly level: RegionLevel }
  | { readonly ok: false; readonly problem: RegionCodeProblem; readonly input: string };

/**
 * Parses a Kemendagri code written dotted (`63.71.04.1010`) or as plain digits (`6371041010`, the
 * portal's `char(10)` form), trimming spaces, into the dotted form.
 *
 * @example
 * ```ts
 * parseRegionCode('6371041010'); // { ok: true, code: '63.71.04.1010', level: 'village' }
 * parseRegionCode('63.7.1');      // { ok: false, problem: 'format', input: '63.7.1' }
 * ```
 */
export function parseRegionCode(input: string): RegionCodeResult {
  const s = input.trim();
  if (s === '') return { ok: false, problem: 'empty', input };
  let dotted: string | undefined;
  if (DOTTED.test(s)) dotted = s;
  else if (UNDOTTED.test(s)) {
    const parts = [s.slice(0, 2), s.slice(2, 4), s.slice(4, 6), s.slice(6, 10)].filter((p) => p !== '');
    dotted = parts.join('.');
  }
  if (dotted === undefined) {
    const digits = s.replace(/\./g, '');
    if (/^[0-9]{10}$/.test(digits) && !/^[1-3]$/.test(digits[6] ?? '')) {
      return { ok: false, problem: 'village-kind', input };
    }
    return { ok: false, problem: 'format', input };
  }
  return { ok: true, code: dotted, level: regionLevelOf(dotted) };
}

/**
 * The level of a dotted code, from its number of segments.
 *
 * @example
 * ```ts
 * regionLevelOf('63.71'); // 'regency'
 * ```
 */
export function regionLevelOf(code: RegionCode): RegionLevel {
  const n = code.split('.').length;
  return REGION_LEVELS[n - 1] ?? 'village';
}

/**
 * The parent's code, or `undefined` for a province.
 *
 * @example
 * ```ts
 * parentRegionCode('63.71.04.1010'); // '63.71.04'
 * ```
 */
export function parentRegionCode(code: RegionCode): RegionCode | undefined {
  const i = code.lastIndexOf('.');
  return i < 0 ? undefined : code.slice(0, i);
}

/**
 * The code of the ancestor (or the code itself) at a level, or `undefined` when the code is above it.
 *
 * @example
 * ```ts
 * regionAncestorAt('63.71.04.1010', 'regency'); // '63.71'
 * ```
 */
export function regionAncestorAt(code: RegionCode, level: RegionLevel): RegionCode | undefined {
  const depth = REGION_LEVELS.indexOf(level) + 1;
  const parts = code.split('.');
  return parts.length < depth ? undefined : parts.slice(0, depth).join('.');
}

/**
 * Whether `code` lies inside (or is) `ancestor`.
 *
 * @example
 * ```ts
 * isWithinRegion('63.71.04.1010', '63.71'); // true
 * ```
 */
export function isWithinRegion(code: RegionCode, ancestor: RegionCode): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

/**
 * For a village code, whether it is a kelurahan (urban, `1xxx`), a desa (rural, `2xxx`) or a traditional
 * village (`3xxx`); `undefined` above village level.
 */
export function villageKind(code: RegionCode): 'kelurahan' | 'desa' | 'adat' | undefined {
  if (regionLevelOf(code) !== 'village') return undefined;
  const d = code.charAt(code.length - 4);
  return d === '1' ? 'kelurahan' : d === '2' ? 'desa' : 'adat';
}

/** The undotted digits of a code, as the portal stores it (`6371041010`). */
export function undottedRegionCode(code: RegionCode): string {
  return code.replace(/\./g, '');
}
