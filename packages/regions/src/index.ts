/**
 * `@kampung-kb/regions`: the official Kemendagri region list (38 provinces, 514 regencies/cities, their
 * kecamatan and 83,762 kelurahan/desa), generated from idn-area-data 4.0.1 and split by province so a
 * browser bundle loads only the provinces it asks for. Lookup by code or name with "did you mean", and a
 * check of the region codes of a data directory.
 *
 * Data © idn-area-data contributors, from Kemendagri, under the Open Database License 1.0
 * (`LICENSE-DATA.md`); code MIT.
 *
 * @packageDocumentation
 */

export { checkRegionCodes, type RegionCodeUse } from './checkRegionCodes.js';
export { loadProvinceRegions } from './loadProvinceRegions.js';
export { type LookupRegionOptions, lookupRegion, type RegionLookup } from './lookupRegion.js';
export { officialProvinces, officialRegencies } from './officialProvinces.js';
export { type OfficialLevel, type OfficialRegion, REGIONS_SOURCE } from './officialRegion.js';
export { officialVillageKind } from './officialVillageKind.js';
export type { RegionTable } from './regionTable.js';
