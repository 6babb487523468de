import type { Label } from '@kampung-kb/model';

/**
 * How an element's values combine over the months of a period, for one kampung (DHIS2 separates this from
 * {@link SpaceAggregation}, as in its `LAST`/`SUM` aggregation types):
 *
 * - `last`: the value at the latest month of the period that has one. For monthly reports that is the
 *   latest month in the period whose report gives the field. For snapshots (population, profile) a
 *   snapshot's value holds from its own month until the next snapshot, so it is the snapshot in force at the
 *   latest month of the period with a value, even when that snapshot was taken before the period began.
 * - `sum`: the sum over the months of the period that have a value.
 * - `average`: the mean over the months of the period that have a value (unrounded).
 * - `distinct`: the set of distinct codes over the period (only for set-valued measures such as the
 *   agencies of interventions).
 */
export type TimeAggregation = 'last' | 'sum' | 'average' | 'distinct';

/**
 * How the per-kampung values of a group (a region at some level) combine:
 *
 * - `sum`: the sum over the group's kampung that have a value;
 * - `average`: the mean over those kampung (unrounded);
 * - `distinct`: the number of distinct codes in the union of the kampung's sets (not the sum of their
 *   counts: an agency working in two kampung of a kecamatan counts once for the kecamatan).
 */
export type SpaceAggregation = 'sum' | 'average' | 'distinct';

/**
 * Whether an element is a stock (a level at a moment: active users, PUS, population, Pokja members) or a
 * flow (events during the period: new acceptors, interventions, rupiah budgeted). The kind is checked
 * against the time aggregation, as DHIS2 keeps stocks and flows apart: a stock takes `last` or `average`
 * (summing the PUS of three months does not give a quarter's PUS), a flow takes `sum`, `average` or
 * `distinct` (never `last`: one month of new acceptors is not the period's), and elements counting events
 * or budgets are flows. An element that breaks this is left out with its reason in
 * `AggregationResult.invalidElements` (and `IndicatorEngine.invalidElements`).
 *
 * @example
 * ```ts
 * const kind: ElementKind = 'stock'; // with timeAggregation 'last' or 'average'
 * ```
 */
export type ElementKind = 'stock' | 'flow';

/** The record types data elements read. */
export type DataElementRecordType =
  | 'monthly'
  | 'population'
  | 'profile'
  | 'budget'
  | 'intervention'
  | 'proposal'
  | 'family';

/**
 * A data element as data: where its value comes from and how it aggregates over time and over space.
 *
 * `path` is, for `monthly`, `population`, `profile` and `budget` records, the dotted field path
 * (`users.iud`, `pus`, `pokja.exists`, `amount`) with these readings: a number is itself; `true`/`false`
 * are 1/0; `null` or a missing field is no value; a list is its length (`poktan` = number of poktan) and
 * `list.code` is 1 when the list holds the code, else 0 (`poktan.bkb`). `population` also has `total`
 * (all age bands of both sexes). For event records the path names a measure:
 *
 * - `intervention`: `count` (interventions dated in the period), `section.<code>` (those of one Pokja
 *   section) and `agencies` (the set of agency codes, for `distinct`);
 * - `proposal`: `raised` (proposals whose `raisedOn` is in the period) and `addressed` (proposals with
 *   status `addressed` whose `addressedOn` is in the period; one without a date cannot be placed).
 *
 * For `family` records (`FamilyTally`, counts from the family register or a survey) the path is a key of
 * `values` (one of `familyTallyKeys`, e.g. `fp.need.unmetSpacing`); a tally is a snapshot: it holds from its
 * month until the kampung's next tally, like population and profile snapshots.
 *
 * @example
 * ```ts
 * const pus: DataElement = {
 *   id: 'population.pus', label: { id: 'Jumlah PUS', en: 'Couples of reproductive age (PUS)' },
 *   recordType: 'population', path: 'pus',
 *   timeAggregation: 'last', spaceAggregation: 'sum', kind: 'stock',
 * };
 * ```
 */
export interface DataElement {
  readonly id: string;
  readonly label: Label;
  readonly recordType: DataElementRecordType;
  readonly path: string;
  readonly timeAggregation: TimeAggregation;
  readonly spaceAggregation: SpaceAggregation;
  readonly kind: ElementKind;
}
