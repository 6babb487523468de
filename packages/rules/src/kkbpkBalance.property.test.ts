import { emptyDataset, type MonthlyReport } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kampung, population } from './__fixtures__/records.js';
import { validateDataset } from './validateDataset.js';

const count = fc.nat({ max: 5000 });
const report = fc.record(
  {
    users: fc.record(
      {
        iud: count,
        mow: count,
        mop: count,
        implant: count,
        injectable: count,
        pill: count,
        condom: count,
        mal: count,
        traditional: count,
      },
      { requiredKeys: ['iud', 'mow', 'mop', 'implant', 'injectable', 'pill', 'condom'] },
    ),
    nonUsers: fc.record({ pregnant: count, ias: count, iat: count, tial: count }),
  },
  { noNullPrototype: true },
);

function balanceIssues(r: MonthlyReport, pus: number) {
  const ds = emptyDataset();
  ds.kampung.push(kampung());
  ds.population.push(population({ pus }));
  ds.monthly.push(r);
  return validateDataset(ds, { today: '2021-01-31' }).issues.filter((i) => i.ruleId === 'kkbpk-balance');
}

function build(parts: { users: MonthlyReport['users']; nonUsers: MonthlyReport['nonUsers'] }): MonthlyReport {
  return {
    kampungId: 'sungai-andai',
    period: '2020-03',
    users: parts.users,
    nonUsers: parts.nonUsers,
    poktanParticipants: { bkb: 0, bkr: 0, bkl: 0, uppka: 0, pikr: 0 },
    jknHolders: 0,
  };
}

function sum(o: object): number {
  return Object.values(o).reduce((a: number, b) => a + (b as number), 0);
}

describe('kkbpk-balance (property)', () => {
  it('never fires when users + non-users = PUS', () => {
    fc.assert(
      fc.property(report, (parts) => {
        const r = build(parts);
        expect(balanceIssues(r, sum(r.users) + sum(r.nonUsers))).toEqual([]);
      }),
    );
  });

  it('always fires, with difference 1, when one count is raised by 1', () => {
    fc.assert(
      fc.property(report, fc.nat(), (parts, pick) => {
        const r = build(parts);
        const pus = sum(r.users) + sum(r.nonUsers);
        const fields = [
          ...Object.keys(r.users).map((k) => ['users', k] as const),
          ...Object.keys(r.nonUsers).map((k) => ['nonUsers', k] as const),
        ];
        const [group, key] = fields[pick % fields.length] as (typeof fields)[number];
        const bumped = {
          ...r,
          [group]: { ...r[group], [key]: (r[group] as Record<string, number>)[key]! + 1 },
        };
        const issues = balanceIssues(bumped as MonthlyReport, pus);
        expect(issues).toHaveLength(1);
        expect(issues[0]?.values['difference']).toBe(1);
        expect(issues[0]?.values['pus']).toBe(pus);
      }),
    );
  });
});
