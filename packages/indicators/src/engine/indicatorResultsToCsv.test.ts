import { describe, expect, it } from 'vitest';
import { indicatorResultsToCsv } from './indicatorResultsToCsv.js';

describe('indicatorResultsToCsv', () => {
  it('writes a header and one row per result, null as an empty cell, quoting when needed', () => {
    const csv = indicatorResultsToCsv([
      {
        indicatorId: 'cpr-portal',
        version: '1.0.0',
        orgUnit: '63.71',
        level: 'regency',
        period: '2020Q1',
        numerator: 170,
        denominator: 400,
        value: 42.5,
        nullReason: null,
        kampung: 3,
        anyMissing: true,
        target: {
          regionCode: '63.71',
          year: 2020,
          value: 50,
          direction: 'higherIsBetter',
          source: 'Renstra',
          achievement: 85,
          onTrack: false,
          expected: 50,
        },
        previousPeriod: { period: '2019Q4', value: 40, change: { absolute: 2.5, relative: 6.25 } },
      },
      {
        indicatorId: 'odd,"id"',
        version: '1.0.0',
        orgUnit: 'a',
        level: 'kampung',
        period: '2020Q1',
        numerator: 0,
        denominator: 0,
        value: null,
        nullReason: 'zero-denominator',
        kampung: 1,
        anyMissing: false,
      },
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'indicatorId,version,level,orgUnit,period,numerator,denominator,value,nullReason,kampung,anyMissing,targetRegionCode,targetValue,achievement,onTrack,previousPeriod,previousValue,previousChange,previousChangePercent,lastYearPeriod,lastYearValue,lastYearChange,lastYearChangePercent',
    );
    expect(lines[1]).toBe(
      'cpr-portal,1.0.0,regency,63.71,2020Q1,170,400,42.5,,3,true,63.71,50,85,false,2019Q4,40,2.5,6.25,,,,',
    );
    expect(lines[2]).toBe('"odd,""id""",1.0.0,kampung,a,2020Q1,0,0,,zero-denominator,1,false,,,,,,,,,,,,');
    expect(lines[3]).toBe('');
  });
});
