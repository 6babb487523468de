import type { ToiletFacilityCode } from '../codeLists/toiletFacilities.js';
import type { FamilyHousing } from '../model/familyHousing.js';

/** A rung of the JMP sanitation ladder, or `unknown` when the answers cannot place the household. */
export type SanitationRung =
  | 'safelyManaged'
  | 'basic'
  | 'limited'
  | 'unimproved'
  | 'openDefecation'
  | 'unknown';

/**
 * Improved sanitation facilities (JMP; DHS `hv205` ∈ {11, 12, 13, 15, 21, 22, 41} in `PH_SANI.do`): flush to
 * sewer, septic tank or pit, flush to an unknown place, ventilated improved pit, pit with slab, composting.
 */
export const IMPROVED_TOILETS: readonly ToiletFacilityCode[] = [
  'flushSewer',
  'flushSeptic',
  'flushPit',
  'flushUnknown',
  'ventilatedPit',
  'pitWithSlab',
  'composting',
];

/**
 * Places a household on the WHO/UNICEF JMP sanitation ladder (SDG 6.2.1a metadata; DHS `PH_SANI.do`):
 *
 * - no facility → `openDefecation`;
 * - an unimproved facility (flush to open drain, pit without slab, bucket, hanging latrine, other) →
 *   `unimproved`;
 * - an improved facility ({@link IMPROVED_TOILETS}) shared with other households (or public) → `limited`;
 *   not shared → `basic`, and `safelyManaged` when the excreta are known to be safely disposed of in situ or
 *   emptied to treatment (`excretaSafelyDisposed`: not a PK21 question, so a register gives no safely
 *   managed households unless a survey adds it);
 * - no toilet answer, or an improved facility whose sharing is not known → `unknown` (never a rung).
 *
 * @example
 * ```ts
 * sanitationLadder({ toilet: { facility: 'flushSeptic', sharing: 'shared' } }); // 'limited'
 * ```
 */
export function sanitationLadder(
  housing: FamilyHousing | undefined,
  improved: readonly ToiletFacilityCode[] = IMPROVED_TOILETS,
): SanitationRung {
  const toilet = housing?.toilet;
  if (!toilet) return 'unknown';
  if (toilet.facility === 'none') return 'openDefecation';
  if (!improved.includes(toilet.facility)) return 'unimproved';
  if (toilet.sharing === undefined) return 'unknown';
  if (toilet.sharing !== 'private') return 'limited';
  return toilet.excretaSafelyDisposed === true ? 'safelyManaged' : 'basic';
}
