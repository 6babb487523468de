import { monthOfDate, REGION_CODE_PATTERN, type RegionCode } from '@kampung-kb/model';
import { stringField } from './issueSink.js';
import { PopulationIndex } from './populationIndex.js';

/** What the checks of one run share: the options and the cross-record indexes built once. */
export interface ValidationContext {
  /** `YYYY-MM-DD`. */
  readonly today: string;
  /** `YYYY-MM` of {@link today}. */
  readonly currentMonth: string;
  /** Dotted regency/city code, when the run checks that everything lies inside it. */
  readonly cityCode: RegionCode | undefined;
  /** Every string id of the kampung records. */
  readonly kampungIds: ReadonlySet<string>;
  /** Every well-formed code of the region records. */
  readonly regionCodes: ReadonlySet<string>;
  /** Number of segments of the top-most listed region level (1 = province), if any region is listed. */
  readonly regionTopDepth: number | undefined;
  readonly population: PopulationIndex;
}

/** The records the cross-record indexes are built from. */
export interface ReferenceRecords {
  readonly regions: readonly unknown[];
  readonly kampung: readonly unknown[];
  readonly population: readonly unknown[];
}

const REGION_RE = new RegExp(REGION_CODE_PATTERN);

/** Whether a string is a well-formed dotted Kemendagri code. */
export function isRegionCode(s: string | undefined): s is RegionCode {
  return s !== undefined && REGION_RE.test(s);
}

/** Number of segments of a dotted code: 1 province … 4 village. */
export function regionDepth(code: RegionCode): number {
  return code.split('.').length;
}

/** Builds the indexes of one run, in one pass over kampung, regions and population. */
export function buildContext(
  dataset: ReferenceRecords,
  today: string,
  cityCode: RegionCode | undefined,
): ValidationContext {
  const kampungIds = new Set<string>();
  for (const k of dataset.kampung) {
    const id = stringField(k, 'id');
    if (id !== undefined) kampungIds.add(id);
  }
  const regionCodes = new Set<string>();
  let regionTopDepth: number | undefined;
  for (const r of dataset.regions) {
    const code = stringField(r, 'code');
    if (!isRegionCode(code)) continue;
    regionCodes.add(code);
    const d = regionDepth(code);
    if (regionTopDepth === undefined || d < regionTopDepth) regionTopDepth = d;
  }
  return {
    today,
    currentMonth: monthOfDate(today),
    cityCode,
    kampungIds,
    regionCodes,
    regionTopDepth,
    population: new PopulationIndex(dataset.population),
  };
}
