import {
  type CompiledExpression,
  compile,
  type Diagnostic,
  type DiagnosticCode,
  type Environment,
  formatType,
  parse,
  type Span,
} from '@kampung-kb/expr';
import { type Label, PERIOD_TYPES, REGION_LEVELS } from '@kampung-kb/model';
import { INDICATOR_UNITS, type IndicatorDefinition, STANDARD_BODIES } from '../indicatorDefinition.js';

/** The fields of a definition an error can point at. */
export type IndicatorDefinitionField =
  | 'id'
  | 'version'
  | 'name'
  | 'definition'
  | 'numerator'
  | 'denominator'
  | 'factor'
  | 'decimals'
  | 'unit'
  | 'standard'
  | 'regionLevels'
  | 'periodTypes'
  | 'direction'
  | 'missingAs'
  | 'tags'
  | 'forEach';

/** An error code: one of the expression language's, or `invalid-value` / `not-a-number` for the rest. */
export type IndicatorDefinitionErrorCode = DiagnosticCode | 'invalid-value' | 'not-a-number';

/** One positioned, bilingual error in an indicator definition. */
export interface IndicatorDefinitionError {
  /** The id of the (expanded) definition. */
  readonly indicatorId: string;
  readonly field: IndicatorDefinitionField;
  readonly code: IndicatorDefinitionErrorCode;
  /** Where in the expression (for `numerator` and `denominator`). */
  readonly span?: Span;
  /** The expression the span points into. */
  readonly expression?: string;
  readonly message: Label;
}

/** A definition whose expressions compiled. */
export interface CompiledIndicator {
  readonly definition: IndicatorDefinition;
  readonly numerator: CompiledExpression;
  readonly denominator: CompiledExpression | undefined;
}

const ID_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[A-Za-z0-9]+)*$/;
const VERSION_RE = /^[0-9]+\.[0-9]+\.[0-9]+$/;
const LEVELS: readonly string[] = ['kampung', ...REGION_LEVELS];

function err(
  def: IndicatorDefinition,
  field: IndicatorDefinitionField,
  id: string,
  en: string,
): IndicatorDefinitionError {
  return { indicatorId: String(def.id), field, code: 'invalid-value', message: { id, en } };
}

function isLabel(x: unknown): boolean {
  const l = x as { id?: unknown; en?: unknown } | null;
  return typeof l === 'object' && l !== null && typeof l.id === 'string' && typeof l.en === 'string';
}

function checkStructure(def: IndicatorDefinition): IndicatorDefinitionError[] {
  return [...checkIdentity(def), ...checkValueFields(def), ...checkScope(def), ...checkOptions(def)];
}

/** The id, version, name and definition. */
function checkIdentity(def: IndicatorDefinition): IndicatorDefinitionError[] {
  const out: IndicatorDefinitionError[] = [];
  if (typeof def.id !== 'string' || !ID_RE.test(def.id))
    out.push(
      err(
        def,
        'id',
        `Id '${String(def.id)}' harus kebab-case huruf kecil (mis. 'cpr-portal')`,
        `Id '${String(def.id)}' must be lower-case kebab-case (e.g. 'cpr-portal')`,
      ),
    );
  if (typeof def.version !== 'string' || !VERSION_RE.test(def.version))
    out.push(
      err(
        def,
        'version',
        `Versi '${String(def.version)}' harus berbentuk semver (mis. '1.0.0')`,
        `Version '${String(def.version)}' must be semver (e.g. '1.0.0')`,
      ),
    );
  for (const f of ['name', 'definition'] as const)
    if (!isLabel(def[f]))
      out.push(err(def, f, `'${f}' harus punya teks 'id' dan 'en'`, `'${f}' needs 'id' and 'en' texts`));
  return out;
}

/** How the value is scaled and rounded, its unit and its standard. */
function checkValueFields(def: IndicatorDefinition): IndicatorDefinitionError[] {
  const out: IndicatorDefinitionError[] = [];
  if (typeof def.factor !== 'number' || !Number.isFinite(def.factor) || def.factor <= 0)
    out.push(err(def, 'factor', 'Faktor harus bilangan positif', 'The factor must be a positive number'));
  if (!Number.isInteger(def.decimals) || def.decimals < 0 || def.decimals > 10)
    out.push(
      err(
        def,
        'decimals',
        'Jumlah desimal harus bilangan bulat 0 sampai 10',
        'Decimals must be a whole number from 0 to 10',
      ),
    );
  if (!INDICATOR_UNITS.includes(def.unit))
    out.push(
      err(
        def,
        'unit',
        `Satuan '${String(def.unit)}' tidak dikenal (${INDICATOR_UNITS.join(', ')})`,
        `Unknown unit '${String(def.unit)}' (${INDICATOR_UNITS.join(', ')})`,
      ),
    );
  const s = def.standard as { body?: unknown; citation?: unknown } | undefined;
  if (!s || !STANDARD_BODIES.includes(s.body as never) || typeof s.citation !== 'string' || s.citation === '')
    out.push(
      err(
        def,
        'standard',
        `Standar harus punya 'body' (${STANDARD_BODIES.join(', ')}) dan 'citation'`,
        `The standard needs a 'body' (${STANDARD_BODIES.join(', ')}) and a 'citation'`,
      ),
    );
  return out;
}

