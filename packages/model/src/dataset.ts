import type { Budget } from './budget.js';
import type { FamilyTally } from './familyTally.js';
import type { Intervention } from './intervention.js';
import type { SourceRef } from './issue.js';
import type { Kampung } from './kampung.js';
import type { MonthlyReport } from './monthlyReport.js';
import type { PopulationSnapshot } from './populationSnapshot.js';
import type { ProfileSnapshot } from './profileSnapshot.js';
import type { Proposal } from './proposal.js';
import type { Region } from './region.js';

/**
 * All records of one city's programme, as read from a data directory or built in code.
 *
 * `sources` remembers which file and line each record came from, so issues can point there; records
 * built in code have none.
 *
 * @example
 * ```ts
 * const ds: Dataset = emptyDataset();
 * ds.kampung.push(kampung);
 * ```
 */
export interface Dataset {
  regions: Region[];
  kampung: Kampung[];
  profiles: ProfileSnapshot[];
  population: PopulationSnapshot[];
  monthly: MonthlyReport[];
  interventions: Intervention[];
  /** Community proposals raised at urun rembug warga. */
  proposals: Proposal[];
  /** Yearly budget lines. */
  budgets: Budget[];
  /** Kampung counts from the family register or a survey (`@kampung-kb/family`), when read. */
  familyTallies?: FamilyTally[];
  sources?: WeakMap<object, SourceRef>;
}

/**
 * A data set with no records.
 *
 * @example
 * ```ts
 * emptyDataset().proposals; // []
 * ```
 */
export function emptyDataset(): Dataset {
  return {
    regions: [],
    kampung: [],
    profiles: [],
    population: [],
    monthly: [],
    interventions: [],
    proposals: [],
    budgets: [],
    sources: new WeakMap(),
  };
}

/** Where a record came from, if the data set knows. */
export function sourceOf(dataset: Pick<Dataset, 'sources'>, record: object): SourceRef | undefined {
  return dataset.sources?.get(record);
}
