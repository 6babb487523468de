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

  it('masks identifiers written with separators, 17-digit runs and 16-digit values', () => {
    const issue: Issue = {
      ruleId: 'jkn-within-population',
      code: 'jkn-within-population',
      severity: 'error',
      location: {
        recordType: 'population',
        kampungId: 'sungai-andai',
        period: '2020-01',
        field: 'jknHolders',
      },
      values: { jknHolders: 3201234567890124 },
      message: {
        id: 'KK 3201-2345-6789-0124, NIK 32012345678901245',
        en: 'KK 3201 2345 6789 0124, NIK 32012345678901245',
      },
    };
    expect(formatIssue(issue, 'id')).toBe(
      'population [sungai-andai 2020-01] jknHolders: KK ****-****-****-0124, NIK *************1245 (jkn-within-population)',
    );
    expect(formatIssue(issue, 'en')).toBe(
      'population [sungai-andai 2020-01] jknHolders: KK **** **** **** 0124, NIK *************1245 (jkn-within-population)',
    );
  });

  it('shortens a 10 MB kampung id in the location and the message', () => {
    const id = `k${'x'.repeat(10_000_000)}`;
    const issue: Issue = {
      ruleId: 'kampung-unknown',
      code: 'kampung-unknown',
      severity: 'error',
      location: {
        recordType: 'monthly',
        kampungId: id,
        recordId: id,
        period: '2020-01',
        file: 'monthly.csv',
        line: 2,
      },
      values: {},
      message: { id: `Kampung '${id}' tidak dikenal`, en: `Unknown kampung '${id}'` },
    };
    const en = formatIssue(issue, 'en');
    expect(en.length).toBeLessThan(400);
    expect(en).toBe(
      `monthly.csv:2 [k${'x'.repeat(31)}…${'x'.repeat(31)} (10000001 characters) 2020-01] Unknown kampung 'k${'x'.repeat(30)}…${'x'.repeat(30)}' (10000003 characters) (kampung-unknown)`,
    );
    expect(formatIssue(issue, 'id')).toContain('(10000001 karakter)');
  });

  it('shows terminal control sequences from the data escaped, on one line', () => {
    const issue: Issue = {
      ruleId: 'record-shape',
      code: 'record-shape',
      severity: 'error',
      location: {
        recordType: 'kampung',
        kampungId: 'evil\u001b]8;;http://x\u0007\u001b[2J',
        file: 'a\nb.csv',
        line: 3,
        field: 'name\u202e',
      },
      values: {},
      message: { id: 'Nama \u001b[31mmerah\u001b[0m\r\nbaris palsu', en: 'Name \u009b31m' },
    };
    const id = formatIssue(issue, 'id');
    expect(id).toBe(
      'a\\nb.csv:3 [evil\\x1b]8;;http://x\\x07\\x1b[2J] name\\u202e: Nama \\x1b[31mmerah\\x1b[0m\\r\\nbaris palsu (record-shape)',
    );
    expect(formatIssue(issue, 'en')).toContain('Name \\x9b31m');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none are left.
    expect(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(id)).toBe(false);
  });
});
