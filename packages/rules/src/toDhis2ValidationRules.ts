import { defaultGroups, type Expr, parse } from '@kampung-kb/expr';
import type { Label, Lang, RegionLevel, Severity } from '@kampung-kb/model';
import { expandRules } from './expandRules.js';
import { environmentFor } from './internal/ruleEnvironments.js';
import type { ComparisonOperator, RuleDefinition, RuleSide } from './ruleDefinition.js';

/**
 * One DHIS2 validation rule, as DHIS2's metadata JSON writes it (`/api/validationRules`).
 *
 * @example
 * ```ts
 * const r: Dhis2ValidationRule = toDhis2ValidationRules(builtinRules).validationRules[0]!;
 * r.operator; // 'equal_to'
 * ```
 */
export interface Dhis2ValidationRule {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly instruction: string;
  readonly importance: 'HIGH' | 'MEDIUM' | 'LOW';
  readonly operator:
    | 'equal_to'
    | 'not_equal_to'
    | 'less_than'
    | 'less_than_or_equal_to'
    | 'greater_than'
    | 'greater_than_or_equal_to';
  readonly periodType: 'Monthly';
  readonly organisationUnitLevels: readonly number[];
  readonly leftSide: Dhis2Side;
  readonly rightSide: Dhis2Side;
  readonly translations: readonly {
    readonly property: string;
    readonly locale: string;
    readonly value: string;
  }[];
}

/**
 * One side of a {@link Dhis2ValidationRule}.
 *
 * @example
 * ```ts
 * const s: Dhis2Side = { expression: '#{a1B2c3D4e5F}', description: 'PUS', missingValueStrategy: 'SKIP_IF_ANY_VALUE_MISSING', slidingWindow: false };
 * ```
 */
export interface Dhis2Side {
  readonly expression: string;
  readonly description: string;
  readonly missingValueStrategy: 'SKIP_IF_ANY_VALUE_MISSING' | 'SKIP_IF_ALL_VALUES_MISSING' | 'NEVER_SKIP';
  readonly slidingWindow: false;
}

/**
 * Options of {@link toDhis2ValidationRules}.
 *
 * @example
 * ```ts
 * const o: Dhis2ExportOptions = { dataElementIds: { pus: 'Xk2lP0qUuYw' }, lang: 'en' };
 * ```
 */
export interface Dhis2ExportOptions {
  /**
   * DHIS2 ids of data elements by field path or variable name (`users.iud`, `pus`, `totalPopulation`);
   * the others get a deterministic 11-character id derived from the path.
   */
  readonly dataElementIds?: Readonly<Record<string, string>>;
  /** Language of `name`, `description` and `instruction` (the other goes to `translations`); default `id`. */
  readonly lang?: Lang;
  /** DHIS2 organisation unit level of each region level; default province 2, regency 3, district 4, village 5. */
  readonly orgUnitLevels?: Readonly<Partial<Record<RegionLevel, number>>>;
}

/**
 * What {@link toDhis2ValidationRules} returns: DHIS2's metadata payload plus the rules it could not
 * export, each with the reason in both languages.
 *
 * @example
 * ```ts
 * const { validationRules, skipped } = toDhis2ValidationRules(builtinRules);
 * skipped.map((s) => s.id); // ['record-shape', 'count-non-negative-integer', …]
 * ```
 */
export interface Dhis2Export {
  readonly validationRules: readonly Dhis2ValidationRule[];
  readonly skipped: readonly { readonly id: string; readonly reason: Label }[];
}

