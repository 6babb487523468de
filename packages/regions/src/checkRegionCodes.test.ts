import { describe, expect, it } from 'vitest';
import { checkRegionCodes } from './checkRegionCodes.js';
import { loadProvinceRegions } from './loadProvinceRegions.js';

describe('checkRegionCodes', () => {
  it('passes official codes and names, dotted or not, with or without Kota', async () => {
    const kalsel = await loadProvinceRegions('63');
    expect(
      checkRegionCodes(
        [
          { code: '63', name: 'Kalimantan Selatan' },
          { code: '63.71', name: 'Kota Banjarmasin' },
          { code: '6371', name: 'banjarmasin' },
          { code: '63.71.04', name: 'Banjarmasin  Utara' },
          { code: '63.71.04.1010', name: 'Sungai Andai' },
          { code: '63.71.04.1010' },
        ],
        kalsel,
      ),
    ).toEqual([]);
  });

  it('reports an unknown code as an error, suggesting the region its name points to', async () => {
    const kalsel = await loadProvinceRegions('63');
    const [issue] = checkRegionCodes(
      [
        {
          code: '63.71.04.1099',
          name: 'Sungai Andai',
          file: 'regions.csv',
          line: 7,
          field: 'code',
          recordType: 'region',
        },
      ],
      kalsel,
    );
    expect(issue).toMatchObject({
      ruleId: 'region-unknown',
      code: 'region-unknown',
      severity: 'error',
      location: {
        file: 'regions.csv',
        line: 7,
        field: 'code',
        recordType: 'region',
        recordId: '63.71.04.1099',
      },
      values: { code: '63.71.04.1099', suggestion: '63.71.04.1010', suggestionName: 'Sungai Andai' },
    });
    expect(issue?.message.id).toContain('mungkin maksudnya 63.71.04.1010 Sungai Andai?');
    expect(issue?.message.en).toContain('did you mean 63.71.04.1010 Sungai Andai?');
    const [k] = checkRegionCodes(
      [{ code: '6371991001', file: 'kampung.json', index: 2, field: 'regionCode', kampungId: 'k3' }],
      kalsel,
    );
    expect(k).toMatchObject({
      code: 'region-unknown',
      location: { file: 'kampung.json', index: 2, field: 'regionCode', kampungId: 'k3' },
    });
    expect(checkRegionCodes([{ code: '63.79' }, { code: '99' }], kalsel).map((i) => i.code)).toEqual([
      'region-unknown',
      'region-unknown',
    ]);
  });

  it('warns when a name differs from the official one, naming it', async () => {
    const kalsel = await loadProvinceRegions('63');
    const [issue] = checkRegionCodes(
      [{ code: '63.71.04.1010', name: 'Sungai Andaii', file: 'regions.csv', line: 3, field: 'code' }],
      kalsel,
    );
    expect(issue).toMatchObject({
      code: 'region-name-mismatch',
      severity: 'warning',
      location: { file: 'regions.csv', line: 3, field: 'name' },
      values: { code: '63.71.04.1010', name: 'Sungai Andaii', official: 'Sungai Andai' },
    });
    expect(issue?.message.en).toBe(
      "Region 63.71.04.1010 is written 'Sungai Andaii'; its official name is 'Sungai Andai'",
    );
    expect(checkRegionCodes([{ code: '63.71', name: 'Kabupaten Banjarmasin' }], kalsel)[0]?.code).toBe(
      'region-name-mismatch',
    );
  });

  it('says which codes it could not check, and leaves malformed codes to the schema', async () => {
    const kalsel = await loadProvinceRegions('63');
    const issues = checkRegionCodes(
      [{ code: '64.71.01.1001' }, { code: '64.99.01' }, { code: 'x' }],
      [kalsel],
    );
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['region-not-checked', 'info'],
      ['region-unknown', 'error'],
    ]);
  });
});
