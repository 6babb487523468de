import type { Label } from './label.js';

/**
 * One entry of a code list.
 *
 * `code` is the SDK's stable English identifier; `portalId` is the row id in the official Kampung KB
 * portal (kampungkb.bkkbn.go.id), where one exists, so data can be mapped both ways.
 */
export interface CodeItem<C extends string = string> {
  readonly code: C;
  readonly label: Label;
  /** Id of the same entry in the official portal's table, when it has one. */
  readonly portalId?: number;
  /** Short form used in tables and charts (e.g. `IUD`, `BKB`). Defaults to the label. */
  readonly short?: string;
}

/**
 * A versioned, bilingual code list with its source.
 *
 * @example
 * ```ts
 * import { contraceptiveMethods, codeLabel } from '@kampung-kb/model';
 * codeLabel(contraceptiveMethods, 'implant', 'id'); // 'Implan'
 * ```
 */
export interface CodeList<C extends string = string, I extends CodeItem<C> = CodeItem<C>> {
  /** Stable id of the list, e.g. `contraceptive-methods`. */
  readonly id: string;
  readonly version: string;
  readonly label: Label;
  /** Where the list comes from (citation). */
  readonly source: string;
  readonly items: readonly I[];
}

/** The codes of a code list, in order. */
export function codesOf<C extends string, I extends CodeItem<C>>(list: CodeList<C, I>): C[] {
  return list.items.map((i) => i.code);
}

/** Finds an entry by code, or `undefined`. */
export function findCode<C extends string, I extends CodeItem<C>>(
  list: CodeList<C, I>,
  code: string,
): I | undefined {
  return list.items.find((i) => i.code === code);
}

/**
 * The label of a code in one language; the code itself when the list does not know it.
 *
 * @example
 * ```ts
 * codeLabel(pokjaSections, 'environment', 'id'); // 'Pembinaan Lingkungan'
 * ```
 */
export function codeLabel<C extends string, I extends CodeItem<C>>(
  list: CodeList<C, I>,
  code: string,
  lang: 'id' | 'en',
): string {
  return findCode(list, code)?.label[lang] ?? code;
}
