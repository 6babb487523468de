import {
  contraceptiveMethods,
  type Label,
  MKJP_METHODS,
  nonUserReasons,
  POKTAN_TARGETS,
  PORTAL_METHODS,
  type PoktanCode,
  poktan,
} from '@kampung-kb/model';
import type { TemplateListId } from '../ruleDefinition.js';
import { POKTAN_TARGET_NAMES } from './texts.js';

/** One item a template expands over: the values of its placeholders, per language where they differ. */
export interface TemplateItem {
  readonly code: string;
  /** Placeholder values: `code`, `label`, `name`, and list-specific ones (`target`, `targetLabel`). */
  readonly fill: Readonly<Record<string, Label>>;
}

const same = (s: string): Label => ({ id: s, en: s });

const methodItems = (codes: readonly string[]): TemplateItem[] =>
  contraceptiveMethods.items
    .filter((m) => codes.includes(m.code))
    .map((m) => ({
      code: m.code,
      fill: {
        code: same(m.code),
        label: {
          id: m.short ?? m.label.id,
          en: m.short?.toUpperCase() === m.short ? (m.short ?? m.label.en) : m.label.en,
        },
        name: m.label,
      },
    }));

/** The code lists a template (`forEach`) can expand over, in code-list order. */
export const TEMPLATE_LISTS: Readonly<Record<TemplateListId, readonly TemplateItem[]>> = {
  poktan: poktan.items.map((p) => {
    const target = POKTAN_TARGETS[p.code as PoktanCode];
    return {
      code: p.code,
      fill: {
        code: same(p.code),
        label: same(p.short ?? p.code.toUpperCase()),
        name: p.label,
        target: same(target),
        targetLabel: POKTAN_TARGET_NAMES[target],
      },
    };
  }),
  contraceptiveMethods: methodItems(contraceptiveMethods.items.map((m) => m.code)),
  portalMethods: methodItems(PORTAL_METHODS),
  mkjpMethods: methodItems(MKJP_METHODS),
  nonUserReasons: nonUserReasons.items.map((r) => ({
    code: r.code,
    fill: {
      code: same(r.code),
      label: { id: r.short ?? r.label.id, en: r.short === 'Hamil' ? 'Pregnant' : (r.short ?? r.label.en) },
      name: r.label,
    },
  })),
};

/** Replaces `{key}` by `fill[key]` in the given language; unknown placeholders stay as they are. */
export function fillPlaceholders(
  text: string,
  fill: Readonly<Record<string, Label>>,
  lang: 'id' | 'en',
): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (m, key: string) => fill[key]?.[lang] ?? m);
}
