import { createEnvironment, defaultGroups, type Environment, type GroupRegistry } from '@kampung-kb/expr';
import { ageBands } from '@kampung-kb/model';
import type { DataElement } from '../aggregation/dataElement.js';
import { INDICATOR_DATA_ELEMENTS } from './indicatorDataElements.js';

const bands = (test: (from: number) => boolean): string[] =>
  ageBands.items.filter((b) => test(b.from)).map((b) => b.code);

const AGE_GROUPS = {
  /** 0–14 years. */
  children: bands((from) => from < 15),
  /** 15–64 years (working age, BPS). */
  workingAge: bands((from) => from >= 15 && from < 65),
  /** 65 years and over. */
  elderly: bands((from) => from >= 65),
};

const METHOD_GROUPS = defaultGroups['users'] ?? {};

/**
 * The groups indicator expressions can use, on data-element paths: `[mkjp]`, `[portal]` and `[modern]` over
 * the methods of `monthly.users`, `monthly.newAcceptors`, `monthly.dropouts` and `monthly.distributed`;
 * `[unmet]` (IAT + TIAL) over `monthly.nonUsers`; and `[children]` (0–14), `[workingAge]` (15–64) and
 * `[elderly]` (65+) over the age bands of `population.male` and `population.female`. `[*]` is every
 * element of an object.
 *
 * @example
 * ```ts
 * INDICATOR_GROUPS['population.male']?.elderly; // ['y65_69', 'y70_74', 'y75plus']
 * ```
 */
export const INDICATOR_GROUPS: GroupRegistry = {
  'monthly.users': METHOD_GROUPS,
  'monthly.newAcceptors': METHOD_GROUPS,
  'monthly.dropouts': METHOD_GROUPS,
  'monthly.distributed': METHOD_GROUPS,
  'monthly.nonUsers': defaultGroups['nonUsers'] ?? {},
  'population.male': AGE_GROUPS,
  'population.female': AGE_GROUPS,
};

interface SchemaNode {
  type: unknown;
  properties?: Record<string, SchemaNode>;
}

/**
 * The expression environment of indicators: every data element by its id as a nullable number (an
 * element without data in a group is `null`), the objects its dotted ids form (`monthly.users`,
 * `population.male`) so groups can expand over them, and {@link INDICATOR_GROUPS}. An id that would be
 * both a value and an object (`a.b` and `a.b.c`) keeps the value and drops the deeper one.
 *
 * @example
 * ```ts
 * const env = indicatorEnvironment();
 * env.fields['population.pus']; // { kind: 'number', nullable: true }
 * env.objects['monthly.nonUsers']; // ['pregnant', 'ias', 'iat', 'tial']
 * ```
 */
export function indicatorEnvironment(
  elements: readonly DataElement[] = INDICATOR_DATA_ELEMENTS,
  groups: GroupRegistry = INDICATOR_GROUPS,
): Environment {
  const root: SchemaNode = { type: 'object', properties: {} };
  for (const e of elements) {
    const segments = e.id.split('.');
    let node: SchemaNode | undefined = root;
    for (let i = 0; i < segments.length && node; i++) {
      const seg = segments[i] as string;
      const props: Record<string, SchemaNode> = node.properties ?? {};
      const last = i === segments.length - 1;
      const existing: SchemaNode | undefined = props[seg];
      if (last) {
        if (!existing) props[seg] = { type: ['number', 'null'] };
        node = undefined;
      } else if (!existing) {
        const child: SchemaNode = { type: 'object', properties: {} };
        props[seg] = child;
        node = child;
      } else node = existing.type === 'object' ? existing : undefined;
    }
  }
  return createEnvironment(root, { groups });
}
