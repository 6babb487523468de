import { describe, expect, it } from 'vitest';
import { achievement } from './achievement.js';
import { NATIONAL_TARGETS_2015_2019 } from './nationalTargets.js';

describe('achievement', () => {
  it('divides value by target when higher is better', () => {
    expect(achievement(64, { value: 66, direction: 'higherIsBetter' })).toBe(96.97); // 0.969696…
    expect(achievement(66, { value: 66, direction: 'higherIsBetter' })).toBe(100);
    expect(achievement(33, { value: 66, direction: 'higherIsBetter' }, 0)).toBe(50);
  });
  it('divides target by value when lower is better', () => {
    expect(achievement(10.2, { value: 9.91, direction: 'lowerIsBetter' })).toBe(97.16); // 0.971568…
    expect(achievement(10, { value: 9.91, direction: 'lowerIsBetter' })).toBe(99.1);
    expect(achievement(2.28, { value: 2.28, direction: 'lowerIsBetter' })).toBe(100);
  });
  it('keeps null apart from zero', () => {
    expect(achievement(null, { value: 66, direction: 'higherIsBetter' })).toBeNull();
    expect(achievement(0, { value: 9.91, direction: 'lowerIsBetter' })).toBeNull();
    expect(achievement(0, { value: 66, direction: 'higherIsBetter' })).toBe(0);
  });
  it('applies to the cited national targets', () => {
    const cpr2019 = NATIONAL_TARGETS_2015_2019.find((t) => t.indicatorId === 'cpr' && t.year === 2019);
    expect(cpr2019).toMatchObject({ value: 66, direction: 'higherIsBetter', regionCode: 'ID' });
    expect(cpr2019?.source).toContain('kampungkb.bkkbn.go.id/kampung/13865/jimamun');
    expect(achievement(65.2, cpr2019 as NonNullable<typeof cpr2019>)).toBe(98.79); // 65.2 / 66 = 0.987878…
    expect(
      NATIONAL_TARGETS_2015_2019.map((t) => `${t.indicatorId} ${t.year} ${t.value} ${t.direction}`),
    ).toEqual([
      'cpr 2015 65.2 higherIsBetter',
      'cpr 2019 66 higherIsBetter',
      'unmetNeed 2015 10.6 lowerIsBetter',
      'unmetNeed 2019 9.91 lowerIsBetter',
      'tfr 2015 2.37 lowerIsBetter',
      'tfr 2019 2.28 lowerIsBetter',
      'asfr15to19 2015 46 lowerIsBetter',
      'asfr15to19 2019 38 lowerIsBetter',
    ]);
  });
});
