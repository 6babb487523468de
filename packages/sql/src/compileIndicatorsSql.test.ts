import {
  computeIndicators,
  INDICATOR_DATA_ELEMENTS,
  type IndicatorDataElement,
  type IndicatorDefinition,
  IndicatorEngine,
} from '@kampung-kb/indicators';
import type { Dataset } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { compileIndicatorsSql } from './compileIndicatorsSql.js';
import { computeIndicatorsSql } from './computeIndicatorsSql.js';
import { openDuckDb } from './duckDbClient.js';
import { loadDatasetSql } from './stagingTables.js';

/** A plain count of one element, over kampung and quarters. */
const countOf = (id: string, element: string): IndicatorDefinition => ({
  id,
  version: '1.0.0',
  name: { id, en: id },
  definition: { id, en: id },
  numerator: element,
  factor: 1,
  decimals: 0,
  unit: 'count',
  standard: { body: 'city', citation: 'test' },
  regionLevels: ['kampung', 'district'],
  periodTypes: ['month', 'quarter'],
  tags: [],
});

/** The default elements with one element's kind and time aggregation replaced. */
function withElement(id: string, change: Partial<IndicatorDataElement>): IndicatorDataElement[] {
  expect(INDICATOR_DATA_ELEMENTS.some((e) => e.id === id)).toBe(true);
  return INDICATOR_DATA_ELEMENTS.map((e) => (e.id === id ? { ...e, ...change } : e));
}

const dataset = {
  kampung: [{ id: 'k1', name: 'k1', regionCode: '63.71.01.1001', designationDate: '2016-01-15' }],
  monthly: ['2020-01', '2020-02', '2020-03'].map((period, i) => ({
    kampungId: 'k1',
    period,
    users: { iud: 10 + i, pill: 4 },
    newAcceptors: { iud: 1 + i },
  })),
  population: [],
} as unknown as Dataset;

const indicators = [countOf('iud-users', 'monthly.users.iud'), countOf('pill-users', 'monthly.users.pill')];

describe('DataElement.kind in SQL: the engine’s own check', () => {
  for (const [title, change] of [
    ['a stock summed over months', { kind: 'stock', timeAggregation: 'sum' }],
    ['a flow taken at its last month', { kind: 'flow', timeAggregation: 'last' }],
  ] as const) {
    it(`leaves out ${title} with the engine's reason, and its indicator is invalid-definition`, async () => {
      const options = {
        indicators,
        elements: withElement('monthly.users.iud', change),
        level: ['kampung', 'district'] as ('kampung' | 'district')[],
        periods: ['2020Q1', '2020-02'],
      };
      const engine = new IndicatorEngine(options);
      expect(engine.invalidElements.map((e) => e.id)).toEqual(['monthly.users.iud']);
      const plan = compileIndicatorsSql({ ...options, dialect: 'duckdb' });
      expect(plan.invalidElements).toEqual(engine.invalidElements);
      expect(plan.invalidDefinitions.map((d) => d.id)).toEqual(['iud-users']);
      expect(plan.sql).not.toContain('"users.iud"');

      const db = await openDuckDb();
      try {
        await loadDatasetSql(db, dataset);
        const out = await computeIndicatorsSql(db, options, 'duckdb');
        expect(out.ok ? [] : out.unsupported).toEqual([]);
        if (!out.ok) return;
        expect(out.invalidElements).toEqual(engine.invalidElements);
        const js = computeIndicators(dataset, options);
        expect(out.results).toEqual(js);
        const iud = out.results.filter((r) => r.indicatorId === 'iud-users');
        expect(iud.length).toBe(4);
        expect(iud.every((r) => r.nullReason === 'invalid-definition' && r.value === null)).toBe(true);
        // The valid element next to it is still computed: pill users, last month of the quarter.
        const pill = out.results.find((r) => r.indicatorId === 'pill-users' && r.period === '2020Q1');
        expect(pill?.value).toBe(4);
      } finally {
        db.close();
      }
    });
  }

  it('keeps the first of a repeated id, as the engine does, and reports the repeat', () => {
    const iud = INDICATOR_DATA_ELEMENTS.find((e) => e.id === 'monthly.users.iud') as IndicatorDataElement;
    const options = {
      indicators,
      elements: [...INDICATOR_DATA_ELEMENTS, { ...iud, kind: 'stock', timeAggregation: 'sum' } as const],
      level: 'kampung' as const,
      periods: ['2020Q1'],
    };
    const engine = new IndicatorEngine(options);
    expect(engine.invalidElements.map((e) => e.id)).toEqual(['monthly.users.iud']);
    const plan = compileIndicatorsSql({ ...options, dialect: 'duckdb' });
    expect(plan.invalidElements).toEqual(engine.invalidElements);
    expect(plan.invalidDefinitions).toEqual([]);
    // The first declaration (a stock taken at its last month) is the one compiled.
    expect(plan.sql).toContain('MAX(CASE WHEN b.month = bl.l0 THEN v0 END)');
  });

  it('changes nothing for elements whose kind fits (the default elements)', () => {
    const plan = compileIndicatorsSql({
      indicators,
      level: 'kampung',
      periods: ['2020Q1'],
      dialect: 'postgres',
    });
    expect(plan.invalidElements).toEqual([]);
    expect(plan.invalidDefinitions).toEqual([]);
    expect(plan.sql).toContain('"users.iud"');
  });
});
