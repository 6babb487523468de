import type { Label } from '@kampung-kb/model';
import type { IndicatorDefinition } from '../../engine/indicatorDefinition.js';
import { type RatioIndicatorSpec, ratioIndicator } from './ratioIndicator.js';

/** The data element `family.<key>` of the family tallies. */
export const F = (key: string): string => `family.${key}`;

/** A bilingual label. */
export const L = (id: string, en: string): Label => ({ id, en });

/** `camelCase` → `camel-case`, for ids built from model codes. */
export function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

const REGISTER_NOTE = {
  id: 'Dihitung dari register keluarga (PK21) atau data survei per perempuan (tally keluarga).',
  en: 'Computed from the family register (PK21) or survey microdata per woman (family tallies).',
};

/**
 * A family indicator: {@link ratioIndicator} with the register note appended to the definition and the
 * tag `family` first.
 *
 * @example
 * ```ts
 * familyIndicator({ id: 'family-cpr', name, definition, numerator: F('fp.usersAny'),
 *   denominator: F('fp.women'), ...percent(1), standard, tags: ['fp', 'cpr'] }).tags; // ['family', 'fp', 'cpr']
 * ```
 */
export function familyIndicator(spec: RatioIndicatorSpec): IndicatorDefinition {
  return ratioIndicator({
    ...spec,
    definition: {
      id: `${spec.definition.id} ${REGISTER_NOTE.id}`,
      en: `${spec.definition.en} ${REGISTER_NOTE.en}`,
    },
    tags: ['family', ...spec.tags],
  });
}
