import { COMPARISON_OPERATORS } from '@kampung-kb/expr';
import type { Issue, Label } from '@kampung-kb/model';
import { type Document, isAlias, LineCounter, type Node, parseDocument, visit } from 'yaml';
import * as z from 'zod';
import { checkSchema } from './checkSchema.js';
import { rulePositions } from './internal/rulePositions.js';
import type { ComparisonOperator, RuleDefinition, RuleSide } from './ruleDefinition.js';
import { textPosition } from './textPosition.js';

const label = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();
const strategy = z.enum(['skipIfAnyMissing', 'skipIfAllMissing', 'neverSkip', 'treatAsZero']);
const side = z
  .object({ expression: z.string().min(1), missingValueStrategy: strategy, description: label.optional() })
  .strict();
const ruleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const severity = z.enum(['error', 'warning', 'info']);
const recordType = z.enum(['region', 'kampung', 'profile', 'population', 'monthly', 'intervention']);
const regionLevel = z.enum(['province', 'regency', 'district', 'village']);
const operator = z.enum(Object.keys(COMPARISON_OPERATORS) as [ComparisonOperator, ...ComparisonOperator[]]);
const templateList = z.enum([
  'poktan',
  'contraceptiveMethods',
  'portalMethods',
  'mkjpMethods',
  'nonUserReasons',
]);
const positive = z.number().positive();
const semver = z.string().regex(/^[0-9]+\.[0-9]+\.[0-9]+$/);

const common = {
  id: ruleId,
  version: semver.default('1.0.0'),
  name: label,
  description: label,
  instruction: label,
  severity,
  recordType: recordType.default('monthly'),
  periodType: z.literal('month').nullable().default('month'),
  regionLevels: z.array(regionLevel).default(['village']),
  tags: z.array(z.string()).default([]),
  source: z.string().min(1),
  forEach: z.object({ list: templateList }).strict().optional(),
  message: label.optional(),
  field: z.string().min(1).optional(),
  values: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), z.string().min(1)).optional(),
};

const newRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('comparison'), ...common, left: side, operator, right: side }).strict(),
  z
    .object({
      kind: z.literal('condition'),
      ...common,
      expression: z.string().min(1),
      missingValueStrategy: strategy,
    })
    .strict(),
  z
    .object({
      kind: z.literal('jump'),
      ...common,
      expression: z.string().min(1),
      maxRatio: z.number().gt(1),
      minBase: z.number().min(0),
    })
    .strict(),
  z
    .object({
      kind: z.literal('outlier'),
      ...common,
      expression: z.string().min(1),
      method: z.enum(['zScore', 'modifiedZScore']),
      threshold: positive.optional(),
      minHistory: z.number().int().min(3),
    })
    .strict(),
]);

const override = z
  .object({
    id: z.string().min(1),
    version: semver.optional(),
    severity: severity.optional(),
    name: label.optional(),
    description: label.optional(),
    instruction: label.optional(),
    message: label.optional(),
    regionLevels: z.array(regionLevel).optional(),
    tags: z.array(z.string()).optional(),
    left: side.partial().strict().optional(),
    right: side.partial().strict().optional(),
    operator: operator.optional(),
    expression: z.string().min(1).optional(),
    missingValueStrategy: strategy.optional(),
    maxRatio: z.number().gt(1).optional(),
    minBase: z.number().min(0).optional(),
    method: z.enum(['zScore', 'modifiedZScore']).optional(),
    threshold: positive.optional(),
    minHistory: z.number().int().min(3).optional(),
  })
  .strict();

const disable = z.object({ id: z.string().min(1), reason: z.string().trim().min(1) }).strict();

const RuleFileSchema = z
  .object({
    version: z.literal(1),
    rules: z.array(newRule).optional(),
    overrides: z.array(override).optional(),
    disable: z.array(disable).optional(),
  })
  .strict();

