import type { Environment } from '@kampung-kb/expr';
import { expandIndicators } from './expandIndicators.js';
import type { IndicatorDefinition, IndicatorTemplateList } from './indicatorDefinition.js';
import { indicatorEnvironment } from './indicatorEnvironment.js';
import { compileIndicator, type IndicatorDefinitionError } from './internal/compileIndicator.js';

export type {
  IndicatorDefinitionError,
  IndicatorDefinitionErrorCode,
  IndicatorDefinitionField,
} from './internal/compileIndicator.js';

/**
 * What {@link checkIndicatorDefinition} finds: the expanded definitions when every one is valid, or the
 * errors.
 *
 * @example
 * ```ts
 * const r: IndicatorDefinitionCheck = checkIndicatorDefinition(def);
 * if (!r.ok) for (const e of r.errors) console.log(e.field, e.span?.column, e.message.en);
 * ```
 */
export type IndicatorDefinitionCheck =
  | { readonly ok: true; readonly definitions: readonly IndicatorDefinition[] }
  | { readonly ok: false; readonly errors: readonly IndicatorDefinitionError[] };

const TEMPLATE_LISTS: readonly IndicatorTemplateList[] = [
  'contraceptiveMethods',
  'portalMethods',
  'poktan',
  'pokjaSections',
  'fundingSources',
];

let defaultEnv: Environment | undefined;

function environment(): Environment {
  if (defaultEnv === undefined) defaultEnv = indicatorEnvironment();
  return defaultEnv;
}

/**
 * Checks an indicator definition before any data is read: its structure (id, semver version, bilingual
 * name and definition, a positive factor, 0–10 decimals, a known unit, standard body with a citation,
 * valid region levels and period types, direction, `missingAs`), and both expressions, parsed and
 * type-checked against the data-element environment (unknown element ids with "did you mean", groups,
 * types; both must be numbers). A template (`forEach`) is expanded and every indicator it stands for is
 * checked. Errors are bilingual and, for expressions, carry the span (line and column) in the expression.
 * Bad input never throws.
 *
 * @example
 * ```ts
 * const r = checkIndicatorDefinition({ ...cpr, numerator: 'sum(monthly.user[portal])' });
 * r.ok; // false
 * if (!r.ok) r.errors[0]; // { field: 'numerator', code: 'not-a-group-object', span: { line: 1, column: 5, … },
 * //   message: { id: 'Pembilang: …', en: "Numerator: … Did you mean 'monthly.users'?" } }
 * ```
 */
export function checkIndicatorDefinition(
  def: IndicatorDefinition,
  env: Environment = environment(),
): IndicatorDefinitionCheck {
  if (def.forEach !== undefined && !TEMPLATE_LISTS.includes(def.forEach.list)) {
    return {
      ok: false,
      errors: [
        {
          indicatorId: String(def.id),
          field: 'forEach',
          code: 'invalid-value',
          message: {
            id: `Daftar kode '${String(def.forEach.list)}' tidak dikenal (${TEMPLATE_LISTS.join(', ')})`,
            en: `Unknown code list '${String(def.forEach.list)}' (${TEMPLATE_LISTS.join(', ')})`,
          },
        },
      ],
    };
  }
  const definitions = expandIndicators([def]);
  const errors: IndicatorDefinitionError[] = [];
  for (const d of definitions) errors.push(...compileIndicator(d, env).errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definitions };
}
