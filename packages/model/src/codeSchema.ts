import { type TLiteral, type TUnion, Type } from '@sinclair/typebox';
import type { CodeItem, CodeList } from './codeList.js';

/**
 * A TypeBox union of the literal codes of a list, carrying its id for JSON Schema: the schema of a field
 * whose values come from a {@link CodeList}.
 *
 * @example
 * ```ts
 * const Method = codeSchema(contraceptiveMethods, 'Current contraceptive method.');
 * Value.Check(Method, 'implant'); // true
 * ```
 */
export function codeSchema<const C extends string>(
  list: CodeList<C, CodeItem<C>>,
  description: string,
): TUnion<TLiteral<C>[]> {
  return Type.Union(
    list.items.map((i) => Type.Literal(i.code)),
    { $id: `code:${list.id}`, description: `${description} Code list: ${list.id} v${list.version}.` },
  );
}