/**
 * A change to an existing rule in a city's rules file: its `id` plus the fields to replace. Sides of a
 * comparison merge field by field (`left: { missingValueStrategy: neverSkip }` keeps the expression).
 *
 * @example
 * ```ts
 * const o: RuleOverride = { id: 'jkn-within-population', severity: 'warning' };
 * ```
 */
export interface RuleOverride {
  readonly id: string;
  readonly version?: string;
  readonly severity?: RuleDefinition['severity'];
  readonly name?: Label;
  readonly description?: Label;
  readonly instruction?: Label;
  readonly message?: Label;
  readonly regionLevels?: RuleDefinition['regionLevels'];
  readonly tags?: readonly string[];
  readonly left?: Partial<RuleSide>;
  readonly right?: Partial<RuleSide>;
  readonly operator?: ComparisonOperator;
  readonly expression?: string;
  readonly missingValueStrategy?: RuleSide['missingValueStrategy'];
  readonly maxRatio?: number;
  readonly minBase?: number;
  readonly method?: 'zScore' | 'modifiedZScore';
  readonly threshold?: number;
  readonly minHistory?: number;
}

/**
 * A city's rules file: `version: 1`, new rules (full definitions; `version`, `recordType` (`monthly`),
 * `periodType`, `regionLevels` (`[village]`) and `tags` have defaults), overrides of existing rules and
 * explicit disables, each with a reason.
 *
 * @example
 * ```ts
 * const f: RuleFile = { version: 1, rules: [], overrides: [{ id: 'jkn-within-population', severity: 'warning' }], disable: [] };
 * ```
 */
export interface RuleFile {
  readonly version: 1;
  readonly rules: readonly RuleDefinition[];
  readonly overrides: readonly RuleOverride[];
  readonly disable: readonly { readonly id: string; readonly reason: string }[];
}

/**
 * The result of {@link parseRuleFile}: the rule file, or the problems as bilingual issues (`ruleId`
 * `rule-file`) with the file, the YAML/JSON line and the dotted path of each.
 *
 * @example
 * ```ts
 * const r: ParseRuleFileResult = parseRuleFile(text, 'rules.yaml');
 * if (!r.ok) r.issues.map((i) => `${i.location.line}: ${i.message.id}`);
 * ```
 */
export type ParseRuleFileResult =
  | { readonly ok: true; readonly ruleSet: RuleFile; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly ruleSet?: undefined; readonly issues: readonly Issue[] };

/** The rules file's own message for a rule id that does not match its pattern. */
function messageFor(issue: z.core.$ZodRawIssue): Label | undefined {
  if (issue.code === 'invalid_format' && issue.format === 'regex' && issue.path?.at(-1) === 'id') {
    return {
      id: 'id aturan ditulis kebab-case, mis. mkjp-share-min-15',
      en: 'rule ids are kebab-case, e.g. mkjp-share-min-15',
    };
  }
  return undefined;
}

function fileIssue(
  file: string,
  code: string,
  line: number | undefined,
  field: string,
  message: Label,
): Issue {
  return {
    ruleId: 'rule-file',
    code,
    severity: 'error',
    location: { file, ...(line !== undefined ? { line } : {}), ...(field !== '' ? { field } : {}) },
    values: {},
    message,
  };
}

/**
 * The longest rules file {@link parseRuleFile} reads, in characters (UTF-16 code units): 1,000,000, a
 * hundred times the largest real one. A longer text gives the issue `rule-file-too-large` and is not parsed.
 *
 * @example
 * ```ts
 * parseRuleFile('#'.repeat(MAX_RULE_FILE_LENGTH + 1), 'rules.yaml').issues[0]?.code; // 'rule-file-too-large'
 * ```
 */
export const MAX_RULE_FILE_LENGTH = 1_000_000;

/**
 * How much YAML aliases (`*name`) may expand when {@link parseRuleFile} reads a rules file: the limit of the
 * `yaml` package's `maxAliasCount` (alias uses times the size of what they refer to). A file above it, such
 * as an "alias bomb" (a "billion laughs" of nested aliases that would expand to millions of nodes), gives
 * the issue `rule-file-aliases` at the first alias.
 *
 * @example
 * ```ts
 * const r = parseRuleFile(bomb, 'rules.yaml');
 * r.issues[0]?.code; // 'rule-file-aliases'
 * ```
 */
