import type { OperandPeriod } from './expressionSql.js';

/**
 * The key of an element column in `SqlIndicatorPlan.elementColumns`: `<period>:<elementId>`.
 *
 * @example
 * ```ts
 * elementColumnKey('monthly.users.iud', 'prev'); // 'prev:monthly.users.iud'
 * ```
 */
export function elementColumnKey(elementId: string, period: OperandPeriod): string {
  return `${period}:${elementId}`;
}

/** The alias of the aggregate row an operand of a period is read from. */
export function periodPrefix(period: string): string {
  return period === 'current' ? 'c' : period === 'prev' ? 'pv' : 'ly';
}

/**
 * The elements a plan reads, numbered in the order first read (`a<i>`, `m<i>`), and the result columns of
 * each element read in a period (value and missing flag).
 */
export class ElementColumns {
  /** Element ids, by number. */
  readonly needed: string[] = [];
  /** Result columns by {@link elementColumnKey}. */
  readonly byKey = new Map<string, { value: string; missing: string }>();

  /** Registers an element read in a period; returns the SQL of its aggregated value (`c.a0`). */
  column(id: string, period: OperandPeriod): string {
    let i = this.needed.indexOf(id);
    if (i < 0) {
      this.needed.push(id);
      i = this.needed.length - 1;
    }
    const prefix = periodPrefix(period);
    const value = `${prefix}.a${i}`;
    this.byKey.set(elementColumnKey(id, period), { value: `${prefix}_a${i}`, missing: `${prefix}_m${i}` });
    return value;
  }
}
