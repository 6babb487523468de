import type { Dataset, Issue } from '@kampung-kb/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDataset, kampung, monthly } from './__fixtures__/records.js';
import { createDatasetValidator } from './createDatasetValidator.js';
import { validateDataset } from './validateDataset.js';

const TODAY = '2021-06-30';
const missing = (issues: readonly Issue[]) => issues.filter((i) => i.ruleId === 'report-missing');
const month = (n: number) => `2020-${String(n).padStart(2, '0')}`;

/** Two kampung: sungai-andai reports every month of 2020-01..2020-06; the other the given months. */
function dataset(otherMonths: readonly number[], designationDate = '2016-11-10'): Dataset {
  const ds = cleanDataset();
  ds.kampung = [...ds.kampung, kampung({ id: 'kuin-utara', name: 'Kampung KB Kuin Utara', designationDate })];
  ds.monthly = [
    ...[1, 2, 3, 4, 5, 6].map((m) => monthly({ period: month(m) })),
    ...otherMonths.map((m) => monthly({ kampungId: 'kuin-utara', period: month(m) })),
  ];
  return ds;
}

describe('report-missing', () => {
  it('warns once per kampung, listing the months without a monthly report', () => {
    const { issues, summary } = validateDataset(dataset([1, 2, 5]), { today: TODAY });
    const found = missing(issues);
    expect(found).toHaveLength(1);
    const [issue] = found;
    expect(issue?.severity).toBe('warning');
    expect(issue?.code).toBe('report-missing');
    expect(issue?.location).toMatchObject({ recordType: 'kampung', kampungId: 'kuin-utara' });
    expect(issue?.values).toMatchObject({
      months: '2020-03, 2020-04, 2020-06',
      count: 3,
      from: '2020-01',
      to: '2020-06',
    });
    expect(issue?.message.id).toContain('2020-03');
    expect(issue?.message.id).toContain('tidak ada laporan bulanan');
    expect(issue?.message.en).toContain('no monthly report');
    expect(summary.byRule['report-missing']).toBe(1);
  });

  it('starts at the designation month when it is later than the first month of the data', () => {
    const { issues } = validateDataset(dataset([5], '2020-04-20'), { today: TODAY });
    expect(missing(issues).map((i) => i.values['months'])).toEqual(['2020-04, 2020-06']);
  });

  it('lists every month of a kampung with no report at all, and nothing for a kampung designated after the data', () => {
    const none = validateDataset(dataset([]), { today: TODAY });
    expect(missing(none.issues).map((i) => [i.location.kampungId, i.values['count']])).toEqual([
      ['kuin-utara', 6],
    ]);
    const later = validateDataset(dataset([], '2020-07-01'), { today: TODAY });
    expect(missing(later.issues)).toEqual([]);
  });

  it('is silent on complete data, with no monthly reports at all, and when disabled', () => {
    expect(missing(validateDataset(dataset([1, 2, 3, 4, 5, 6]), { today: TODAY }).issues)).toEqual([]);
    const empty = cleanDataset();
    empty.monthly = [];
    expect(missing(validateDataset(empty, { today: TODAY }).issues)).toEqual([]);
    const off = validateDataset(dataset([1]), { today: TODAY, disabled: ['report-missing'] });
    expect(missing(off.issues)).toEqual([]);
  });

  it('finds exactly the months without a report (property), streaming', () => {
    fc.assert(
      fc.property(
        fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
        fc.integer({ min: 1, max: 12 }),
        (months, from) => {
          const ds = dataset(months, `2020-${String(from).padStart(2, '0')}-15`);
          ds.monthly = [...ds.monthly, monthly({ period: '2020-12' })];
          const seen: Issue[] = [];
          const v = createDatasetValidator({ today: TODAY, onIssue: (i) => seen.push(i) });
          for (const r of ds.regions) v.add('region', r);
          for (const k of ds.kampung) v.add('kampung', k);
          for (const p of ds.population) v.add('population', p);
          for (const r of ds.monthly) v.add('monthly', r);
          v.finish();
          const expected: string[] = [];
          for (let m = from; m <= 12; m++) if (!months.includes(m)) expected.push(month(m));
          const got = missing(seen).filter((i) => i.location.kampungId === 'kuin-utara');
          if (expected.length === 0) expect(got).toEqual([]);
          else expect(got.map((i) => i.values['months'])).toEqual([expected.join(', ')]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