/** The region levels and period types the definition applies to. */
function checkScope(def: IndicatorDefinition): IndicatorDefinitionError[] {
  const out: IndicatorDefinitionError[] = [];
  const levels = Array.isArray(def.regionLevels) ? def.regionLevels : [];
  if (levels.length === 0 || levels.some((l) => !LEVELS.includes(l)))
    out.push(
      err(
        def,
        'regionLevels',
        `Tingkat wilayah harus tidak kosong dan di antara ${LEVELS.join(', ')}`,
        `Region levels must be non-empty and among ${LEVELS.join(', ')}`,
      ),
    );
  const periods = Array.isArray(def.periodTypes) ? def.periodTypes : [];
  if (periods.length === 0 || periods.some((p) => !PERIOD_TYPES.includes(p)))
    out.push(
      err(
        def,
        'periodTypes',
        `Jenis periode harus tidak kosong dan di antara ${PERIOD_TYPES.join(', ')}`,
        `Period types must be non-empty and among ${PERIOD_TYPES.join(', ')}`,
      ),
    );
  return out;
}

/** The optional direction and missingAs, and the tags. */
function checkOptions(def: IndicatorDefinition): IndicatorDefinitionError[] {
  const out: IndicatorDefinitionError[] = [];
  if (def.direction !== undefined && def.direction !== 'higherIsBetter' && def.direction !== 'lowerIsBetter')
    out.push(
      err(
        def,
        'direction',
        "Arah harus 'higherIsBetter' atau 'lowerIsBetter'",
        "Direction must be 'higherIsBetter' or 'lowerIsBetter'",
      ),
    );
  if (def.missingAs !== undefined && def.missingAs !== 'null' && def.missingAs !== 'zero')
    out.push(
      err(def, 'missingAs', "missingAs harus 'null' atau 'zero'", "missingAs must be 'null' or 'zero'"),
    );
  if (!Array.isArray(def.tags) || def.tags.some((t) => typeof t !== 'string'))
    out.push(err(def, 'tags', 'Tag harus daftar teks', 'Tags must be a list of strings'));
  return out;
}

function expressionErrors(
  def: IndicatorDefinition,
  field: 'numerator' | 'denominator',
  source: string,
  errors: readonly Diagnostic[],
): IndicatorDefinitionError[] {
  return errors.map((d) => ({
    indicatorId: def.id,
    field,
    code: d.code,
    span: d.span,
    expression: source,
    message: {
      id: `${field === 'numerator' ? 'Pembilang' : 'Penyebut'}: ${d.message.id}`,
      en: `${field === 'numerator' ? 'Numerator' : 'Denominator'}: ${d.message.en}`,
    },
  }));
}

function compileExpression(
  def: IndicatorDefinition,
  field: 'numerator' | 'denominator',
  source: unknown,
  env: Environment,
): { compiled?: CompiledExpression; errors: IndicatorDefinitionError[] } {
  if (typeof source !== 'string')
    return {
      errors: [err(def, field, `'${field}' harus berupa ekspresi teks`, `'${field}' must be an expression`)],
    };
  const parsed = parse(source);
  if (!parsed.ok) return { errors: expressionErrors(def, field, source, parsed.errors) };
  const compiled = compile(parsed.ast, env, { missingValues: def.missingAs === 'zero' ? 'zero' : 'null' });
  if (!compiled.ok) return { errors: expressionErrors(def, field, source, compiled.errors) };
  if (compiled.compiled.type.kind !== 'number' && compiled.compiled.type.kind !== 'null') {
    const t = formatType(compiled.compiled.type);
    return {
      errors: [
        {
          indicatorId: def.id,
          field,
          code: 'not-a-number',
          span: parsed.ast.span,
          expression: source,
          message: {
            id: `${field === 'numerator' ? 'Pembilang' : 'Penyebut'} harus berupa angka, bukan ${t}`,
            en: `The ${field} must be a number, not ${t}`,
          },
        },
      ],
    };
  }
  return { compiled: compiled.compiled, errors: [] };
}

/** Checks one expanded definition and compiles its expressions. */
export function compileIndicator(
  def: IndicatorDefinition,
  env: Environment,
): { readonly compiled?: CompiledIndicator; readonly errors: readonly IndicatorDefinitionError[] } {
  const errors = checkStructure(def);
  const n = compileExpression(def, 'numerator', def.numerator, env);
  const d =
    def.denominator === undefined
      ? { errors: [] as IndicatorDefinitionError[] }
      : compileExpression(def, 'denominator', def.denominator, env);
  errors.push(...n.errors, ...d.errors);
  if (errors.length > 0 || !n.compiled) return { errors };
  return {
    compiled: {
      definition: def,
      numerator: n.compiled,
      denominator: 'compiled' in d ? d.compiled : undefined,
    },
    errors,
  };
}
