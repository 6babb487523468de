import type { Issue, Label } from '@kampung-kb/model';
import { type CompiledRuleSet, compileRules } from './compileRules.js';
import { rulePositions } from './internal/rulePositions.js';
import type { RuleDefinition } from './ruleDefinition.js';
import type { RuleFile, RuleOverride } from './ruleFile.js';
import type { RuleChanges } from './validationSummary.js';

/**
 * The effective catalogue after a city's rules file: the rules in force (catalogue order, new rules
 * last), the compiled rule set when everything compiles, what was added, overridden and disabled, and
 * the problems (bilingual issues: unknown ids, conflicting entries, expressions that do not compile).
 *
 * @example
 * ```ts
 * const r: RuleResolution = resolveRules(builtinRules, file);
 * if (r.ok) validateDataset(dataset, { rules: r });
 * ```
 */
export interface RuleResolution {
  readonly ok: boolean;
  readonly rules: readonly RuleDefinition[];
  readonly ruleSet?: CompiledRuleSet;
  readonly changes: RuleChanges;
  readonly issues: readonly Issue[];
}

/** Fields every rule kind can override. */
const COMMON_FIELDS = new Set([
  'version',
  'severity',
  'name',
  'description',
  'instruction',
  'message',
  'regionLevels',
  'tags',
]);
/** Further fields per kind. */
const KIND_FIELDS: Readonly<Record<RuleDefinition['kind'], ReadonlySet<string>>> = {
  comparison: new Set(['left', 'right', 'operator']),
  condition: new Set(['expression', 'missingValueStrategy']),
  jump: new Set(['expression', 'maxRatio', 'minBase']),
  outlier: new Set(['expression', 'method', 'threshold', 'minHistory']),
  builtin: new Set(),
};

function problem(
  entry: object | undefined,
  field: string,
  code: string,
  message: Label,
  values: Issue['values'] = {},
): Issue {
  const pos = entry ? rulePositions.get(entry) : undefined;
  const line = pos?.lineOf(field);
  return {
    ruleId: 'rule-file',
    code,
    severity: 'error',
    location: {
      ...(typeof values['rule'] === 'string' ? { recordId: values['rule'] } : {}),
      ...(pos ? { file: pos.file } : {}),
      ...(line !== undefined ? { line } : {}),
      field: pos ? `${pos.path}.${field}` : field,
    },
    values,
    message,
  };
}

function applyOverride(
  rule: RuleDefinition,
  o: RuleOverride,
): { rule: RuleDefinition; fields: string[]; bad: string[] } {
  const fields: string[] = [];
  const bad: string[] = [];
  const next: Record<string, unknown> = { ...rule };
  for (const [key, value] of Object.entries(o)) {
    if (key === 'id' || value === undefined) continue;
    if (!COMMON_FIELDS.has(key) && !KIND_FIELDS[rule.kind].has(key)) {
      bad.push(key);
      continue;
    }
    if ((key === 'left' || key === 'right') && typeof value === 'object' && value !== null) {
      next[key] = { ...(next[key] as object), ...value };
      for (const k of Object.keys(value)) fields.push(`${key}.${k}`);
    } else {
      next[key] = value;
      fields.push(key);
    }
  }
  return { rule: next as unknown as RuleDefinition, fields, bad };
}

/**
 * Applies a city's rules file to a catalogue (usually {@link builtinRules}) and compiles the result:
 * `disable` entries switch rules off (explicitly, each with its reason, and reported), `overrides` replace
 * fields of existing rules (sides of a comparison merge field by field; a `builtin` rule takes only the
 * common fields such as `severity`), `rules` are added after the catalogue. Overriding or disabling an
 * unknown id, overriding and disabling the same rule, adding an id that exists, or a field that does
 * not apply to the rule's kind is an error issue (`rule-unknown-id`, `rule-conflict`, `rule-duplicate-id`,
 * `rule-override-field`); expressions that do not parse or type-check are error issues from
 * {@link compileRules}, with the file line of the expression. All of this happens before any data is read.
 *
 * @example
 * ```ts
 * const parsed = parseRuleFile(readFileSync('rules.yaml', 'utf8'), 'rules.yaml');
 * if (parsed.ok) {
 *   const r = resolveRules(builtinRules, parsed.ruleSet);
 *   r.changes.overridden; // [{ id: 'jkn-within-population', fields: ['severity'], name: … }]
 *   if (r.ok) validateDataset(dataset, { rules: r });
 * }
 * ```
 */
export function resolveRules(builtin: readonly RuleDefinition[], ruleFile: RuleFile): RuleResolution {
  const issues: Issue[] = [];
  const byId = new Map(builtin.map((r) => [r.id, r]));
  let file: string | undefined;
  for (const e of [...ruleFile.rules, ...ruleFile.overrides, ...ruleFile.disable])
    file ??= rulePositions.get(e)?.file;
  const { disabled, disabledIds } = resolveDisables(ruleFile, byId, issues);
  const { replaced, overridden } = resolveOverrides(ruleFile, byId, disabledIds, issues);
  const { added, addedIds } = resolveAdditions(ruleFile, byId, issues);
  const rules: RuleDefinition[] = [
    ...builtin.filter((r) => !disabledIds.has(r.id)).map((r) => replaced.get(r.id) ?? r),
    ...ruleFile.rules.filter((r) => addedIds.has(r.id)),
  ];
  const changes: RuleChanges = { ...(file !== undefined ? { file } : {}), added, overridden, disabled };
  const compiled = compileRules(rules);
  issues.push(...compiled.issues);
  if (issues.length > 0 || !compiled.ok) return { ok: false, rules, changes, issues };
  return { ok: true, rules, ruleSet: compiled.ruleSet, changes, issues };
}

