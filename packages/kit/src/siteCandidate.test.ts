import { describe, expect, it } from 'vitest';
import { SITE_CANDIDATE_FIELDS, SiteCandidateRow, siteCandidateOf } from './siteCandidate.js';

describe('SiteCandidateRow', () => {
  it('reads undotted codes, Indonesian yes/no, decimal commas, percent signs; blank is no data', () => {
    const row = SiteCandidateRow.parse({
      regionCode: '6371011005',
      name: ' Kelayan Tengah ',
      'main.lowKbParticipation': 'Ya',
      'main.highPoverty': 'tidak',
      'main.remoteOrBorder': '',
      'area.slum': true,
      'area.dense': 1,
      cpr: '48,2',
      unmetNeed: '12.5%',
      povertyShare: null,
      density: 15230,
    });
    const c = siteCandidateOf(row, 3);
    expect(c).toEqual({
      regionCode: '63.71.01.1005',
      name: 'Kelayan Tengah',
      mainCriteria: { lowKbParticipation: true, highPoverty: false, remoteOrBorder: null, other: null },
      areaCriteria: {
        slum: true,
        coastal: null,
        riverbank: null,
        railway: null,
        poor: null,
        remote: null,
        border: null,
        industrial: null,
        tourism: null,
        dense: true,
      },
      measures: { cpr: 48.2, unmetNeed: 12.5, povertyShare: null, density: 15230 },
      row: 3,
    });
  });

  it('rejects each bad cell at its field, in both languages', () => {
    const r = SiteCandidateRow.safeParse({
      regionCode: '63.71.01',
      'area.slum': 'mungkin',
      cpr: '120',
      density: '-5',
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'area.slum',
      'cpr',
      'density',
      'regionCode',
    ]);
    const slum = r.error.issues.find((i) => i.path[0] === 'area.slum') as unknown as {
      params: { label: { id: string; en: string } };
    };
    expect(slum.params.label.id).toBe(
      "'mungkin' bukan ya/tidak; tulis ya atau tidak (kosong = tidak ada data)",
    );
  });

  it('requires the region code only', () => {
    expect(SiteCandidateRow.safeParse({}).success).toBe(false);
    expect(SITE_CANDIDATE_FIELDS.filter((f) => f.required).map((f) => f.path)).toEqual(['regionCode']);
    expect(SITE_CANDIDATE_FIELDS).toHaveLength(2 + 4 + 10 + 4 + 1);
  });
});
