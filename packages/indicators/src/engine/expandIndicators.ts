import {
  type CodeItem,
  contraceptiveMethods,
  fundingSources,
  type Label,
  POKTAN_TARGETS,
  PORTAL_METHODS,
  type PoktanCode,
  pokjaSections,
  poktan,
} from '@kampung-kb/model';
import type { IndicatorDefinition, IndicatorTemplateList } from './indicatorDefinition.js';

/** One item a template expands over: its code and the values of its placeholders, per language. */
interface TemplateItem {
  readonly code: string;
  readonly fill: Readonly<Record<string, Label>>;
}

const same = (s: string): Label => ({ id: s, en: s });

function items(list: readonly CodeItem<string>[], extra?: (code: string) => Record<string, Label>) {
  return list.map(
    (i): TemplateItem => ({
      code: i.code,
      fill: {
        code: same(i.code),
        // An acronym (IUD, BKB, APBD) is the same in both languages; other short names are not.
        label: i.short !== undefined && i.short === i.short.toUpperCase() ? same(i.short) : i.label,
        name: i.label,
        ...extra?.(i.code),
      },
    }),
  );
}

const POKTAN_TARGET_NAMES: Readonly<Record<string, Label>> = {
  familiesWithUnderFives: { id: 'keluarga yang punya balita', en: 'families with under-fives' },
  familiesWithAdolescents: { id: 'keluarga yang punya remaja', en: 'families with adolescents' },
  familiesWithElderly: { id: 'keluarga yang punya lansia', en: 'families with elderly members' },
  families: { id: 'jumlah keluarga', en: 'families' },
  adolescents: { id: 'jumlah remaja', en: 'adolescents' },
};

const TEMPLATE_LISTS: Readonly<Record<IndicatorTemplateList, readonly TemplateItem[]>> = {
  contraceptiveMethods: items(contraceptiveMethods.items),
  portalMethods: items(
    contraceptiveMethods.items.filter((m) => (PORTAL_METHODS as readonly string[]).includes(m.code)),
  ),
  poktan: items(poktan.items, (code) => {
    const target = POKTAN_TARGETS[code as PoktanCode];
    return {
      target: same(target),
      targetLabel: POKTAN_TARGET_NAMES[target] ?? same(target),
    };
  }),
  pokjaSections: items(pokjaSections.items),
  fundingSources: items(fundingSources.items),
};

/**
 * The codes a template list expands to, in code-list order.
 *
 * @example
 * ```ts
 * templateCodes('poktan'); // ['bkb', 'bkr', 'bkl', 'uppka', 'pikr']
 * ```
 */
export function templateCodes(list: IndicatorTemplateList): readonly string[] {
  return (TEMPLATE_LISTS[list] ?? []).map((i) => i.code);
}

function fill(text: string, values: Readonly<Record<string, Label>>, lang: 'id' | 'en'): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (m, key: string) => values[key]?.[lang] ?? m);
}

const fillLabel = (l: Label, values: Readonly<Record<string, Label>>): Label => ({
  id: fill(l.id, values, 'id'),
  en: fill(l.en, values, 'en'),
});

/**
 * Expands indicator templates: a definition with `forEach: { list }` becomes one definition per item of
 * the code list, with id `<id>.<code>`, and `{code}`, `{label}` (short name, e.g. `IUD`, `BKB`), `{name}`
 * (full name) and, for `poktan`, `{target}` (the population element, e.g. `familiesWithUnderFives`) and
 * `{targetLabel}` filled in the name, definition, expressions and tags. Other definitions pass through.
 * Order is kept. An unknown list expands to nothing (the checker reports it).
 *
 * @example
 * ```ts
 * const [bkb] = expandIndicators([{ ...def, id: 'poktan-participation', forEach: { list: 'poktan' },
 *   numerator: 'monthly.poktanParticipants.{code}', denominator: 'population.{target}' }]);
 * bkb?.id; // 'poktan-participation.bkb'
 * bkb?.denominator; // 'population.familiesWithUnderFives'
 * ```
 */
export function expandIndicators(definitions: readonly IndicatorDefinition[]): IndicatorDefinition[] {
  const out: IndicatorDefinition[] = [];
  for (const def of definitions) {
    if (def.forEach === undefined) {
      out.push(def);
      continue;
    }
    const { forEach: _template, ...rest } = def;
    for (const item of TEMPLATE_LISTS[def.forEach.list] ?? []) {
      const v = item.fill;
      out.push({
        ...rest,
        id: `${def.id}.${item.code}`,
        name: fillLabel(def.name, v),
        definition: fillLabel(def.definition, v),
        numerator: fill(def.numerator, v, 'id'),
        ...(def.denominator === undefined ? {} : { denominator: fill(def.denominator, v, 'id') }),
        tags: def.tags.map((t) => fill(t, v, 'id')),
      });
    }
  }
  return out;
}
