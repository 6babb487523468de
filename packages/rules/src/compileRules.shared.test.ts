import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtinRules.js';
import { compileRules } from './compileRules.js';

const report = {
  kampungId: 'k-1',
  period: '2020-03',
  users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
  nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
  poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
  jknHolders: 1200,
};
const vars = {
  pus: 260,
  totalPopulation: 2000,
  families: 400,
  familiesWithUnderFives: 120,
  familiesWithAdolescents: 150,
  familiesWithElderly: 90,
  adolescents: 230,
  populationPeriod: '2020-01',
};

describe('shared sub-expressions of a rule set', () => {
  const r = compileRules(builtinRules);
  if (!r.ok) throw new Error('builtinRules do not compile');
  const ids = (record: unknown, v: Record<string, unknown>) =>
    r.ruleSet.evaluate('monthly', record, { vars: v }).map((x) => x.rule.id);

  it('reads a record afresh when it changed between two runs', () => {
    const rec = structuredClone(report);
    const ctx = { vars: Object.freeze({ ...vars }) };
    expect(r.ruleSet.evaluate('monthly', rec, ctx)).toEqual([]);
    rec.users.iud = 13;
    expect(r.ruleSet.evaluate('monthly', rec, ctx).map((x) => x.rule.id)).toEqual(['kkbpk-balance']);
    rec.users.iud = 500;
    expect(r.ruleSet.evaluate('monthly', rec, ctx).map((x) => x.rule.id)).toEqual([
      'kkbpk-balance',
      'cpr-within-100',
    ]);
  });

  it('reads changed (unfrozen) variables and a new frozen variables object afresh', () => {
    const v = { ...vars };
    expect(ids(report, v)).toEqual([]);
    v.pus = 261;
    expect(ids(report, v)).toEqual(['kkbpk-balance']);
    const frozen = Object.freeze({ ...vars, pus: 100 });
    expect(ids(report, frozen)).toEqual(['kkbpk-balance', 'cpr-within-100']);
    expect(ids(report, Object.freeze({ ...vars }))).toEqual([]);
  });

  it('gives the values of the plain expressions when a rule fires', () => {
    const [v] = r.ruleSet.evaluate('monthly', report, { vars: { ...vars, pus: 261 } });
    expect(v?.values).toMatchObject({ left: 260, right: 261, users: 170, nonUsers: 90, difference: -1 });
  });
});
