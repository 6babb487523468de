import { type Static, Type } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';

/** Codes of {@link proposalStatuses}. */
export type ProposalStatusCode = 'raised' | 'assigned' | 'inProgress' | 'addressed' | 'rejected';

/**
 * Where a community proposal (usulan warga from urun rembug warga, the community deliberation) stands: raised
 * by residents, assigned to an agency, in progress, addressed by an intervention, or rejected.
 *
 * Source: Banjarmasin's Kampung KB–Kampung Baiman practice of turning urun rembug proposals into agency
 * interventions (public sources in docs/sources.md); the SDK's own list, not a portal table.
 *
 * @example
 * ```ts
 * codeLabel(proposalStatuses, 'inProgress', 'id'); // 'Sedang dikerjakan'
 * ```
 */
export const proposalStatuses: CodeList<ProposalStatusCode, CodeItem<ProposalStatusCode>> = {
  id: 'proposal-statuses',
  version: '2024.1',
  label: { id: 'Status usulan warga', en: 'Community proposal statuses' },
  source: 'Kampung KB SDK (Banjarmasin urun rembug warga practice)',
  items: [
    { code: 'raised', label: { id: 'Diusulkan', en: 'Raised' } },
    { code: 'assigned', label: { id: 'Diserahkan ke instansi', en: 'Assigned to an agency' } },
    { code: 'inProgress', label: { id: 'Sedang dikerjakan', en: 'In progress' } },
    { code: 'addressed', label: { id: 'Sudah ditindaklanjuti', en: 'Addressed' } },
    { code: 'rejected', label: { id: 'Ditolak', en: 'Rejected' } },
  ],
};

/**
 * TypeBox schema of a {@link proposalStatuses} code: a plain union of the codes (the data-fields page lists
 * them inline).
 */
export const ProposalStatus = Type.Union(
  proposalStatuses.items.map((i) => Type.Literal(i.code)),
  { description: `Status of the proposal. Code list: ${proposalStatuses.id} v${proposalStatuses.version}.` },
);
/** @see {@link ProposalStatus} */
export type ProposalStatus = Static<typeof ProposalStatus>;
