import type { RuleCommon } from '../ruleDefinition.js';

/** The fields every test rule shares (a monthly warning at village level); tests add `id` and the rule. */
export const testRuleCommon: Omit<RuleCommon, 'id'> = {
  version: '1.0.0',
  name: { id: 'Uji', en: 'Test' },
  description: { id: 'Aturan uji', en: 'A test rule' },
  instruction: { id: 'Periksa', en: 'Check' },
  severity: 'warning',
  recordType: 'monthly',
  periodType: 'month',
  regionLevels: ['village'],
  tags: [],
  source: 'test',
};
