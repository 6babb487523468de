import { describe, expect, it } from 'vitest';
import { ageInYears, cmcOfMonth, monthOfCmc } from './cmc.js';

describe('century-month codes (reference §0 test values)', () => {
  it('June 2002 → 1230; CMC 1267 → July 2005; 1333 is January 2011', () => {
    expect(cmcOfMonth('2002-06')).toBe(1230);
    // The formula (2011 − 1900)·12 + month gives 1333 for January and 1334 for February 2011 (a "Feb 2011 →
    // 1333" pair quoted in some notes is off by one month).
    expect(cmcOfMonth('2011-01')).toBe(1333);
    expect(cmcOfMonth('2011-02')).toBe(1334);
    expect(monthOfCmc(1267)).toBe('2005-07');
    expect(monthOfCmc(1320)).toBe('2009-12');
    expect(monthOfCmc(1321)).toBe('2010-01');
  });
  it('age in completed years', () => {
    expect(ageInYears(cmcOfMonth('1990-05'), cmcOfMonth('2021-04'))).toBe(30);
    expect(ageInYears(cmcOfMonth('1990-04'), cmcOfMonth('2021-04'))).toBe(31);
  });
});
