import { describe, expect, it } from 'vitest';
import { defaultIndicatorCatalogue } from '../catalogue/defaultIndicatorCatalogue.js';
import { checkIndicatorDefinition } from './checkIndicatorDefinition.js';
import type { IndicatorDefinition } from './indicatorDefinition.js';

const cpr = defaultIndicatorCatalogue.find((d) => d.id === 'cpr-portal') as IndicatorDefinition;

describe('checkIndicatorDefinition', () => {
  it('accepts the catalogue and returns template expansions', () => {
    const mix = defaultIndicatorCatalogue.find((d) => d.id === 'method-mix') as IndicatorDefinition;
    const r = checkIndicatorDefinition(mix);
    expect(r.ok && r.definitions.map((d) => d.id).slice(0, 2)).toEqual(['method-mix.iud', 'method-mix.mow']);
  });

  it('reports expression errors with their position and a suggestion, in both languages', () => {
    const r = checkIndicatorDefinition({
      ...cpr,
      numerator: 'sum(monthly.users[portl])',
      denominator: 'population.puss',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.field, e.code, e.span?.column])).toEqual([
      ['numerator', 'unknown-group', 5],
      ['denominator', 'unknown-field', 1],
    ]);
    expect(r.errors[1]?.message.en).toContain("Did you mean 'population.pus'?");
    expect(r.errors[1]?.message.id).toMatch(/^Penyebut: /);
    expect(r.errors[1]?.expression).toBe('population.puss');
  });

  it('reports syntax errors and expressions that are not numbers', () => {
    const r = checkIndicatorDefinition({
      ...cpr,
      numerator: 'monthly.users.iud +',
      denominator: 'population.pus > 0',
    });
    expect(r.ok ? [] : r.errors.map((e) => [e.field, e.code])).toEqual([
      ['numerator', 'unexpected-end'],
      ['denominator', 'not-a-number'],
    ]);
  });

  it('checks the structure', () => {
    const bad = {
      ...cpr,
      id: 'CPR Portal',
      version: '1',
      factor: 0,
      decimals: 1.5,
      unit: 'percentage',
      standard: { body: 'who', citation: '' },
      regionLevels: ['city'],
      periodTypes: [],
      direction: 'up',
      missingAs: 'skip',
    } as unknown as IndicatorDefinition;
    const r = checkIndicatorDefinition(bad);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual([
      'id',
      'version',
      'factor',
      'decimals',
      'unit',
      'standard',
      'regionLevels',
      'periodTypes',
      'direction',
      'missingAs',
    ]);
  });

  it('reports an unknown template list, and errors per expanded indicator', () => {
    const r1 = checkIndicatorDefinition({
      ...cpr,
      forEach: { list: 'methods' },
    } as unknown as IndicatorDefinition);
    expect(r1.ok ? null : r1.errors[0]?.field).toBe('forEach');
    const r2 = checkIndicatorDefinition({
      ...cpr,
      id: 'share',
      forEach: { list: 'poktan' },
      numerator: 'monthly.users.{code}',
    });
    expect(r2.ok ? [] : r2.errors.map((e) => e.indicatorId)).toEqual([
      'share.bkb',
      'share.bkr',
      'share.bkl',
      'share.uppka',
      'share.pikr',
    ]);
  });
});
