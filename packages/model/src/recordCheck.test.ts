import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaChecker } from './internal/schemaChecker.js';
import { maskIdentifiers, type RecordType } from './issue.js';
import type { MonthlyReport } from './monthlyReport.js';
import { checkRecord, isValidRecord, problemsOf } from './recordCheck.js';
import { recordTypeInfo } from './recordTypes.js';

const report: MonthlyReport = {
  kampungId: 'sungai-andai',
  period: '2020-12',
  users: { iud: 12, mow: 6, mop: 1, implant: 30, injectable: 80, pill: 35, condom: 6 },
  nonUsers: { pregnant: 10, ias: 20, iat: 30, tial: 30 },
  poktanParticipants: { bkb: 40, bkr: 30, bkl: 25, uppka: 20, pikr: 35 },
  jknHolders: 1200,
};

describe('checkRecord', () => {
  it('passes a valid record', () => {
    expect(isValidRecord('monthly', report)).toBe(true);
    expect(checkRecord('monthly', report)).toEqual([]);
  });
  it('names the field and value of a negative count, in both languages', () => {
    const problems = checkRecord('monthly', { ...report, users: { ...report.users, iud: -1 } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'minimum', field: 'users.iud', value: -1 });
    expect(problems[0]?.message.id).toContain("'users.iud' tidak boleh kurang dari 0");
    expect(problems[0]?.message.en).toContain("'users.iud' must not be below 0");
  });
  it('reports fractions, missing fields, unknown fields and unknown codes', () => {
    const { jknHolders: _omit, ...noJkn } = report;
    const kinds = checkRecord('monthly', { ...noJkn, users: { ...report.users, pill: 2.5 }, extra: 1 }).map(
      (p) => `${p.kind}:${p.field}`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['integer:users.pill', 'required:jknHolders', 'unknown-field:extra']),
    );
    const bad = checkRecord('intervention', {
      id: 'x',
      kampungId: 'sungai-andai',
      title: 'T',
      date: '2020-01-05',
      section: 'health',
      agencies: [],
      targetGroups: [],
    });
    expect(bad[0]).toMatchObject({ kind: 'code', field: 'section', value: 'health' });
    expect(bad[0]?.message.en).toContain('allowed: religion, education');
  });
  it('rejects malformed periods and region codes', () => {
    expect(checkRecord('monthly', { ...report, period: '2020-13' })[0]).toMatchObject({
      kind: 'pattern',
      field: 'period',
    });
    expect(checkRecord('region', { code: '63.7', name: 'X' })[0]).toMatchObject({
      kind: 'pattern',
      field: 'code',
    });
  });
  it('reports a negative or fractional nullable count as a count problem', () => {
    const profile = {
      kampungId: 'sungai-andai',
      period: '2020-01',
      pokja: { exists: true, decree: true, members: -1, trained: false },
      fundingSources: [],
      poktan: [],
      facilities: { secretariat: false, rumahDataku: false },
      mentor: false,
      regulation: { exists: false, kinds: [] },
      dataSources: [],
      operations: [],
    };
    expect(checkRecord('profile', profile)).toEqual([
      expect.objectContaining({ kind: 'minimum', field: 'pokja.members', value: -1 }),
    ]);
    expect(
      checkRecord('profile', { ...profile, pokja: { ...profile.pokja, members: 2.5 } })[0],
    ).toMatchObject({
      kind: 'integer',
    });
    expect(checkRecord('profile', { ...profile, pokja: { ...profile.pokja, members: null } })).toEqual([]);
  });
  it('never echoes a 16-digit identifier', () => {
    const p = checkRecord('monthly', { ...report, kampungId: '6371041234567890' });
    expect(JSON.stringify(p)).not.toContain('6371041234567890');
    expect(maskIdentifiers('6371041234567890')).toBe('************7890');
  });
});

