import {
  ageBands,
  agencies,
  areaCriteria,
  type CodeList,
  contraceptiveMethods,
  dataSources,
  facilities,
  frequencies,
  fundingSources,
  mainCriteria,
  nonUserReasons,
  operationalMechanisms,
  pokjaSections,
  poktan,
  proposalStatuses,
  readinessItems,
  regulations,
  targetGroups,
} from '@kampung-kb/model';

/** Every code list of the model, by id. */
const LISTS: ReadonlyMap<string, CodeList> = new Map(
  [
    ageBands,
    agencies,
    areaCriteria,
    contraceptiveMethods,
    dataSources,
    facilities,
    frequencies,
    fundingSources,
    mainCriteria,
    nonUserReasons,
    operationalMechanisms,
    pokjaSections,
    poktan,
    proposalStatuses,
    readinessItems,
    regulations,
    targetGroups,
  ].map((list) => [list.id, list as CodeList]),
);

/**
 * The model's code list with an id (the `code:<id>` of a code field's schema), or `undefined`.
 *
 * @example
 * ```ts
 * codeListById('contraceptive-methods')?.items[0]?.code; // 'iud'
 * ```
 */
export function codeListById(id: string): CodeList | undefined {
  return LISTS.get(id);
}
