import { describe, expect, it } from 'vitest';
import { codeLabel } from './codeList.js';
import { proposalStatuses } from './codeLists/proposalStatuses.js';
import { emptyDataset } from './dataset.js';
import type { Proposal } from './proposal.js';
import { checkRecord, isValidRecord } from './recordCheck.js';
import { RECORD_TYPES, recordTypeInfo } from './recordTypes.js';

const proposal: Proposal = {
  id: 'sa-usul-2020-01',
  kampungId: 'sungai-andai',
  raisedOn: '2020-01-20',
  title: 'Perbaikan titian kayu di RT 04',
  section: 'environment',
  assignedAgency: 'dinas_pupr',
  status: 'addressed',
  addressedOn: '2020-05-11',
  interventionId: 'sa-2020-05',
};

describe('Proposal', () => {
  it('accepts a full and a minimal proposal', () => {
    expect(checkRecord('proposal', proposal)).toEqual([]);
    const { assignedAgency: _a, addressedOn: _d, interventionId: _i, ...minimal } = proposal;
    expect(isValidRecord('proposal', { ...minimal, status: 'raised' })).toBe(true);
  });
  it('names an unknown status, section or agency', () => {
    const kinds = checkRecord('proposal', {
      ...proposal,
      status: 'done',
      section: 'health',
      assignedAgency: 'dinas_x',
      raisedOn: '2020-1-20',
    }).map((p) => `${p.kind}:${p.field}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['code:status', 'code:section', 'code:assignedAgency', 'pattern:raisedOn']),
    );
  });
  it('has bilingual statuses', () => {
    expect(codeLabel(proposalStatuses, 'addressed', 'id')).toBe('Sudah ditindaklanjuti');
    expect(proposalStatuses.items.map((i) => i.code)).toEqual([
      'raised',
      'assigned',
      'inProgress',
      'addressed',
      'rejected',
    ]);
  });
  it('is registered with its file stem and collection', () => {
    expect(recordTypeInfo('proposal')).toMatchObject({ fileStem: 'proposals', collection: 'proposals' });
    expect(RECORD_TYPES.map((r) => r.fileStem)).toEqual([
      'regions',
      'kampung',
      'profiles',
      'population',
      'monthly',
      'interventions',
      'proposals',
      'budgets',
      'family-tallies',
    ]);
    const ds = emptyDataset();
    // Family tallies are optional: a data set has them only when some were read.
    for (const r of RECORD_TYPES)
      expect(ds[r.collection], r.collection).toEqual(r.type === 'family' ? undefined : []);
  });
});
