import { describe, expect, it } from 'vitest';
import type { Target } from './target.js';
import { TargetLookup } from './targetLookup.js';

const target = (regionCode: string, value: number): Target => ({
  indicatorId: 'cpr-portal',
  regionCode,
  year: 2020,
  value,
  direction: 'higherIsBetter',
  source: 'RPJMD',
});

describe('TargetLookup', () => {
  const lookup = new TargetLookup([target('63.71', 60), target('ID', 65)]);
  lookup.setKampungRegion('sungai-andai', '63.71.04.1010');

  it("finds a kampung's target through its kelurahan's ancestors, with achievement", () => {
    const r = lookup.result('cpr-portal', 'kampung', 'sungai-andai', '202012', 57);
    expect(r?.regionCode).toBe('63.71');
    expect(r?.value).toBe(60);
    expect(r?.achievement).toBe(95);
  });

  it('falls back to the national target outside the region, and to none for another year or indicator', () => {
    expect(lookup.result('cpr-portal', 'regency', '63.03', '2020', 50)?.regionCode).toBe('ID');
    expect(lookup.result('cpr-portal', 'regency', '63.71', '2021', 50)).toBeUndefined();
    expect(lookup.result('mkjp-share', 'regency', '63.71', '2020', 50)).toBeUndefined();
  });

  it('a kampung whose region is not known is matched on its id, then nationally', () => {
    expect(lookup.result('cpr-portal', 'kampung', 'unknown', '202012', 50)?.regionCode).toBe('ID');
    expect(
      new TargetLookup([]).result('cpr-portal', 'kampung', 'sungai-andai', '202012', 50),
    ).toBeUndefined();
  });
});
