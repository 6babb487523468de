import { type CodeList, codeSchema } from '@kampung-kb/model';
import type { Static } from '@sinclair/typebox';

/** Codes of where the member lives (keberadaan anggota keluarga). */
export type MemberPresenceCode = 'home' | 'away' | 'abroad';

/**
 * Where the member lives (Keberadaan anggota keluarga). `portalId` is the answer's number on the form.
 *
 * Source: PK21 Blok I (K): keberadaan anggota keluarga.
 *
 * @example
 * ```ts
 * memberPresences.items[0].code; // 'home'
 * ```
 */
export const memberPresences: CodeList<MemberPresenceCode> = {
  id: 'member-presences',
  version: '2021.1',
  label: { id: 'Keberadaan anggota keluarga', en: 'Where the member lives' },
  source: 'PK21 Blok I (K): keberadaan anggota keluarga',
  items: [
    { code: 'home', portalId: 1, label: { id: 'Di dalam rumah', en: 'In the house' } },
    { code: 'away', portalId: 2, label: { id: 'Di luar rumah (dalam negeri)', en: 'Away (in Indonesia)' } },
    { code: 'abroad', portalId: 3, label: { id: 'Di luar negeri', en: 'Abroad' } },
  ],
};

/** TypeBox schema of a {@link MemberPresenceCode}. */
export const MemberPresence = codeSchema(memberPresences, 'Where the member lives.');
/** @see {@link MemberPresence} */
export type MemberPresence = Static<typeof MemberPresence>;
