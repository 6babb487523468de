import type { CodeList } from './codeList.js';
import { ageBands } from './codeLists/ageBands.js';
import { agencies } from './codeLists/agencies.js';
import { areaCriteria } from './codeLists/areaCriteria.js';
import { contraceptiveMethods } from './codeLists/contraceptiveMethods.js';
import { dataSources } from './codeLists/dataSources.js';
import { facilities } from './codeLists/facilities.js';
import { frequencies } from './codeLists/frequencies.js';
import { fundingSources } from './codeLists/fundingSources.js';
import { interventionOutputs } from './codeLists/interventionOutputs.js';
import { mainCriteria } from './codeLists/mainCriteria.js';
import { nonUserReasons } from './codeLists/nonUserReasons.js';
import { operationalMechanisms } from './codeLists/operationalMechanisms.js';
import { pokjaSections } from './codeLists/pokjaSections.js';
import { poktan } from './codeLists/poktan.js';
import { proposalStatuses } from './codeLists/proposalStatuses.js';
import { readinessItems } from './codeLists/readinessItems.js';
import { regulations } from './codeLists/regulations.js';
import { targetGroups } from './codeLists/targetGroups.js';

/**
 * Every code list of the model, by its id (`funding-sources`): how a schema's `code:<id>` or `Code list: <id>` is
 * resolved.
 *
 * @example
 * ```ts
 * CODE_LISTS.get('funding-sources')?.items.length; // 6
 * ```
 */
export const CODE_LISTS: ReadonlyMap<string, CodeList> = new Map(
  [
    ageBands,
    agencies,
    areaCriteria,
    contraceptiveMethods,
    dataSources,
    facilities,
    frequencies,
    fundingSources,
    interventionOutputs,
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
  return CODE_LISTS.get(id);
}
