import { describe, expect, it } from 'vitest';
import { checkIndicatorDefinition } from '../../engine/checkIndicatorDefinition.js';
import { F, familyIndicator, kebab, L } from './familyIndicator.js';
import { COUNT, percent, ratio, ratioIndicator } from './ratioIndicator.js';
import { ALL_LEVELS, ALL_PERIOD_TYPES } from './scope.js';

const standard = { body: 'dhs', reference: 'DHS CPR', citation: 'Guide to DHS Statistics' } as const;
const base = {
  id: 'cpr-x',
  name: L('CPR x', 'CPR x'),
  definition: L('Peserta per PUS ×100.', 'Users per PUS ×100.'),
  numerator: 'sum(monthly.users[*])',
  standard,
  tags: ['fp'],
};

describe('ratioIndicator', () => {
  it('fills version, levels and period types, and writes the keys in the catalogue order', () => {
    const d = ratioIndicator({
      ...base,
      forEach: 'contraceptiveMethods',
      denominator: 'population.pus',
      ...percent(1),
      direction: 'higherIsBetter',
    });
    expect(Object.keys(d).join(' ')).toBe(
      'id version forEach name definition numerator denominator factor decimals unit standard regionLevels periodTypes direction tags',
    );
    expect(d).toMatchObject({
      version: '1.0.0',
      forEach: { list: 'contraceptiveMethods' },
      factor: 100,
      decimals: 1,
      unit: 'percent',
      regionLevels: ALL_LEVELS,
      periodTypes: ALL_PERIOD_TYPES,
    });
    expect(checkIndicatorDefinition(d)).toMatchObject({ ok: true });
  });

  it('leaves an absent denominator, direction or forEach absent (not undefined)', () => {
    const d = ratioIndicator({ ...base, ...COUNT, denominator: undefined, direction: undefined });
    expect(Object.keys(d)).not.toContain('denominator');
    expect(Object.keys(d)).not.toContain('direction');
    expect(Object.keys(d)).not.toContain('forEach');
    expect([d.factor, d.decimals, d.unit]).toEqual([1, 0, 'count']);
  });

  it('keeps given period types, and scales ratios by their factor', () => {
    const d = ratioIndicator({ ...base, ...ratio(1000, 2), periodTypes: ['year'] });
    expect(d.periodTypes).toEqual(['year']);
    expect([d.factor, d.decimals, d.unit]).toEqual([1000, 2, 'ratio']);
  });
});

describe('familyIndicator', () => {
  it('appends the register note to both texts and puts the family tag first', () => {
    const d = familyIndicator({ ...base, id: 'family-x', numerator: F('fp.usersAny'), ...percent(2) });
    expect(d.numerator).toBe('family.fp.usersAny');
    expect(d.definition.id).toBe(
      'Peserta per PUS ×100. Dihitung dari register keluarga (PK21) atau data survei per perempuan (tally keluarga).',
    );
    expect(d.definition.en).toBe(
      'Users per PUS ×100. Computed from the family register (PK21) or survey microdata per woman (family tallies).',
    );
    expect(d.tags).toEqual(['family', 'fp']);
  });

  it('kebab-cases model codes', () => {
    expect(kebab('safelyManaged')).toBe('safely-managed');
    expect(kebab('openDefecation')).toBe('open-defecation');
    expect(kebab('jkn')).toBe('jkn');
  });
});
