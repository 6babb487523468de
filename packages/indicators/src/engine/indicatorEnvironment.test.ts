import { describe, expect, it } from 'vitest';
import { INDICATOR_DATA_ELEMENTS } from './indicatorDataElements.js';
import { INDICATOR_GROUPS, indicatorEnvironment } from './indicatorEnvironment.js';

describe('indicatorEnvironment', () => {
  const env = indicatorEnvironment();

  it('has every data element as a nullable number, and the objects their ids form', () => {
    for (const e of INDICATOR_DATA_ELEMENTS) {
      // `profile.poktan` (a count) shadows `profile.poktan.<code>`, reachable as `profile.hasPoktan.<code>`.
      if (e.id.startsWith('profile.poktan.')) expect(env.fields[e.id]).toBeUndefined();
      else expect(env.fields[e.id]).toEqual({ kind: 'number', nullable: true });
    }
    expect(env.fields['profile.hasPoktan.bkb']).toEqual({ kind: 'number', nullable: true });
    expect(env.objects['monthly.users']).toEqual([
      'iud',
      'mow',
      'mop',
      'condom',
      'implant',
      'injectable',
      'pill',
      'mal',
      'traditional',
    ]);
    expect(env.objects['budget.bySource']).toHaveLength(6);
  });

  it('has the method, unmet-need and age groups', () => {
    expect(INDICATOR_GROUPS['monthly.distributed']?.mkjp).toEqual(['iud', 'mow', 'mop', 'implant']);
    expect(INDICATOR_GROUPS['population.female']).toEqual({
      children: ['y0_4', 'y5_9', 'y10_14'],
      workingAge: [
        'y15_19',
        'y20_24',
        'y25_29',
        'y30_34',
        'y35_39',
        'y40_44',
        'y45_49',
        'y50_54',
        'y55_59',
        'y60_64',
      ],
      elderly: ['y65_69', 'y70_74', 'y75plus'],
    });
  });

  it('keeps a value when another id would make it an object', () => {
    const e = indicatorEnvironment([
      { ...(INDICATOR_DATA_ELEMENTS[0] as (typeof INDICATOR_DATA_ELEMENTS)[number]), id: 'a.b' },
      { ...(INDICATOR_DATA_ELEMENTS[0] as (typeof INDICATOR_DATA_ELEMENTS)[number]), id: 'a.b.c' },
    ]);
    expect(Object.keys(e.fields)).toEqual(['a.b']);
  });
});
