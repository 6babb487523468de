import { MonthlyReport, ProfileSnapshot } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { createEnvironment } from './environment.js';
import { defaultGroups } from './groupRegistry.js';

describe('createEnvironment', () => {
  it('types the monthly report: required counts are numbers, optional methods nullable', () => {
    const env = createEnvironment(MonthlyReport, { variables: { pus: 'number' } });
    expect(env.fields['users.iud']).toEqual({ kind: 'number', nullable: false });
    expect(env.fields['users.mal']).toEqual({ kind: 'number', nullable: true });
    expect(env.fields['kampungId']).toEqual({ kind: 'string', nullable: false });
    expect(env.fields['jknHolders']).toEqual({ kind: 'number', nullable: false });
    expect(env.objects['users']).toEqual([
      'iud',
      'mow',
      'mop',
      'implant',
      'injectable',
      'pill',
      'condom',
      'mal',
      'traditional',
    ]);
    expect(env.objects['nonUsers']).toEqual(['pregnant', 'ias', 'iat', 'tial']);
    expect(env.variables).toEqual({ pus: { kind: 'number', nullable: false } });
    expect(env.groups).toBe(defaultGroups);
  });
  it('reads null unions, optional objects, code unions and arrays of the profile snapshot', () => {
    const env = createEnvironment(ProfileSnapshot);
    expect(env.fields['pokja.members']).toEqual({ kind: 'number', nullable: true });
    expect(env.fields['pokja.trainedMembers']).toEqual({ kind: 'number', nullable: true });
    expect(env.fields['pokja.exists']).toEqual({ kind: 'boolean', nullable: false });
    expect(env.fields['operationFrequency.reporting']).toEqual({ kind: 'string', nullable: true });
    expect(env.unsupported['poktan']).toBe('array');
  });
  it('accepts plain JSON Schema and full variable types', () => {
    const env = createEnvironment(
      {
        type: 'object',
        properties: {
          a: { type: ['number', 'null'] },
          b: { enum: ['x', 'y'] },
          c: { anyOf: [{ type: 'string' }, { type: 'number' }] },
        },
        required: ['a', 'b', 'c'],
      },
      { variables: { target: { kind: 'number', nullable: true } } },
    );
    expect(env.fields).toEqual({
      a: { kind: 'number', nullable: true },
      b: { kind: 'string', nullable: false },
    });
    expect(env.unsupported).toEqual({ c: 'union' });
    expect(env.variables['target']).toEqual({ kind: 'number', nullable: true });
  });

  it('refuses a variable of list type (it would type-check inside sum and fail on every evaluation)', () => {
    const list = { kind: 'list', nullable: false, element: { kind: 'number', nullable: true } } as const;
    // @ts-expect-error a variable is a single value: VariableType has no list
    expect(() => createEnvironment({ type: 'object', properties: {} }, { variables: { l: list } })).toThrow(
      /variable l: .*list type is not supported/,
    );
  });
});

describe('defaultGroups', () => {
  it('derives MKJP, portal and modern methods from the code list, and unmet need from IAT + TIAL', () => {
    expect(defaultGroups['users']).toEqual({
      mkjp: ['iud', 'mow', 'mop', 'implant'],
      portal: ['iud', 'mow', 'mop', 'condom', 'implant', 'injectable', 'pill'],
      modern: ['iud', 'mow', 'mop', 'condom', 'implant', 'injectable', 'pill', 'mal'],
    });
    expect(defaultGroups['nonUsers']).toEqual({ unmet: ['iat', 'tial'] });
  });
});
