import { type Issue, type IssueLocation, parseRegionCode, type RecordType } from '@kampung-kb/model';
import { distance } from 'fastest-levenshtein';
import { officialIndex } from './internal/officialIndex.js';
import { normalizeName, splitName } from './internal/regionName.js';
import { type OfficialRegion, REGIONS_SOURCE } from './officialRegion.js';
import type { RegionTable } from './regionTable.js';

/**
 * One region code written in a data directory, with where it was written: a row of `regions.csv` (code and
 * name) or a kampung's `regionCode`.
 *
 * @example
 * ```ts
 * const use: RegionCodeUse = { code: '63.71.04.1010', name: 'Sungai Andai', file: 'regions.csv', line: 26, field: 'code', recordType: 'region' };
 * ```
 */
export interface RegionCodeUse {
  /** The code as written (dotted or undotted). */
  readonly code: string;
  /** The name written beside it, compared with the official name. */
  readonly name?: string;
  readonly file?: string;
  /** 1-based line of a CSV file (header = 1). */
  readonly line?: number;
  /** 0-based index in a JSON array. */
  readonly index?: number;
  /** The column or field holding the code (`code`, `regionCode`). */
  readonly field?: string;
  readonly recordType?: RecordType;
  readonly kampungId?: string;
}

function locationOf(use: RegionCodeUse, code: string, field?: string): IssueLocation {
  return {
    ...(use.recordType !== undefined ? { recordType: use.recordType } : {}),
    ...(use.kampungId !== undefined ? { kampungId: use.kampungId } : {}),
    recordId: code,
    ...(use.file !== undefined ? { file: use.file } : {}),
    ...(use.line !== undefined ? { line: use.line } : {}),
    ...(use.index !== undefined ? { index: use.index } : {}),
    ...((field ?? use.field) !== undefined ? { field: (field ?? use.field) as string } : {}),
  };
}

/** Whether a written name is the official one, ignoring case, punctuation, spacing and a missing `Kota`/`Kabupaten`. */
function sameName(given: string, official: string): boolean {
  if (normalizeName(given) === normalizeName(official)) return true;
  const g = splitName(given);
  const o = splitName(official);
  return g.bare === o.bare && (g.kind === undefined || g.kind === o.kind);
}

/** An official region under the same parent that the use probably meant (same or nearly the same name). */
function suggestionFor(use: RegionCodeUse, siblings: readonly OfficialRegion[]): OfficialRegion | undefined {
  if (use.name === undefined || use.name.trim() === '') return undefined;
  const bare = splitName(use.name).bare;
  let best: { r: OfficialRegion; d: number } | undefined;
  for (const r of siblings) {
    const d = distance(splitName(r.name).bare, bare);
    if (d <= Math.max(1, Math.floor(bare.length / 4)) && (!best || d < best.d)) best = { r, d };
  }
  return best?.r;
}

/**
 * Checks region codes written in a data directory against the official Kemendagri list (generated from
 * idn-area-data), returning issues instead of throwing:
 * - `region-unknown` (error): the code is in no official list; when the name written beside it is (nearly)
 *   the name of an official region under the same parent, that region is suggested (`values.suggestion`);
 * - `region-name-mismatch` (warning): the code exists but the name written beside it is not its official
 *   name (compared without regard to case, punctuation, spacing or a missing `Kota`/`Kabupaten`);
 *   `values.official` is the official name;
 * - `region-not-checked` (info): a kecamatan or village code of a province whose table was not given.
 *
 * Province and regency codes are checked against the built-in index; kecamatan and village codes against
 * the tables given (see {@link loadProvinceRegions}). A code that is not a Kemendagri code at all is left to
 * the record schema, which reports it. Pure and browser-safe once the tables are loaded.
 *
 * @example
 * ```ts
 * const table = await loadProvinceRegions('63');
 * checkRegionCodes([{ code: '63.71.04.1010', name: 'Sungai Andaii', file: 'regions.csv', line: 26, field: 'code' }], table);
 * // [{ code: 'region-name-mismatch', severity: 'warning', values: { official: 'Sungai Andai', … }, … }]
 * ```
 */
export function checkRegionCodes(
  uses: readonly RegionCodeUse[],
  tables: RegionTable | readonly RegionTable[],
): Issue[] {
  const byProvince = new Map<string, RegionTable>();
  for (const t of Array.isArray(tables) ? (tables as readonly RegionTable[]) : [tables as RegionTable]) {
    if (t.province) byProvince.set(t.province.code, t);
  }
  const index = officialIndex();
  const issues: Issue[] = [];
  for (const use of uses) {
    const parsed = parseRegionCode(use.code);
    if (!parsed.ok) continue;
    const code = parsed.code;
    const deep = parsed.level === 'district' || parsed.level === 'village';
    const table = deep ? byProvince.get(code.slice(0, 2)) : undefined;
    if (deep && !table && index.byCode.has(code.slice(0, 5))) {
      // A kecamatan or village of a known regency whose province table was not given.
      issues.push({
        ruleId: 'region-not-checked',
        code: 'region-not-checked',
        severity: 'info',
        location: locationOf(use, code),
        values: { code },
        message: {
          id: `Kode wilayah '${code}' tidak diperiksa: daftar resmi provinsi ${code.slice(0, 2)} tidak dimuat`,
          en: `Region code '${code}' was not checked: the official list of province ${code.slice(0, 2)} was not loaded`,
        },
      });
      continue;
    }
    const official = table ? table.get(code) : index.byCode.get(code);
    if (!official) {
      const parentCode = code.slice(0, code.lastIndexOf('.'));
      const siblings =
        parsed.level === 'province'
          ? index.provinces
          : parsed.level === 'regency'
            ? (index.regenciesOf.get(parentCode) ?? [])
            : (table?.children(parentCode) ?? []);
      const suggestion = suggestionFor(use, siblings);
      const hint = suggestion
        ? {
            id: `; mungkin maksudnya ${suggestion.code} ${suggestion.name}?`,
            en: `; did you mean ${suggestion.code} ${suggestion.name}?`,
          }
        : { id: '', en: '' };
      issues.push({
        ruleId: 'region-unknown',
        code: 'region-unknown',
        severity: 'error',
        location: locationOf(use, code),
        values: {
          code,
          ...(use.name !== undefined ? { name: use.name } : {}),
          ...(suggestion ? { suggestion: suggestion.code, suggestionName: suggestion.name } : {}),
        },
        message: {
          id: `Kode wilayah '${code}' tidak ada dalam daftar resmi Kemendagri (${REGIONS_SOURCE})${hint.id}`,
          en: `Region code '${code}' is not in the official Kemendagri list (${REGIONS_SOURCE})${hint.en}`,
        },
      });
      continue;
    }
    if (use.name !== undefined && !sameName(use.name, official.name)) {
      issues.push({
        ruleId: 'region-name-mismatch',
        code: 'region-name-mismatch',
        severity: 'warning',
        location: locationOf(use, code, use.field === 'code' ? 'name' : use.field),
        values: { code, name: use.name, official: official.name },
        message: {
          id: `Wilayah ${code} tertulis '${use.name}', nama resminya '${official.name}'`,
          en: `Region ${code} is written '${use.name}'; its official name is '${official.name}'`,
        },
      });
    }
  }
  return issues;
}
