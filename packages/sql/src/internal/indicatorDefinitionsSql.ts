import { type Environment, parse } from '@kampung-kb/expr';
import { checkIndicatorDefinition, type IndicatorDefinition } from '@kampung-kb/indicators';
import type { Label } from '@kampung-kb/model';
import type { ElementColumns } from './elementColumns.js';
import {
  columnOperands,
  type ExpressionSql,
  expressionElements,
  expressionToSql,
  type OperandPeriod,
} from './expressionSql.js';

/** A definition compiled to SQL: the elements it reads by period, its numerator and denominator. */
export interface CompiledIndicatorSql {
  readonly def: IndicatorDefinition;
  readonly needs: Record<OperandPeriod, Set<string>>;
  readonly n: ExpressionSql;
  readonly d: ExpressionSql | undefined;
}

/** A bilingual reason. */
export function unsupportedLabel(id: string, en: string): Label {
  return { id, en };
}

/**
 * Compiles expanded definitions against the environment: those that do not check go to
 * `invalidDefinitions` (as in the JavaScript engine), the others register the elements they read in
 * `columns`; sides that SQL cannot express are added to `unsupported`.
 */
export function compileIndicatorDefinitions(
  definitions: readonly IndicatorDefinition[],
  env: Environment,
  columns: ElementColumns,
  unsupported: Label[],
): { indicators: CompiledIndicatorSql[]; invalidDefinitions: IndicatorDefinition[] } {
  const indicators: CompiledIndicatorSql[] = [];
  const invalidDefinitions: IndicatorDefinition[] = [];
  const column = (id: string, period: OperandPeriod) => columns.column(id, period);
  for (const def of definitions) {
    const check = checkIndicatorDefinition(def, env);
    if (!check.ok) {
      invalidDefinitions.push(def);
      continue;
    }
    const zero = def.missingAs === 'zero';
    const needs: Record<OperandPeriod, Set<string>> = {
      current: new Set(),
      prev: new Set(),
      lastYear: new Set(),
    };
    const compileSide = (source: string): ExpressionSql => {
      const parsed = parse(source);
      if (!parsed.ok) return { ok: false, reason: 'does not parse' };
      expressionElements(parsed.ast, env, needs);
      return expressionToSql(parsed.ast, columnOperands(env, column), zero);
    };
    const n = compileSide(def.numerator);
    const d = def.denominator === undefined ? undefined : compileSide(def.denominator);
    for (const side of [n, d]) {
      if (side && !side.ok)
        unsupported.push(
          unsupportedLabel(
            `'${def.id}': ${side.reason} belum didukung SQL`,
            `'${def.id}': ${side.reason} is not supported in SQL`,
          ),
        );
    }
    for (const period of ['current', 'prev', 'lastYear'] as const)
      for (const id of needs[period]) columns.column(id, period);
    indicators.push({ def, needs, n, d });
  }
  return { indicators, invalidDefinitions };
}
