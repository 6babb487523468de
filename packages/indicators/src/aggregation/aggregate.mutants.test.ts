import type { Dataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { monthly } from '../__fixtures__/records.js';
import { aggregate, datasetRecords, type TypedRecord } from './aggregate.js';
import type { DataElement } from './dataElement.js';
import { findDataElement } from './defaultDataElements.js';

// Worked values for the parts of `aggregate.ts` the behaviour tests do not pin down.

function monthlyRecord(kampungId: string, period: string, iud: number): TypedRecord {
  return { type: 'monthly', record: monthly({ users: { iud } }, period, kampungId) };
}

describe('aggregate: the order of the groups', () => {
  it('sorts the groups by org unit, then by period in the order the periods were given', () => {
    // Kampung c, a, b (no kampung records) each report in every month of 2020Q1–Q3; the periods are given
    // as Q3, Q1, Q2, so each kampung's groups come in that order, not the calendar's.
    const records: TypedRecord[] = [];
    for (const k of ['c', 'a', 'b'])
      for (let m = 1; m <= 9; m++) records.push(monthlyRecord(k, `2020-0${m}`, m));
    const { groups } = aggregate(records, {
      elements: [findDataElement('monthly.users.iud') as DataElement],
      level: 'kampung',
      periods: ['2020Q3', '2020Q1', '2020Q2'],
    });
    expect([...groups.keys()]).toEqual([
      'a@2020Q3',
      'a@2020Q1',
      'a@2020Q2',
      'b@2020Q3',
      'b@2020Q1',
      'b@2020Q2',
      'c@2020Q3',
      'c@2020Q1',
      'c@2020Q2',
    ]);
    // The last month's value: September 9, March 3, June 6.
    expect(groups.get('a@2020Q1')?.values['monthly.users.iud']?.value).toBe(3);
  });
});

describe('datasetRecords', () => {
  it('streams every record type of a data set, kampung first, then in the fixed type order', () => {
    // The records' contents do not matter here: only their type tags and order.
    const r = (name: string) => ({ name }) as never;
    const dataset = {
      familyTallies: [r('family')],
      budgets: [r('budget')],
      proposals: [r('proposal')],
      interventions: [r('intervention')],
      monthly: [r('monthly')],
      population: [r('population')],
      profiles: [r('profile 1'), r('profile 2')],
      kampung: [r('kampung')],
    } as Partial<Dataset>;
    expect(
      [...datasetRecords(dataset)].map((t) => `${t.type}:${(t.record as { name: string }).name}`),
    ).toEqual([
      'kampung:kampung',
      'profile:profile 1',
      'profile:profile 2',
      'population:population',
      'monthly:monthly',
      'intervention:intervention',
      'proposal:proposal',
      'budget:budget',
      'family:family',
    ]);
  });
});