describe('isValidRecord on lists of codes (uniqueItems)', () => {
  const profile = {
    kampungId: 'sungai-andai',
    period: '2020-01',
    pokja: { exists: true, decree: true, members: 24, trained: true, trainedMembers: 12 },
    fundingSources: ['apbn', 'apbd'],
    poktan: ['bkb', 'bkr'],
    facilities: { secretariat: true, rumahDataku: true },
    mentor: true,
    regulation: { exists: true, kinds: ['subdistrict'] },
    dataSources: ['pk'],
    operations: ['planningMeeting'],
  };
  const kampung = {
    id: 'sungai-andai',
    name: 'Kampung KB Sungai Andai',
    regionCode: '63.71.04.1010',
    designationDate: '2016-11-10',
    mainCriteria: ['lowKbParticipation'],
    areaCriteria: ['riverbank'],
  };
  const intervention = {
    id: 'sungai-andai-01',
    kampungId: 'sungai-andai',
    title: 'Pelatihan',
    date: '2017-02-28',
    section: 'economy',
    agencies: ['dinas_pertanian'],
    targetGroups: ['pus'],
  };
  /** Every list of codes of a record type, with the codes it allows. */
  const lists: Array<{ type: RecordType; base: Record<string, unknown>; path: string[] }> = [
    { type: 'profile', base: profile, path: ['fundingSources'] },
    { type: 'profile', base: profile, path: ['poktan'] },
    { type: 'profile', base: profile, path: ['regulation', 'kinds'] },
    { type: 'profile', base: profile, path: ['dataSources'] },
    { type: 'profile', base: profile, path: ['operations'] },
    { type: 'kampung', base: kampung, path: ['mainCriteria'] },
    { type: 'kampung', base: kampung, path: ['areaCriteria'] },
    { type: 'intervention', base: intervention, path: ['agencies'] },
    { type: 'intervention', base: intervention, path: ['targetGroups'] },
  ];
  const codesAt = (schema: unknown, path: readonly string[]): string[] => {
    let node = schema as { properties?: Record<string, unknown>; items?: unknown };
    for (const key of path) node = node.properties?.[key] as typeof node;
    const items = node.items as { anyOf?: Array<{ const?: unknown }> };
    return (items.anyOf ?? []).map((s) => String(s.const));
  };
  const withList = (base: Record<string, unknown>, path: readonly string[], list: unknown) => {
    const copy = structuredClone(base);
    let node: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[path[path.length - 1] as string] = list;
    return copy;
  };

  it('gives exactly what TypeBox checking the whole schema gives, repeats and unknown codes included', () => {
    for (const { type, base } of lists) expect(isValidRecord(type, base), type).toBe(true);
    fc.assert(
      fc.property(
        fc.constantFrom(...lists),
        fc.nat(),
        fc.array(fc.oneof(fc.nat(40), fc.constantFrom('x', '', 'PK', 1, null)), { maxLength: 12 }),
        fc.boolean(),
        ({ type, base, path }, pick, draws, interpreted) => {
          const schema = recordTypeInfo(type).schema;
          const codes = codesAt(schema, path);
          // Mostly real codes (so lists are often valid, sometimes repeat one), some junk.
          const list = draws.map((d) => (typeof d === 'number' ? codes[(d + pick) % codes.length] : d));
          const record = withList(base, path, list);
          const expected = Value.Check(schema, record);
          expect(isValidRecord(type, record)).toBe(expected);
          if (interpreted)
            expect(problemsOf(schemaChecker(schema, 'interpreted'), record).length === 0).toBe(expected);
          expect(checkRecord(type, record).length === 0).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses a list naming a code twice, also in a nested object and in a long list', () => {
    expect(
      isValidRecord('profile', withList(profile, ['regulation', 'kinds'], ['subdistrict', 'subdistrict'])),
    ).toBe(false);
    const all = codesAt(recordTypeInfo('profile').schema, ['dataSources']);
    expect(all.length).toBeGreaterThan(2);
    expect(isValidRecord('profile', withList(profile, ['dataSources'], all))).toBe(true);
    expect(isValidRecord('profile', withList(profile, ['dataSources'], [...all, all[0]]))).toBe(false);
  });
});
