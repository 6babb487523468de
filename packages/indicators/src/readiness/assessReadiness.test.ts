import { readinessItems } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessReadiness, type ReadinessInput, type ReadinessStatus } from './assessReadiness.js';

describe('assessReadiness', () => {
  it('scores nothing recorded as 0 of 15 with every item unknown and to check', () => {
    const r = assessReadiness(undefined);
    expect(r.score).toBe(0);
    expect(r.points).toBe(0);
    expect(r.maxPoints).toBe(15); // 4 items × 2 + 7 items × 1
    expect(r.counts).toEqual({ done: 0, inProgress: 0, notStarted: 0, unknown: 11 });
    expect(r.missing).toHaveLength(11);
    expect(r.toCheck).toEqual(readinessItems.items.map((i) => i.code));
    expect(r.gaps.every((g) => g.nextStep !== null)).toBe(true);
  });

  it('worked example: done counts whole, in progress half, unknown and not started nothing', () => {
    const r = assessReadiness({
      mayorPolicy: { status: 'unknown' }, // 2 × 0
      perda: { status: 'notStarted' }, // 2 × 0
      rpjmdPriority: { status: 'done' }, // 2 × 1 = 2
      apbdBudget: { status: 'inProgress' }, // 2 × ½ = 1
      pokjaKota: { status: 'done', leadAgency: 'Barenlitbangda' }, // 1
      agencyCommitments: { status: 'done', evidence: [{ number: '15 SKPD', date: '2020-03-01' }] }, // 1
      csrPartners: { status: 'inProgress' }, // ½
      urunRembug: { status: 'done' }, // 1
      monthlyReporting: { status: 'done' }, // 1
      // familyData, fieldWorkers missing: unknown, 0
    });
    // 2 + 1 + 1 + 1 + 0.5 + 1 + 1 = 7.5 of 15 = 50 %
    expect(r.points).toBe(7.5);
    expect(r.score).toBe(50);
    expect(r.counts).toEqual({ done: 5, inProgress: 2, notStarted: 1, unknown: 3 });
    expect(r.missing).toEqual(['familyData', 'fieldWorkers']);
    expect(r.toCheck).toEqual(['mayorPolicy', 'familyData', 'fieldWorkers']);
    expect(r.gaps.map((g) => g.code)).toEqual([
      'mayorPolicy',
      'perda',
      'apbdBudget',
      'csrPartners',
      'familyData',
      'fieldWorkers',
    ]);
    const pokja = r.items.find((i) => i.code === 'pokjaKota');
    expect(pokja).toMatchObject({ status: 'done', points: 1, leadAgency: 'Barenlitbangda', nextStep: null });
    const skpd = r.items.find((i) => i.code === 'agencyCommitments');
    expect(skpd?.evidence).toEqual([{ number: '15 SKPD', date: '2020-03-01' }]);
    expect(r.gaps[0]?.nextStep?.en).toContain('Perwali');
  });

  it('uses a weight set per item and rounds the score half away from zero to 2 decimals', () => {
    // pokjaKota weight 3 done, everything else default and unknown: 3 / (15 − 1 + 3) = 3 / 17 = 17.647… %
    const r = assessReadiness({ pokjaKota: { status: 'done', weight: 3 } });
    expect(r.maxPoints).toBe(17);
    expect(r.score).toBe(17.65);
    // One of 15 points: 6.666… → 6.67; with 1 decimal 6.7.
    expect(assessReadiness({ pokjaKota: { status: 'done' } }).score).toBe(6.67);
    expect(assessReadiness({ pokjaKota: { status: 'done' } }, { decimals: 1 }).score).toBe(6.7);
  });

  it('has no score when every weight is 0', () => {
    const zero = Object.fromEntries(
      readinessItems.items.map((i) => [i.code, { status: 'done' as const, weight: 0 }]),
    ) as ReadinessInput;
    expect(assessReadiness(zero).score).toBeNull();
  });

  it('stays between 0 and 100 and reaches 100 only when every weighted item is done', () => {
    const status = fc.constantFrom<ReadinessStatus>('done', 'inProgress', 'notStarted', 'unknown');
    const entry = fc.option(fc.record({ status, weight: fc.integer({ min: 1, max: 5 }) }), {
      nil: undefined,
    });
    const input = fc.tuple(...readinessItems.items.map(() => entry));
    fc.assert(
      fc.property(input, (entries) => {
        const readiness: Record<string, unknown> = {};
        readinessItems.items.forEach((item, i) => {
          if (entries[i] !== undefined) readiness[item.code] = entries[i];
        });
        const r = assessReadiness(readiness as ReadinessInput);
        expect(r.score).not.toBeNull();
        expect(r.score as number).toBeGreaterThanOrEqual(0);
        expect(r.score as number).toBeLessThanOrEqual(100);
        expect(r.score === 100).toBe(r.counts.done === 11);
        expect(r.gaps.length).toBe(11 - r.counts.done);
      }),
    );
  });
});