/** The rule file's `disable` entries: the rules disabled (once each), `rule-unknown-id` for the others. */
function resolveDisables(
  ruleFile: RuleFile,
  byId: ReadonlyMap<string, RuleDefinition>,
  issues: Issue[],
): { disabled: { id: string; reason: string }[]; disabledIds: Set<string> } {
  const disabled: { id: string; reason: string }[] = [];
  const disabledIds = new Set<string>();
  for (const d of ruleFile.disable) {
    if (!byId.has(d.id)) {
      issues.push(
        problem(
          d,
          'id',
          'rule-unknown-id',
          {
            id: `Aturan '${d.id}' yang akan dinonaktifkan tidak ada di katalog`,
            en: `Rule '${d.id}' to disable is not in the catalogue`,
          },
          { rule: d.id },
        ),
      );
      continue;
    }
    if (disabledIds.has(d.id)) continue;
    disabledIds.add(d.id);
    disabled.push({ id: d.id, reason: d.reason });
  }
  return { disabled, disabledIds };
}

/**
 * The rule file's `overrides`, applied in order (a later override of the same rule builds on the earlier):
 * the replaced rules and the fields each changed; `rule-unknown-id`, `rule-conflict` (also disabled) and
 * `rule-override-field` for the others.
 */
function resolveOverrides(
  ruleFile: RuleFile,
  byId: ReadonlyMap<string, RuleDefinition>,
  disabledIds: ReadonlySet<string>,
  issues: Issue[],
): { replaced: Map<string, RuleDefinition>; overridden: { id: string; name: Label; fields: string[] }[] } {
  const replaced = new Map<string, RuleDefinition>();
  const overridden: { id: string; name: Label; fields: string[] }[] = [];
  for (const o of ruleFile.overrides) {
    const rule = replaced.get(o.id) ?? byId.get(o.id);
    if (rule === undefined || disabledIds.has(o.id)) {
      issues.push(overrideRefusal(o, rule));
      continue;
    }
    const r = applyOverride(rule, o);
    for (const key of r.bad) {
      issues.push(
        problem(
          o,
          key,
          'rule-override-field',
          {
            id: `Kolom '${key}' tidak berlaku untuk aturan '${o.id}' (jenis ${rule.kind})`,
            en: `Field '${key}' does not apply to rule '${o.id}' (kind ${rule.kind})`,
          },
          { rule: o.id, field: key },
        ),
      );
    }
    if (r.bad.length > 0) continue;
    const pos = rulePositions.get(o);
    if (pos) rulePositions.set(r.rule, pos);
    replaced.set(o.id, r.rule);
    const seen = overridden.find((x) => x.id === o.id);
    if (seen) seen.fields.push(...r.fields.filter((f) => !seen.fields.includes(f)));
    else overridden.push({ id: o.id, name: r.rule.name, fields: r.fields });
  }
  return { replaced, overridden };
}

/** Why an override cannot apply: its rule is not in the catalogue, or it is also disabled. */
function overrideRefusal(o: RuleOverride, rule: RuleDefinition | undefined): Issue {
  if (rule === undefined) {
    return problem(
      o,
      'id',
      'rule-unknown-id',
      {
        id: `Aturan '${o.id}' yang akan diubah tidak ada di katalog`,
        en: `Rule '${o.id}' to override is not in the catalogue`,
      },
      { rule: o.id },
    );
  }
  return problem(
    o,
    'id',
    'rule-conflict',
    {
      id: `Aturan '${o.id}' diubah sekaligus dinonaktifkan; pilih salah satu`,
      en: `Rule '${o.id}' is both overridden and disabled; choose one`,
    },
    { rule: o.id },
  );
}

/** The rule file's new `rules`: those added, `rule-duplicate-id` for an id that exists already. */
function resolveAdditions(
  ruleFile: RuleFile,
  byId: ReadonlyMap<string, RuleDefinition>,
  issues: Issue[],
): { added: RuleChanges['added'][number][]; addedIds: Set<string> } {
  const added: RuleChanges['added'][number][] = [];
  const addedIds = new Set<string>();
  for (const rule of ruleFile.rules) {
    if (byId.has(rule.id) || addedIds.has(rule.id)) {
      issues.push(
        problem(
          rule,
          'id',
          'rule-duplicate-id',
          {
            id: `Aturan baru '${rule.id}' memakai id yang sudah ada; untuk mengubah aturan yang ada gunakan overrides`,
            en: `New rule '${rule.id}' uses an existing id; to change an existing rule use overrides`,
          },
          { rule: rule.id },
        ),
      );
      continue;
    }
    addedIds.add(rule.id);
    added.push({ id: rule.id, name: rule.name, severity: rule.severity });
  }
  return { added, addedIds };
}
