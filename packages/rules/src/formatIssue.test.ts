import type { Issue } from '@kampung-kb/model';
import { describe, expect, it } from 'vitest';
import { cleanDataset, monthly } from './__fixtures__/records.js';
import { formatIssue } from './formatIssue.js';
import { validateDataset } from './validateDataset.js';

describe('formatIssue', () => {
  it('writes file:line, kampung and period, field, message and rule id, in both languages', () => {
    const ds = cleanDataset();
    const bad = monthly({ poktanParticipants: { ...monthly().poktanParticipants, bkb: 121 } });
    ds.monthly = [bad];
    ds.sources?.set(bad, { file: 'monthly.csv', line: 14 });
    const [issue] = validateDataset(ds, { today: '2021-01-31' }).issues;
    expect(formatIssue(issue as Issue, 'id')).toBe(
      'monthly.csv:14 [sungai-andai 2020-03] poktanParticipants.bkb: Peserta BKB (121) melebihi sasarannya, keluarga yang punya balita (120), pada data penduduk 2020-01 (poktan-within-target.bkb)',
    );
    expect(formatIssue(issue as Issue, 'en')).toBe(
      'monthly.csv:14 [sungai-andai 2020-03] poktanParticipants.bkb: BKB participants (121) exceed the target, families with under-fives (120), in the population snapshot of 2020-01 (poktan-within-target.bkb)',
    );
  });

  it('falls back to the record type, shows JSON indexes, codes and non-error severities', () => {
    const warning: Issue = {
      ruleId: 'population-missing',
      code: 'population-missing',
      severity: 'warning',
      location: { recordType: 'monthly', kampungId: 'sungai-andai', period: '2019-12' },
      values: {},
      message: { id: 'Tidak ada data penduduk', en: 'No population snapshot' },
    };
    expect(formatIssue(warning, 'id')).toBe(
      'monthly [sungai-andai 2019-12] Tidak ada data penduduk (population-missing, peringatan)',
    );
    expect(formatIssue(warning, 'en')).toBe(
      'monthly [sungai-andai 2019-12] No population snapshot (population-missing, warning)',
    );
    const outside: Issue = {
      ruleId: 'region-parent',
      code: 'region-outside-city',
      severity: 'error',
      location: { recordType: 'region', recordId: '63.72', file: 'regions.json', index: 3, field: 'code' },
      values: {},
      message: { id: 'Di luar kota', en: 'Outside the city' },
    };
    expect(formatIssue(outside, 'en')).toBe(
      'regions.json[3] [63.72] code: Outside the city (region-parent/region-outside-city)',
    );
  });

  it('masks 16-digit identifiers in the line', () => {
    const issue: Issue = {
      ruleId: 'record-shape',
      code: 'record-shape',
      severity: 'error',
      location: { recordType: 'kampung', kampungId: '6371041234567890' },
      values: {},
      message: { id: 'NIK 6371041234567890', en: 'NIK 6371041234567890' },
    };
    expect(formatIssue(issue, 'en')).toBe('kampung [************7890] NIK ************7890 (record-shape)');
  });
});
