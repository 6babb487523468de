import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Issue, maskIdentifiers, maskIssue } from './issue.js';

/** Any run of 16 digits, with at most one separator character between two digits. */
const RUN = /[0-9](?:[ \t\u00a0\u2009\u202f.\-_/]?[0-9]){15}/;

describe('maskIdentifiers', () => {
  it('masks plain 16-digit numbers, keeping the last four digits', () => {
    expect(maskIdentifiers('NIK 6371041234567890 salah')).toBe('NIK ************7890 salah');
  });

  it('masks numbers written with separators between the digit groups', () => {
    expect(maskIdentifiers('KK 3201-2345-6789-0124')).toBe('KK ****-****-****-0124');
    expect(maskIdentifiers('NIK 3201 2345 6789 0124.')).toBe('NIK **** **** **** 0124.');
    expect(maskIdentifiers('32.01.23.456789.0124')).toBe('**.**.**.******.0124');
    expect(maskIdentifiers('320123_456789_0124')).toBe('******_******_0124');
  });

  it('masks runs of 17 and more digits', () => {
    expect(maskIdentifiers('63710412345678901')).toBe('*************8901');
    expect(maskIdentifiers(`x${'9'.repeat(40)}y`)).toBe(`x${'*'.repeat(36)}9999y`);
  });

  it('handles a 10 MB run of digits without overflowing', () => {
    const out = maskIdentifiers(`a ${'7'.repeat(10_000_000)} b`);
    expect(out.length).toBe(10_000_004);
    expect(out.endsWith('7777 b')).toBe(true);
    expect(RUN.test(out)).toBe(false);
  });

  it('leaves counts, dates, periods and region codes alone', () => {
    const text = 'PUS 250, 2020-12-01, 63.71.04.1001, 1234567890 12 34';
    expect(maskIdentifiers(text)).toBe(text);
    expect(maskIdentifiers('123456789012345')).toBe('123456789012345');
  });

  it('leaves no 16-digit run in any text that contains one (property)', () => {
    const digit = fc.constantFrom(...'0123456789');
    const separator = fc.constantFrom('', '', '', ' ', '-', '.', '_', '/', '\u00a0', '\t');
    const run = fc
      .array(fc.tuple(separator, digit), { minLength: 16, maxLength: 24 })
      .map((parts) => parts.map(([s, d], i) => (i === 0 ? d : s + d)).join(''));
    const filler = fc.string({ unit: fc.constantFrom(...'0123456789 -._/abcNIK:()'), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, run), { minLength: 1, maxLength: 4 }), filler, (parts, end) => {
        const text = parts.map(([f, r]) => f + r).join('') + end;
        expect(RUN.test(text)).toBe(true);
        expect(RUN.test(maskIdentifiers(text))).toBe(false);
      }),
    );
  });
});

describe('maskIssue', () => {
  const issue: Issue = {
    ruleId: 'jkn-within-population',
    code: 'jkn-within-population',
    severity: 'error',
    location: { recordType: 'population', kampungId: 'sungai-andai', period: '2020-01', field: 'jknHolders' },
    values: {
      jknHolders: 3201234567890124,
      population: 1200,
      note: 'KK 3201-2345-6789-0124',
      ok: true,
      none: null,
    },
    message: { id: 'Pemegang JKN (3201234567890124) melebihi', en: 'JKN holders (3201234567890124) exceed' },
  };

  it('masks the messages, string values and 16-digit number values', () => {
    const m = maskIssue(issue);
    expect(m.values).toEqual({
      jknHolders: '************0124',
      population: 1200,
      note: 'KK ****-****-****-0124',
      ok: true,
      none: null,
    });
    expect(m.message).toEqual({
      id: 'Pemegang JKN (************0124) melebihi',
      en: 'JKN holders (************0124) exceed',
    });
    expect(m.location).toEqual(issue.location);
    expect(JSON.stringify(m)).not.toMatch(RUN);
  });

  it('masks nested values and location texts', () => {
    const nested = {
      ...issue,
      location: { ...issue.location, recordId: '3201234567890124' },
      values: { list: [1, 'x 3201234567890124', { deep: 3201234567890124 }] } as unknown as Issue['values'],
    };
    const m = maskIssue(nested);
    expect(m.location.recordId).toBe('************0124');
    expect(JSON.stringify(m)).not.toMatch(RUN);
    expect((m.values as unknown as { list: unknown[] }).list[0]).toBe(1);
  });

  it('stops at values nested absurdly deep instead of overflowing', () => {
    let deep: unknown = '3201234567890124';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const m = maskIssue({ ...issue, values: { deep } as unknown as Issue['values'] });
    expect(JSON.stringify(m)).not.toMatch(RUN);
  });

  it('returns an equal issue when there is nothing to mask', () => {
    const plain: Issue = { ...issue, values: { pus: 250 }, message: { id: 'a', en: 'b' } };
    expect(maskIssue(plain)).toEqual(plain);
  });
});