export const MAX_YAML_ALIAS_COUNT = 100;

/** `rule-file-too-large` for a text over {@link MAX_RULE_FILE_LENGTH}, at the line where the limit is passed. */
function tooLargeIssue(text: string, fileName: string): Issue {
  const pos = textPosition(text, MAX_RULE_FILE_LENGTH);
  const n = text.length;
  const max = MAX_RULE_FILE_LENGTH;
  return fileIssue(fileName, 'rule-file-too-large', pos.line, '', {
    id: `'${fileName}' terlalu besar: ${n} karakter, padahal berkas aturan paling banyak ${max} karakter (batas terlampaui di baris ${pos.line}, kolom ${pos.column}).`,
    en: `'${fileName}' is too large: ${n} characters, but a rules file may have at most ${max} (the limit is passed at line ${pos.line}, column ${pos.column}).`,
  });
}

/** `rule-file-syntax` at a line and column, with the parser's detail. */
function syntaxIssue(fileName: string, pos: { line: number; col: number }, detail: string): Issue {
  return fileIssue(fileName, 'rule-file-syntax', pos.line, '', {
    id: `'${fileName}' bukan YAML/JSON yang sah (baris ${pos.line}, kolom ${pos.col}): ${detail}`,
    en: `'${fileName}' is not valid YAML/JSON (line ${pos.line}, column ${pos.col}): ${detail}`,
  });
}

/** One `rule-file-syntax` issue per YAML syntax error of the document. */
function syntaxIssues(doc: Document.Parsed, lc: LineCounter, fileName: string): Issue[] {
  return doc.errors.map((e) => {
    const pos = lc.linePos(e.pos[0]);
    const detail = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+/, '');
    if (e.code === 'RESOURCE_EXHAUSTION') {
      // The yaml package stops on collections nested thousands deep with V8's words: say it plainly.
      return fileIssue(fileName, 'rule-file-syntax', pos.line, '', {
        id: `'${fileName}' bukan YAML/JSON yang sah (baris ${pos.line}, kolom ${pos.col}): bersarang terlalu dalam.`,
        en: `'${fileName}' is not valid YAML/JSON (line ${pos.line}, column ${pos.col}): nested too deeply.`,
      });
    }
    return syntaxIssue(fileName, pos, detail);
  });
}

/**
 * The issue of a document whose `toJS` threw: the yaml package throws (a ReferenceError) when aliases expand
 * beyond the limit, so point at the first alias.
 */
function toJsIssue(doc: Document.Parsed, lc: LineCounter, fileName: string, e: unknown): Issue {
  let offset = 0;
  visit(doc, (_key, node) => {
    if (isAlias(node) && node.range) {
      offset = node.range[0];
      return visit.BREAK;
    }
    return undefined;
  });
  const pos = lc.linePos(offset);
  const detail = e instanceof Error ? e.message : String(e);
  if (!(e instanceof ReferenceError)) return syntaxIssue(fileName, pos, detail);
  return fileIssue(fileName, 'rule-file-aliases', pos.line, '', {
    id: `'${fileName}': alias YAML (*nama) mulai di baris ${pos.line}, kolom ${pos.col} mengembang terlalu besar (lebih dari ${MAX_YAML_ALIAS_COUNT}); tulis nilainya langsung atau pakai lebih sedikit alias.`,
    en: `'${fileName}': the YAML aliases (*name) from line ${pos.line}, column ${pos.col} on expand too much (more than ${MAX_YAML_ALIAS_COUNT}); write the values out or use fewer aliases.`,
  });
}

