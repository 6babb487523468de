import { describe, expect, it } from 'vitest';
import type { TypedRecord } from '../../aggregation/aggregate.js';
import { checkIndicatorDefinition } from '../../engine/checkIndicatorDefinition.js';
import { computeIndicators } from '../../engine/computeIndicators.js';
import { expandIndicators } from '../../engine/expandIndicators.js';
import { kampung, monthly } from '../__fixtures__/kampungRecords.js';
import { ACCEPTOR_INDICATORS } from './acceptorIndicators.js';

const none = { iud: 0, mow: 0, mop: 0, implant: 0, injectable: 0, pill: 0, condom: 0 };

function values(records: TypedRecord[], periods: string[], level: 'kampung' | 'district' = 'kampung') {
  const rows = computeIndicators(records, { indicators: ACCEPTOR_INDICATORS, level, periods });
  return Object.fromEntries(rows.map((r) => [`${r.indicatorId}@${r.period}`, r.value ?? r.nullReason]));
}

describe('ACCEPTOR_INDICATORS', () => {
  it('are valid definitions, one per method for the templates, citing BKKBN’s more-than-3-months rule', () => {
    for (const d of ACCEPTOR_INDICATORS) expect(checkIndicatorDefinition(d)).toMatchObject({ ok: true });
    const ids = expandIndicators(ACCEPTOR_INDICATORS).map((d) => d.id);
    expect(ids).toHaveLength(19); // 9 methods + 1 + 9 methods
    expect(ids).toContain('dropout-rate-by-method.injectable');
    const dropout = ACCEPTOR_INDICATORS.find((d) => d.id === 'dropout-rate-by-method');
    expect(dropout?.standard.citation).toContain('more than 3 months');
    expect(dropout?.definition.en).toContain('more than 3 months');
    expect(dropout?.definition.id).toContain('lebih dari 3 bulan');
    expect(dropout?.denominator).toBe('prev(monthly.users.{code}) + monthly.newAcceptors.{code}');
  });

  it('gives hand-worked values over a quarter and over two kampung', () => {
    const records: TypedRecord[] = [
      kampung('k1', '63.71.04.1010'),
      kampung('k2', '63.71.04.1011'),
      // Stocks at the end of 2020Q4 (the start of 2021Q1): k1 implant 40, injectable 100; k2 implant 10, injectable 50.
      monthly('k1', '2020-12', { users: { ...none, implant: 40, injectable: 100 } }),
      monthly('k2', '2020-12', { users: { ...none, implant: 10, injectable: 50 } }),
      monthly('k1', '2021-01', {
        users: { ...none, implant: 42, injectable: 98 },
        newAcceptors: { implant: 2, injectable: 5, iud: 1 },
        dropouts: { injectable: 6, implant: 0 },
      }),
      monthly('k1', '2021-02', {
        users: { ...none, implant: 44, injectable: 99 },
        newAcceptors: { implant: 2, injectable: 4, pill: 3 },
        dropouts: { injectable: 3, implant: 0 },
      }),
      monthly('k2', '2021-02', {
        users: { ...none, implant: 10, injectable: 49 },
        newAcceptors: { implant: 0, injectable: 1, condom: 4 },
        dropouts: { injectable: 2, implant: 0 },
      }),
    ];
    const rows = computeIndicators(records, {
      indicators: ACCEPTOR_INDICATORS,
      level: 'kampung',
      periods: ['2021Q1'],
    }).filter((r) => r.orgUnit === 'k1');
    const v = Object.fromEntries(rows.map((r) => [r.indicatorId, r.value ?? r.nullReason]));
    expect(v).toMatchObject({
      'new-acceptors-by-method.implant': 4,
      'new-acceptors-by-method.injectable': 9,
      'new-acceptors-by-method.iud': 1,
      'new-acceptors-by-method.pill': 3,
      'new-acceptors-by-method.condom': 'no-data',
      'mkjp-share-new-acceptors': 29.41, // (1 + 4) / (4 + 9 + 1 + 3) = 5 / 17 = 29.411…
      'dropout-rate-by-method.injectable': 8.26, // 9 / (100 + 9) = 8.256…
      'dropout-rate-by-method.implant': 0, // 0 reported drop-outs: a real 0
      'dropout-rate-by-method.pill': 'no-data', // no pill drop-out reported
    });
    const district = values(records, ['2021Q1'], 'district');
    expect(district).toMatchObject({
      'new-acceptors-by-method.injectable@2021Q1': 10, // 9 + 1
      'new-acceptors-by-method.condom@2021Q1': 4,
      // (1 + 4 + 0) / (4 + 9 + 1 + 3 + 0 + 1 + 4) = 5 / 22 = 22.727…
      'mkjp-share-new-acceptors@2021Q1': 22.73,
      // (9 + 2) / (150 at the start + 10 new) = 11 / 160 = 6.875 → 6.88 (half away from zero)
      'dropout-rate-by-method.injectable@2021Q1': 6.88,
    });
  });

  it('keeps null and zero apart for the MKJP share and the drop-out rate', () => {
    const k = kampung('k', '63.71.04.1010');
    const start = monthly('k', '2020-12', { users: { ...none, pill: 0 } });
    // Only zeros reported: zero denominator, not 0 %.
    const zeros = monthly('k', '2021-01', {
      users: none,
      newAcceptors: { iud: 0, pill: 0 },
      dropouts: { pill: 0 },
    });
    expect(values([k, start, zeros], ['202101'])).toMatchObject({
      'mkjp-share-new-acceptors@202101': 'zero-denominator',
      'dropout-rate-by-method.pill@202101': 'zero-denominator', // 0 users at the start, 0 new
      'new-acceptors-by-method.pill@202101': 0,
    });
    // No flows reported at all: no data.
    expect(values([k, start, monthly('k', '2021-01', { users: none })], ['202101'])).toMatchObject({
      'mkjp-share-new-acceptors@202101': 'no-data',
      'new-acceptors-by-method.iud@202101': 'no-data',
      'dropout-rate-by-method.pill@202101': 'no-data',
    });
    // No report for the previous month: the users at the start are unknown.
    const flows = monthly('k', '2021-01', {
      users: { ...none, pill: 9 },
      newAcceptors: { pill: 2 },
      dropouts: { pill: 1 },
    });
    expect(values([k, flows], ['202101'])['dropout-rate-by-method.pill@202101']).toBe('no-data');
    // With it: 1 / (8 + 2) = 10 %.
    const before = monthly('k', '2020-12', { users: { ...none, pill: 8 } });
    expect(values([k, before, flows], ['202101'])['dropout-rate-by-method.pill@202101']).toBe(10);
  });
});
