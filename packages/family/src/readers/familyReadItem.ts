import type { Issue } from '@kampung-kb/model';
import type { Family } from '../model/family.js';
import type { Pseudonymizer } from '../pseudonym/pseudonymizer.js';

/**
 * Options of the family readers (`parseFamilyCsv`, `parseFamilyJson`, `readFamilyFile`).
 *
 * `file` names the file in every issue; `pseudonymize` replaces each NIK and KK number before anything else
 * sees it (`createHmacPseudonymizer(secret)` from `@kampung-kb/family/node`). Issue messages always carry both
 * languages; `lang` (default `id`) picks the language of the one-language text an issue's values hold (the
 * accepted forms, `expected`, of a cell that cannot be read).
 *
 * @example
 * ```ts
 * const options: FamilyReadOptions = { file: 'pk21-2021.csv', pseudonymize, lang: 'en' };
 * ```
 */
export interface FamilyReadOptions {
  readonly file: string;
  readonly pseudonymize: Pseudonymizer;
  readonly lang?: 'id' | 'en';
}

/**
 * The accounting of one family file: every data row is in an accepted family or rejected,
 * `rows = (rows of accepted families) + rejectedRows`. `women` counts members with a Blok II (fertility)
 * record. In a CSV or workbook a row is one member; in a JSON or NDJSON file a row is one family.
 *
 * @example
 * ```ts
 * const s: FamilyReadSummary = { file: 'pk21.csv', rows: 12, families: 3, members: 10, women: 3,
 *   rejectedRows: 2, rejectedFamilies: 1 };
 * ```
 */
export interface FamilyReadSummary {
  readonly file: string;
  readonly rows: number;
  readonly families: number;
  readonly members: number;
  readonly women: number;
  readonly rejectedRows: number;
  readonly rejectedFamilies: number;
}

/**
 * What a family reader yields, in file order: each accepted family with the rows it came from (1-based
 * lines, header = 1; for JSON arrays the 1-based position of the family), each issue (identifiers never
 * shown), and the summary, last and exactly once.
 *
 * @example
 * ```ts
 * for await (const item of parseFamilyCsv(chunks, options)) {
 *   if (item.kind === 'family') tallier.addFamily(item.family);
 *   else if (item.kind === 'issue') issues.push(item.issue);
 *   else console.log(item.summary.rejectedRows);
 * }
 * ```
 */
export type FamilyReadItem =
  | { readonly kind: 'family'; readonly family: Family; readonly firstRow: number; readonly lastRow: number }
  | { readonly kind: 'issue'; readonly issue: Issue }
  | { readonly kind: 'summary'; readonly summary: FamilyReadSummary };