/** The line of the deepest node of `path` that the document has (the path itself, or its nearest parent). */
function lineFinder(
  doc: Document.Parsed,
  lc: LineCounter,
): (path: readonly PropertyKey[]) => number | undefined {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      const range = (node as Node | null | undefined)?.range;
      if (range) return lc.linePos(range[0]).line;
    }
    return undefined;
  };
}

/** Remembers where each rule, override and disable of the file is, for the later issues of {@link resolveRules}. */
function registerPositions(
  ruleSet: RuleFile,
  fileName: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): void {
  const register = (list: readonly object[], key: string) =>
    list.forEach((obj, i) => {
      rulePositions.set(obj, {
        file: fileName,
        path: `${key}[${i}]`,
        lineOf: (sub) => lineOf([key, i, ...sub.split('.')]),
      });
    });
  register(ruleSet.rules, 'rules');
  register(ruleSet.overrides, 'overrides');
  register(ruleSet.disable, 'disable');
}

/**
 * Reads a city's rules file (YAML, or JSON, which is YAML too) and validates it against the rule-file
 * schema ({@link ruleFileJsonSchema}). Problems come back as issues with code `rule-file-syntax` (with
 * line and column) or `rule-file-invalid` (with the dotted path, e.g. `rules[0].left.missingValueStrategy`,
 * and the line of the offending value), in Indonesian (zod's `id` locale) and English. Expressions are
 * checked later, by {@link resolveRules} (which compiles the effective rule set), and their problems point
 * at the line of the expression in this file. Input is bounded: a text longer than
 * {@link MAX_RULE_FILE_LENGTH} gives `rule-file-too-large`, aliases that expand beyond
 * {@link MAX_YAML_ALIAS_COUNT} give `rule-file-aliases`, each with the file, line and column. Never throws.
 *
 * @example
 * ```ts
 * const r = parseRuleFile('version: 1\noverrides:\n  - id: jkn-within-population\n    severity: peringatan\n', 'rules.yaml');
 * r.ok; // false
 * r.issues[0]?.location; // { file: 'rules.yaml', line: 4, field: 'overrides[0].severity' }
 * ```
 */
export function parseRuleFile(text: string, fileName: string): ParseRuleFileResult {
  if (text.length > MAX_RULE_FILE_LENGTH) return { ok: false, issues: [tooLargeIssue(text, fileName)] };
  const lc = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) return { ok: false, issues: syntaxIssues(doc, lc, fileName) };
  const lineOf = lineFinder(doc, lc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (e) {
    return { ok: false, issues: [toJsIssue(doc, lc, fileName, e)] };
  }
  const checked = checkSchema(RuleFileSchema, data, { messageFor });
  if (!checked.ok) {
    return {
      ok: false,
      issues: checked.problems.map(({ path, field, message }) => {
        const where = field === '' ? '' : `'${field}': `;
        return fileIssue(fileName, 'rule-file-invalid', lineOf(path), field, {
          id: `${where}${message.id}`,
          en: `${where}${message.en}`,
        });
      }),
    };
  }
  const out = checked.data;
  const ruleSet: RuleFile = {
    version: 1,
    rules: (out.rules ?? []) as unknown as RuleDefinition[],
    overrides: (out.overrides ?? []) as RuleOverride[],
    disable: out.disable ?? [],
  };
  registerPositions(ruleSet, fileName, lineOf);
  return { ok: true, ruleSet, issues: [] };
}

/**
 * The JSON Schema (draft 2020-12) of a city's rules file, generated from the same zod schema
 * {@link parseRuleFile} uses (input form: fields with defaults are optional). Editors such as VS Code
 * use it for completion: `# yaml-language-server: $schema=rules.schema.json`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('rules.schema.json', JSON.stringify(ruleFileJsonSchema(), null, 2));
 * ruleFileJsonSchema().required; // ['version']
 * ```
 */
export function ruleFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RuleFileSchema, { io: 'input' }),
    title: 'Kampung KB rules file',
    description:
      "A city's own validation rules: new rules, overrides of existing ones and explicit disables (@kampung-kb/rules parseRuleFile).",
  };
}
