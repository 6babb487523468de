import { isWithinRegion, parentRegionCode, type RegionCode, regionLevelOf } from '@kampung-kb/model';
import { type IssueSink, type RecordRef, stringField } from './issueSink.js';
import { LEVEL_NAMES } from './texts.js';
import { isRegionCode, regionDepth, type ValidationContext } from './validationContext.js';

function checkInsideCity(
  sink: IssueSink,
  ref: RecordRef,
  ctx: ValidationContext,
  field: string,
  code: RegionCode,
): void {
  const city = ctx.cityCode;
  if (city === undefined || regionDepth(code) < regionDepth(city) || isWithinRegion(code, city)) return;
  sink.report(
    ref,
    'region-parent',
    'region-outside-city',
    { field },
    { regionCode: code, cityCode: city },
    {
      id: `Kode wilayah ${code} berada di luar kabupaten/kota program (${city})`,
      en: `Region code ${code} lies outside the programme's regency/city (${city})`,
    },
  );
}

/**
 * `region-code-level` and `region-parent` for a kampung: its code is a village code; when regions are
 * listed, the village, its district and its regency/city are listed; when a city is given, it lies
 * inside it. Codes that break the pattern are left to `record-shape`.
 */
export function checkKampungRegion(sink: IssueSink, ref: RecordRef, ctx: ValidationContext): void {
  const code = stringField(ref.record, 'regionCode');
  if (!isRegionCode(code)) return;
  const level = regionLevelOf(code);
  if (level !== 'village') {
    const name = LEVEL_NAMES[level];
    sink.report(
      ref,
      'region-code-level',
      'region-code-level',
      { field: 'regionCode' },
      { regionCode: code, level },
      {
        id: `Kode wilayah kampung ${code} adalah kode ${name.id}, bukan kode desa/kelurahan`,
        en: `The kampung's region code ${code} is a ${name.en} code, not a village code`,
      },
    );
  } else if (ctx.regionCodes.size > 0) {
    const district = parentRegionCode(code) as RegionCode;
    const regency = parentRegionCode(district) as RegionCode;
    const missing = [code, district, regency].filter((c) => !ctx.regionCodes.has(c));
    if (missing.length > 0) {
      const named = missing.map((c) => {
        const n = LEVEL_NAMES[regionLevelOf(c)];
        return { id: `${c} (${n.id})`, en: `${c} (${n.en})` };
      });
      sink.report(
        ref,
        'region-parent',
        'region-parent',
        { field: 'regionCode' },
        { regionCode: code, missing: missing.join(', '), missingCount: missing.length },
        {
          id: `Wilayah kampung belum ada di daftar wilayah: ${named.map((n) => n.id).join(', ')}`,
          en: `The kampung's regions are not in the region list: ${named.map((n) => n.en).join(', ')}`,
        },
      );
    }
  }
  checkInsideCity(sink, ref, ctx, 'regionCode', code);
}

/**
 * `region-parent` for a region record: its parent is listed unless it is at the top-most listed level;
 * when a city is given, a region at or below city level lies inside it.
 */
export function checkRegionRecord(sink: IssueSink, ref: RecordRef, ctx: ValidationContext): void {
  const code = stringField(ref.record, 'code');
  if (!isRegionCode(code)) return;
  const parent = parentRegionCode(code);
  if (
    parent !== undefined &&
    ctx.regionTopDepth !== undefined &&
    regionDepth(code) > ctx.regionTopDepth &&
    !ctx.regionCodes.has(parent)
  ) {
    const n = LEVEL_NAMES[regionLevelOf(parent)];
    sink.report(
      ref,
      'region-parent',
      'region-parent',
      { field: 'code' },
      { regionCode: code, parentCode: parent, parentLevel: regionLevelOf(parent) },
      {
        id: `Induk wilayah ${code}, ${n.id} ${parent}, tidak ada di daftar wilayah`,
        en: `The parent of region ${code}, ${n.en} ${parent}, is not in the region list`,
      },
    );
  }
  checkInsideCity(sink, ref, ctx, 'code', code);
}
