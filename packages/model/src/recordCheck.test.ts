import { describe, expect, it } from 'vitest';
import { maskIdentifiers } from './issue.js';
import type { MonthlyReport } from './monthlyReport.js';
import { checkRecord, isValidRecord } from './recordCheck.js';

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
