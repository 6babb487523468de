import { type Dataset, emptyDataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { intervention, kampung, monthly, population, profile } from './__fixtures__/records.js';
import { computeKampungIndicators } from './classification/computeKampungIndicators.js';
import { evaluationScorecard } from './classification/evaluationScorecard.js';
import { KAMPUNG_PATH_INDICATORS } from './classification/kampungPathIndicators.js';
import { computeIndicators } from './engine/computeIndicators.js';
import { candidatesFromDataset } from './sites/candidatesFromDataset.js';

// No function of the indicator path iterates over the whole data set once per kampung: on 20,000 kampung
// every element read and iteration step over the data set's arrays is counted, and the count must stay
// within a small constant times the number of records. A per-kampung scan would take 20,000 × records
// steps; the counter stops it as soon as it passes the bound, so the test fails fast instead of hanging.

const KAMPUNG = 20_000;
const VILLAGES = 200;
/** Steps allowed per record: a pass over an array costs about 2 steps per element (length + element). */
const STEPS_PER_RECORD = 20;

interface Counter {
  steps: number;
  limit: number;
}

function counted<T>(array: T[], counter: Counter): T[] {
  return new Proxy(array, {
    get(target, key, receiver) {
      if (
        typeof key === 'string' &&
        (key === 'length' || (key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57))
      ) {
        counter.steps += 1;
        if (counter.steps > counter.limit)
          throw new Error(`more than ${counter.limit} steps over the data set: a per-kampung scan`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

function bigDataset(): Dataset {
  const ds = emptyDataset();
  for (let v = 0; v < VILLAGES; v++) ds.regions.push({ code: `63.71.04.${1001 + v}`, name: `Desa ${v}` });
  for (let i = 0; i < KAMPUNG; i++) {
    const id = `k${String(i).padStart(5, '0')}`;
    ds.kampung.push({ ...kampung(id), regionCode: `63.71.04.${1001 + (i % VILLAGES)}` });
    ds.profiles.push(profile({ mentor: i % 2 === 0 }, '2019-01', id));
    ds.population.push(population({ pus: 150 + (i % 100) }, '2019-01', id));
    for (const period of ['2019-12', '2020-12']) {
      ds.monthly.push(
        monthly(
          { users: { pill: 40 + (i % 50), iud: i % 7 }, nonUsers: { iat: i % 9 }, poktan: { bkb: i % 30 } },
          period,
          id,
        ),
      );
    }
    ds.interventions.push(intervention('2020-06-01', ['puskesmas'], id));
  }
  return ds;
}

const plain = bigDataset();
const records =
  plain.regions.length +
  plain.kampung.length +
  plain.profiles.length +
  plain.population.length +
  plain.monthly.length +
  plain.interventions.length;

function countedDataset(): { dataset: Dataset; counter: Counter } {
  const counter: Counter = { steps: 0, limit: STEPS_PER_RECORD * records };
  const dataset: Dataset = {
    regions: counted(plain.regions, counter),
    kampung: counted(plain.kampung, counter),
    profiles: counted(plain.profiles, counter),
    population: counted(plain.population, counter),
    monthly: counted(plain.monthly, counter),
    interventions: counted(plain.interventions, counter),
    proposals: counted(plain.proposals, counter),
    budgets: counted(plain.budgets, counter),
  };
  return { dataset, counter };
}

// Each case runs the whole path on 120,000 records (a few seconds each on an idle machine): a generous timeout.
describe(`linear evaluation on ${KAMPUNG.toLocaleString('en')} kampung (step counter over the data set)`, {
  timeout: 180_000,
}, () => {
  it('computeKampungIndicators', () => {
    const { dataset, counter } = countedDataset();
    const r = computeKampungIndicators(dataset, '2020-12');
    expect(r).toHaveLength(KAMPUNG);
    expect(r[1]?.indicators.cpr.value).toBe(27.81); // (41 pill + 1 IUD) users / 151 PUS
    expect(counter.steps).toBeLessThanOrEqual(STEPS_PER_RECORD * records);
  });
  it('evaluationScorecard (baseline per kampung: its first report since designation)', () => {
    const { dataset, counter } = countedDataset();
    const r = evaluationScorecard(dataset, '2020-12', { baseline: 'designation' });
    expect(r.ok && r.kampung.length).toBe(KAMPUNG);
    expect(r.ok && r.kampung[0]?.baselinePeriod).toBe('2019-12');
    expect(counter.steps).toBeLessThanOrEqual(STEPS_PER_RECORD * records);
  });
  it('candidatesFromDataset', () => {
    const { dataset, counter } = countedDataset();
    const r = candidatesFromDataset(dataset, '2020-12');
    expect(r.candidates).toHaveLength(VILLAGES);
    expect(counter.steps).toBeLessThanOrEqual(STEPS_PER_RECORD * records);
  });
  it('computeIndicators (kampung and district level)', () => {
    // Not the engine's own test (engine-perf owns it): the kampung path relies on the engine being linear.
    const { dataset, counter } = countedDataset();
    const r = computeIndicators(dataset, {
      indicators: KAMPUNG_PATH_INDICATORS,
      level: ['kampung', 'district'],
      periods: ['2020-12'],
    });
    expect(r).toHaveLength((KAMPUNG + 1) * KAMPUNG_PATH_INDICATORS.length);
    expect(counter.steps).toBeLessThanOrEqual(STEPS_PER_RECORD * records);
  });
});
