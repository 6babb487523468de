import indexText from '../data/provinceIndex.js';
import type { OfficialRegion } from '../officialRegion.js';

/** The provinces and regencies of the whole country (small: always loaded). */
export interface OfficialIndex {
  readonly provinces: readonly OfficialRegion[];
  readonly regencies: readonly OfficialRegion[];
  readonly byCode: ReadonlyMap<string, OfficialRegion>;
  readonly regenciesOf: ReadonlyMap<string, readonly OfficialRegion[]>;
}

let cached: OfficialIndex | undefined;

/** The index of provinces and regencies, parsed once. */
export function officialIndex(): OfficialIndex {
  if (cached) return cached;
  const provinces: OfficialRegion[] = [];
  const regencies: OfficialRegion[] = [];
  const byCode = new Map<string, OfficialRegion>();
  const regenciesOf = new Map<string, OfficialRegion[]>();
  for (const line of indexText.split('\n')) {
    const space = line.indexOf(' ');
    const code = line.slice(0, space);
    const name = line.slice(space + 1);
    if (code.length === 2) {
      const p: OfficialRegion = { code, name, level: 'province' };
      provinces.push(p);
      byCode.set(code, p);
      regenciesOf.set(code, []);
    } else {
      const r: OfficialRegion = { code, name, level: 'regency' };
      regencies.push(r);
      byCode.set(code, r);
      regenciesOf.get(code.slice(0, 2))?.push(r);
    }
  }
  cached = { provinces, regencies, byCode, regenciesOf };
  return cached;
}