const OPERATORS: Readonly<Record<ComparisonOperator, Dhis2ValidationRule['operator']>> = {
  '==': 'equal_to',
  '!=': 'not_equal_to',
  '<': 'less_than',
  '<=': 'less_than_or_equal_to',
  '>': 'greater_than',
  '>=': 'greater_than_or_equal_to',
};
const IMPORTANCE: Readonly<Record<Severity, Dhis2ValidationRule['importance']>> = {
  error: 'HIGH',
  warning: 'MEDIUM',
  info: 'LOW',
};
const STRATEGIES: Readonly<Record<RuleSide['missingValueStrategy'], Dhis2Side['missingValueStrategy']>> = {
  skipIfAnyMissing: 'SKIP_IF_ANY_VALUE_MISSING',
  skipIfAllMissing: 'SKIP_IF_ALL_VALUES_MISSING',
  neverSkip: 'NEVER_SKIP',
  // DHIS2's NEVER_SKIP counts missing values as 0, which is what treatAsZero says explicitly.
  treatAsZero: 'NEVER_SKIP',
};
const LEVELS: Readonly<Record<RegionLevel, number>> = { province: 2, regency: 3, district: 4, village: 5 };
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** FNV-1a over UTF-16 code units with a seed. */
function fnv(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A DHIS2-shaped uid (a letter, then 10 letters or digits) derived deterministically from a text. */
export function derivedUid(text: string): string {
  let out = ALPHABET.charAt(fnv(text, 0) % 52);
  let h = fnv(text, 1);
  for (let i = 1; i < 11; i++) {
    if (i % 5 === 0) h = fnv(text, i + 1);
    out += ALPHABET.charAt(h % 62);
    h = Math.floor(h / 62);
  }
  return out;
}

class Unsupported extends Error {
  constructor(readonly reason: Label) {
    super(reason.en);
  }
}

function translate(
  e: Expr,
  id: (path: string) => string,
  objects: Readonly<Record<string, readonly string[]>>,
): string {
  const t = (x: Expr) => translate(x, id, objects);
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'string':
      return `'${e.value.replace(/'/g, "\\'")}'`;
    case 'boolean':
      return e.value ? 'true' : 'false';
    case 'null':
      throw new Unsupported({ id: 'DHIS2 tidak punya literal null', en: 'DHIS2 has no null literal' });
    case 'field':
      return `#{${id(e.path.join('.'))}}`;
    case 'group':
      throw new Unsupported({ id: 'grup di luar sum/min/max', en: 'a group outside sum/min/max' });
    case 'unary':
      return e.op === '-' ? `-${t(e.operand)}` : `!(${t(e.operand)})`;
    case 'binary': {
      // A flat chain (`a + b + c + …`, thousands of terms) is walked with a loop, not recursion.
      const spine: Expr[] = [];
      let cur: Expr = e;
      for (; cur.kind === 'binary'; cur = cur.left) spine.push(cur);
      let text = t(cur);
      for (let i = spine.length - 1; i >= 0; i--) {
        const b = spine[i] as Expr & { kind: 'binary' };
        const op = b.op === 'and' ? '&&' : b.op === 'or' ? '||' : b.op;
        text = `(${text} ${op} ${t(b.right)})`;
      }
      return text;
    }
    case 'call': {
      const [first] = e.args;
      if ((e.name === 'sum' || e.name === 'min' || e.name === 'max') && first?.kind === 'group') {
        const keys =
          first.group === '*' || first.group === 'all'
            ? undefined
            : defaultGroups[first.path.join('.')]?.[first.group];
        const members = (keys ?? objects[first.path.join('.')] ?? []).map(
          (k) => `#{${id(`${first.path.join('.')}.${k}`)}}`,
        );
        if (e.name === 'sum') return `(${members.join(' + ')})`;
        return `${e.name === 'min' ? 'least' : 'greatest'}(${members.join(', ')})`;
      }
      if (e.name === 'if') return `if(${e.args.map(t).join(', ')})`;
      if (e.name === 'isNull') return `isNull(${e.args.map(t).join(', ')})`;
      if (e.name === 'coalesce') return `firstNonNull(${e.args.map(t).join(', ')})`;
      if (e.name === 'prev' || e.name === 'lastYear') {
        throw new Unsupported({
          id: `${e.name}() membaca bulan lain; aturan DHIS2 hanya membaca satu periode`,
          en: `${e.name}() reads another month; a DHIS2 rule reads one period`,
        });
      }
      throw new Unsupported({
        id: `fungsi ${e.name}() tidak diekspor ke DHIS2`,
        en: `function ${e.name}() is not exported to DHIS2`,
      });
    }
  }
}

/**
 * Exports rules as DHIS2 validation rule metadata (`{ validationRules: [...] }`, ready for
 * `POST /api/metadata`). Templates are expanded first, so `poktan-within-target` becomes five DHIS2 rules.
 *
 * Mapping: `severity` → `importance` (error HIGH, warning MEDIUM, info LOW); operators → DHIS2 names
 * (`<=` → `less_than_or_equal_to` …); `periodType: 'Monthly'`; `regionLevels` → `organisationUnitLevels`
 * (province 2, regency 3, district 4, village 5 unless `orgUnitLevels` says otherwise); each side's
 * expression with `#{id}` operands (a group inside `sum` becomes the sum of its members; `min`/`max` →
 * `least`/`greatest`; `coalesce` → `firstNonNull`; `and`/`or`/`not` → `&&`/`||`/`!`); missing-value
 * strategies → `SKIP_IF_ANY_VALUE_MISSING`, `SKIP_IF_ALL_VALUES_MISSING`, `NEVER_SKIP` (both `neverSkip`
 * and `treatAsZero` become `NEVER_SKIP`, which in DHIS2 counts missing values as 0); a `condition`
 * becomes `if(condition, 1, 0) == 1`. Ids: each rule's `id` is derived from its rule id, its `code` is the
 * rule id; data element ids come from `dataElementIds` or are derived deterministically from the path.
 * `name`, `description` and `instruction` are in `lang` (default Indonesian), the other language goes to
 * `translations`.
 *
 * Not exported (listed in `skipped` with the reason): `builtin` rules (structural checks, not
 * expressions), cross-period rules (`jump`, `outlier`, and any expression using `prev()` / `lastYear()`),
 * rules on records other than monthly reports and population snapshots, and expressions using `abs`,
 * `round`, `count` or a `null` literal.
 *
 * @example
 * ```ts
 * const out = toDhis2ValidationRules(builtinRules, { dataElementIds: { pus: 'Xk2lP0qUuYw' } });
 * const jkn = out.validationRules.find((r) => r.code === 'jkn-within-population');
 * jkn?.operator; // 'less_than_or_equal_to'
 * jkn?.rightSide.expression; // '#{…}' (derived from 'totalPopulation')
 * ```
 */
