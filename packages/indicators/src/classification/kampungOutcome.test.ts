import { emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { kampung, monthly, population, profile } from '../__fixtures__/records.js';
import { classifyKampung } from './classifyKampung.js';
import { computeKampungIndicators } from './computeKampungIndicators.js';
import { kampungOutcome, NO_REPORT_LABEL } from './kampungOutcome.js';
import { selectKampungPeriod } from './selectKampungPeriod.js';

function dataset() {
  const ds = emptyDataset();
  ds.kampung.push(kampung('alalak', 'Kampung KB Alalak'), kampung('sungai-miai', 'Kampung KB Sungai Miai'));
  for (const id of ['alalak', 'sungai-miai']) {
    ds.population.push(population({ pus: 200 }, '2020-01', id));
    ds.profiles.push(profile({}, '2020-01', id));
  }
  ds.monthly.push(monthly({ users: { injectable: 90 } }, '2020-12', 'alalak'));
  // sungai-miai reported in November, not in December
  ds.monthly.push(monthly({ users: { injectable: 90 } }, '2020-11', 'sungai-miai'));
  return ds;
}

describe('kampungOutcome', () => {
  it('gives the level of a kampung with a monthly report for the period', () => {
    const inputs = selectKampungPeriod(dataset(), 'alalak', '2020-12');
    const c = classifyKampung(inputs);
    expect(kampungOutcome(c, inputs)).toEqual({ level: c.level, label: c.levelLabel, reason: null });
  });

  it('says "no report" (level null, with the reason) for a kampung without a monthly report, not Dasar', () => {
    const inputs = selectKampungPeriod(dataset(), 'sungai-miai', '2020-12');
    const c = classifyKampung(inputs);
    expect(c.level).toBe('dasar'); // what the portal's scoring alone gives
    const outcome = kampungOutcome(c, inputs);
    expect(outcome).toEqual({ level: null, label: NO_REPORT_LABEL, reason: 'noMonthlyReport' });
    expect(outcome.label).toEqual({ id: 'Tidak ada laporan', en: 'No report' });
  });

  it('is the outcome computeKampungIndicators gives each kampung', () => {
    const r = computeKampungIndicators(dataset(), '2020-12');
    expect(r.map((k) => [k.kampungId, k.outcome.level, k.outcome.reason])).toEqual([
      ['alalak', r[0]?.classification.level, null],
      ['sungai-miai', null, 'noMonthlyReport'],
    ]);
    const november = computeKampungIndicators(dataset(), '2020-11');
    expect(november.map((k) => k.outcome.reason)).toEqual(['noMonthlyReport', null]);
  });
});
