import type { IssueValue, Label } from '@kampung-kb/model';
import type { ComparisonOperator } from '../ruleDefinition.js';

const DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });

/** A value as messages show it: whole numbers as they are, others with at most 2 decimals. */
export function valueText(v: IssueValue | undefined): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : DECIMALS.format(v);
  return String(v);
}

/** Replaces `{name}` by the value of `name`; unknown placeholders stay. */
export function fillValues(text: string, values: Readonly<Record<string, IssueValue>>): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (m, key: string) =>
    key in values ? valueText(values[key]) : m,
  );
}

/** Operators as a sentence says them ("should be at most …"). */
export const OPERATOR_WORDS: Readonly<Record<ComparisonOperator, Label>> = {
  '==': { id: 'sama dengan', en: 'equal to' },
  '!=': { id: 'berbeda dari', en: 'different from' },
  '<': { id: 'kurang dari', en: 'less than' },
  '<=': { id: 'paling banyak', en: 'at most' },
  '>': { id: 'lebih dari', en: 'more than' },
  '>=': { id: 'paling sedikit', en: 'at least' },
};