export function toDhis2ValidationRules(
  rules: readonly RuleDefinition[],
  options: Dhis2ExportOptions = {},
): Dhis2Export {
  const lang = options.lang ?? 'id';
  const id = (path: string) => options.dataElementIds?.[path] ?? derivedUid(`kampung-kb:dataElement:${path}`);
  const levels = { ...LEVELS, ...options.orgUnitLevels };
  const validationRules: Dhis2ValidationRule[] = [];
  const skipped: { id: string; reason: Label }[] = [];
  for (const rule of expandRules(rules)) {
    const reason = notExported(rule);
    if (reason !== undefined) {
      skipped.push({ id: rule.id, reason });
      continue;
    }
    try {
      validationRules.push(dhis2Rule(rule as ExportedRule, lang, id, levels));
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      skipped.push({ id: rule.id, reason: e.reason });
    }
  }
  return { validationRules, skipped };
}

type ExpandedRuleOf = ReturnType<typeof expandRules>[number];
/** A rule {@link notExported} lets through: a comparison or a condition on monthly or population data. */
type ExportedRule = Extract<ExpandedRuleOf, { kind: 'comparison' | 'condition' }>;

/** Why a rule has no DHIS2 counterpart, or `undefined` when it has one (expressions are checked later). */
function notExported(rule: ExpandedRuleOf): Label | undefined {
  if (rule.kind === 'builtin') {
    return { id: 'pemeriksaan struktur, bukan ekspresi', en: 'a structural check, not an expression' };
  }
  if (rule.kind === 'jump' || rule.kind === 'outlier') {
    return {
      id: 'aturan lintas periode (gunakan deteksi outlier DHIS2)',
      en: "a cross-period rule (use DHIS2's outlier detection)",
    };
  }
  if (rule.recordType !== 'monthly' && rule.recordType !== 'population') {
    return {
      id: `aturan DHIS2 membandingkan nilai data agregat, bukan data ${rule.recordType}`,
      en: `DHIS2 rules compare aggregate data values, not ${rule.recordType} records`,
    };
  }
  return undefined;
}

/** The DHIS2 validation rule of an exported rule; throws {@link Unsupported} for an expression DHIS2 lacks. */
function dhis2Rule(
  rule: ExportedRule,
  lang: Lang,
  id: (path: string) => string,
  levels: Readonly<Record<RegionLevel, number>>,
): Dhis2ValidationRule {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const objects = environmentFor(rule.recordType).objects;
  const sides: [RuleSide, RuleSide] =
    rule.kind === 'comparison'
      ? [rule.left, rule.right]
      : [
          {
            expression: `if(${rule.expression}, 1, 0)`,
            missingValueStrategy: rule.missingValueStrategy,
            description: rule.name,
          },
          { expression: '1', missingValueStrategy: 'neverSkip', description: { id: 'benar', en: 'true' } },
        ];
  const [left, right] = sides.map((s): Dhis2Side => {
    const p = parse(s.expression);
    if (!p.ok)
      throw new Unsupported({ id: 'ekspresi tidak dapat diurai', en: 'the expression does not parse' });
    return {
      expression: translate(p.ast, id, objects),
      description: s.description?.[lang] ?? s.expression,
      missingValueStrategy: STRATEGIES[s.missingValueStrategy],
      slidingWindow: false,
    };
  }) as [Dhis2Side, Dhis2Side];
  return {
    id: derivedUid(`kampung-kb:validationRule:${rule.id}`),
    code: rule.id,
    name: rule.name[lang],
    description: rule.description[lang],
    instruction: rule.instruction[lang],
    importance: IMPORTANCE[rule.severity],
    operator: rule.kind === 'comparison' ? OPERATORS[rule.operator] : 'equal_to',
    periodType: 'Monthly',
    organisationUnitLevels: rule.regionLevels.map((l) => levels[l]),
    leftSide: left,
    rightSide: right,
    translations: [
      { property: 'NAME', locale: other, value: rule.name[other] },
      { property: 'DESCRIPTION', locale: other, value: rule.description[other] },
      { property: 'INSTRUCTION', locale: other, value: rule.instruction[other] },
    ],
  };
}
