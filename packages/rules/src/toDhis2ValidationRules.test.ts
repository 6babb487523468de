import { describe, expect, it } from 'vitest';
import { builtinRules } from './builtinRules.js';
import { derivedUid, toDhis2ValidationRules } from './toDhis2ValidationRules.js';

describe('toDhis2ValidationRules', () => {
  const out = toDhis2ValidationRules(builtinRules, {
    dataElementIds: { pus: 'PUSxxxxxxxx', jknHolders: 'JKNxxxxxxxx' },
  });

  it('exports comparison and condition rules, expanding templates, and lists the rest with reasons', () => {
    expect(out.validationRules.map((r) => r.code)).toEqual([
      'kkbpk-balance',
      'poktan-within-target.bkb',
      'poktan-within-target.bkr',
      'poktan-within-target.bkl',
      'poktan-within-target.uppka',
      'poktan-within-target.pikr',
      'jkn-within-population',
      'mkjp-within-users',
      'cpr-within-100',
      'pus-within-population',
      'family-groups-within-families',
    ]);
    expect(out.skipped.map((s) => s.id)).toEqual([
      'record-shape',
      'count-non-negative-integer',
      'population-missing',
      'intervention-after-designation',
      'intervention-spend-funding',
      'intervention-output-plausible',
      'region-code-level',
      'region-parent',
      'unknown-kampung',
      'duplicate-record',
      'future-date',
      'report-missing',
    ]);
    expect(out.skipped[0]?.reason.en).toBe('a structural check, not an expression');
  });

  it('writes DHIS2 names, importance, strategies and #{id} operands', () => {
    const jkn = out.validationRules.find((r) => r.code === 'jkn-within-population');
    expect(jkn).toMatchObject({
      name: 'Pemegang JKN ≤ jumlah penduduk',
      importance: 'HIGH',
      operator: 'less_than_or_equal_to',
      periodType: 'Monthly',
      organisationUnitLevels: [5],
      leftSide: {
        expression: '#{JKNxxxxxxxx}',
        missingValueStrategy: 'SKIP_IF_ANY_VALUE_MISSING',
        slidingWindow: false,
      },
    });
    expect(jkn?.rightSide.expression).toBe(`#{${derivedUid('kampung-kb:dataElement:totalPopulation')}}`);
    expect(jkn?.translations[0]).toEqual({
      property: 'NAME',
      locale: 'en',
      value: 'JKN holders ≤ population',
    });
    const balance = out.validationRules[0];
    const u = (p: string) => `#{${derivedUid(`kampung-kb:dataElement:${p}`)}}`;
    expect(balance?.operator).toBe('equal_to');
    expect(balance?.leftSide.expression).toBe(
      `((${['iud', 'mow', 'mop', 'implant', 'injectable', 'pill', 'condom', 'mal', 'traditional'].map((m) => u(`users.${m}`)).join(' + ')}) + (${['pregnant', 'ias', 'iat', 'tial'].map((m) => u(`nonUsers.${m}`)).join(' + ')}))`,
    );
    expect(balance?.leftSide.missingValueStrategy).toBe('SKIP_IF_ALL_VALUES_MISSING');
    expect(balance?.rightSide.expression).toBe('#{PUSxxxxxxxx}');
    const family = out.validationRules.find((r) => r.code === 'family-groups-within-families');
    expect(family?.leftSide.expression).toMatch(/^if\(\(\(\(#\{\w{11}\} <= #\{\w{11}\}\) && /);
    expect(family?.rightSide.expression).toBe('1');
  });

  it('derives stable DHIS2-shaped uids and skips functions DHIS2 lacks', () => {
    expect(derivedUid('x')).toMatch(/^[A-Za-z][A-Za-z0-9]{10}$/);
    expect(derivedUid('x')).toBe(derivedUid('x'));
    expect(derivedUid('x')).not.toBe(derivedUid('y'));
    const rounded = toDhis2ValidationRules([
      {
        ...builtinRules[2]!,
        kind: 'condition',
        id: 'r',
        expression: 'round(pus) > 1',
        missingValueStrategy: 'neverSkip',
      } as never,
    ]);
    expect(rounded.validationRules).toEqual([]);
    expect(rounded.skipped).toEqual([
      {
        id: 'r',
        reason: {
          id: 'fungsi round() tidak diekspor ke DHIS2',
          en: 'function round() is not exported to DHIS2',
        },
      },
    ]);
  });
});
