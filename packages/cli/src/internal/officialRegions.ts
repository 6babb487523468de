import type { Issue, RecordType, SourceRef } from '@kampung-kb/model';
import {
  checkRegionCodes,
  loadProvinceRegions,
  type RegionCodeUse,
  type RegionTable,
} from '@kampung-kb/regions';

/**
 * Collects the region codes a data directory writes (every row of `regions.csv`/`regions.json` with its
 * name, every kampung's `regionCode`) while the records stream by, then checks them against the official
 * Kemendagri list: the programme's province, and any other province a code names, are loaded on demand.
 */
export class OfficialRegionCheck {
  readonly #uses: RegionCodeUse[] = [];

  /** Takes one record read (valid or not); keeps only what names a region. */
  add(type: RecordType, record: Record<string, unknown>, source: SourceRef): void {
    const where = {
      file: source.file,
      ...(source.line !== undefined ? { line: source.line } : {}),
      ...(source.index !== undefined ? { index: source.index } : {}),
    };
    if (type === 'region' && typeof record['code'] === 'string') {
      const name = record['name'];
      this.#uses.push({
        code: record['code'],
        ...(typeof name === 'string' && name.trim() !== '' ? { name } : {}),
        ...where,
        field: 'code',
        recordType: 'region',
      });
    } else if (type === 'kampung' && typeof record['regionCode'] === 'string') {
      const id = record['id'];
      this.#uses.push({
        code: record['regionCode'],
        ...where,
        field: 'regionCode',
        recordType: 'kampung',
        ...(typeof id === 'string' ? { kampungId: id } : {}),
      });
    }
  }

  /** The issues of every code collected: `region-unknown` errors and `region-name-mismatch` warnings. */
  async check(programmeCityCode: string | undefined): Promise<Issue[]> {
    const provinces = new Set<string>();
    if (programmeCityCode !== undefined) provinces.add(programmeCityCode.slice(0, 2));
    for (const u of this.#uses) {
      const digits = u.code.trim().replace(/\./g, '');
      if (/^[1-9][0-9]/.test(digits) && digits.length > 4) provinces.add(digits.slice(0, 2));
    }
    const tables: RegionTable[] = [];
    for (const p of [...provinces].sort()) tables.push(await loadProvinceRegions(p));
    return checkRegionCodes(this.#uses, tables);
  }
}
