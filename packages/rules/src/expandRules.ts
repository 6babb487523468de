import type { Label } from '@kampung-kb/model';
import { fillPlaceholders, TEMPLATE_LISTS, type TemplateItem } from './internal/templateLists.js';
import type { RuleDefinition, RuleSide } from './ruleDefinition.js';

/**
 * A rule after template expansion: a template (`forEach`) becomes one rule per code-list item with id
 * `<id>.<code>` and every placeholder of the item filled; any other rule is itself. `templateId` is the
 * id of the definition it came from (issues carry it as `code`), `item` the code-list code.
 *
 * @example
 * ```ts
 * const r: ExpandedRule = expandRules(builtinRules).find((x) => x.id === 'poktan-within-target.bkb')!;
 * r.templateId; // 'poktan-within-target'
 * ```
 */
export type ExpandedRule = RuleDefinition & { readonly templateId: string; readonly item?: string };

const fillLabel = (l: Label, fill: TemplateItem['fill']): Label => ({
  id: fillPlaceholders(l.id, fill, 'id'),
  en: fillPlaceholders(l.en, fill, 'en'),
});
const fillText = (s: string, fill: TemplateItem['fill']): string => fillPlaceholders(s, fill, 'en');
const fillSide = (s: RuleSide, fill: TemplateItem['fill']): RuleSide => ({
  ...s,
  expression: fillText(s.expression, fill),
  ...(s.description ? { description: fillLabel(s.description, fill) } : {}),
});

function expandOne(rule: RuleDefinition, item: TemplateItem): ExpandedRule {
  const f = item.fill;
  const { forEach: _forEach, ...rest } = rule;
  const common = {
    ...rest,
    id: `${rule.id}.${item.code}`,
    templateId: rule.id,
    item: item.code,
    name: fillLabel(rule.name, f),
    description: fillLabel(rule.description, f),
    instruction: fillLabel(rule.instruction, f),
    ...(rule.message ? { message: fillLabel(rule.message, f) } : {}),
    ...(rule.field !== undefined ? { field: fillText(rule.field, f) } : {}),
    ...(rule.values
      ? { values: Object.fromEntries(Object.entries(rule.values).map(([k, v]) => [k, fillText(v, f)])) }
      : {}),
  };
  switch (rule.kind) {
    case 'comparison':
      return {
        ...common,
        kind: 'comparison',
        left: fillSide(rule.left, f),
        right: fillSide(rule.right, f),
      } as ExpandedRule;
    case 'condition':
    case 'jump':
    case 'outlier':
      return { ...common, expression: fillText(rule.expression, f) } as ExpandedRule;
    default:
      return common as ExpandedRule;
  }
}

/**
 * Expands rule templates: each rule with `forEach: { list }` becomes one rule per item of that code
 * list (`poktan-within-target` → `poktan-within-target.bkb`, `.bkr`, `.bkl`, `.uppka`, `.pikr`), with
 * `{code}`, `{label}`, `{name}` (and for poktan `{target}`, `{targetLabel}`) filled in expressions, field,
 * values and every text; other rules pass through with `templateId` = their id. Order is kept.
 *
 * @example
 * ```ts
 * const expanded = expandRules(builtinRules);
 * const bkb = expanded.find((r) => r.id === 'poktan-within-target.bkb');
 * if (bkb?.kind === 'comparison') bkb.left.expression; // 'poktanParticipants.bkb'
 * bkb?.name.id; // 'Peserta BKB ≤ sasaran'
 * ```
 */
export function expandRules(rules: readonly RuleDefinition[]): ExpandedRule[] {
  const out: ExpandedRule[] = [];
  for (const rule of rules) {
    if (rule.forEach === undefined) {
      out.push({ ...rule, templateId: rule.id });
      continue;
    }
    for (const item of TEMPLATE_LISTS[rule.forEach.list] ?? []) out.push(expandOne(rule, item));
  }
  return out;
}
