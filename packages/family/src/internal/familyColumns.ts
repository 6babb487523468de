import type { RecordField } from '@kampung-kb/kit/core';
import type { CodeList } from '@kampung-kb/model';
import { Family } from '../model/family.js';
import { FamilyMember } from '../model/familyMember.js';
import { FAMILY_CODE_LISTS } from './familyCodeLists.js';

/**
 * One column of the family layout: a leaf of the family (`scope: 'family'`) or of a member
 * (`scope: 'member'`), as the kit's cell reading needs it, plus the limits the schema sets.
 */
export interface FamilyColumn extends RecordField {
  readonly scope: 'family' | 'member';
}

/** The JSON Schema keywords of TypeBox nodes that the walk reads. */
interface SchemaNode {
  readonly $id?: string;
  readonly type?: string;
  readonly anyOf?: readonly SchemaNode[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
}

function codeListOf(node: SchemaNode): CodeList | undefined {
  const id = node.$id?.startsWith('code:') ? node.$id.slice(5) : undefined;
  if (id !== undefined) return FAMILY_CODE_LISTS.get(id);
  for (const branch of node.anyOf ?? []) {
    const list = codeListOf(branch);
    if (list) return list;
  }
  return undefined;
}

function leaf(
  node: SchemaNode,
  segments: string[],
  optional: boolean,
  scope: FamilyColumn['scope'],
): FamilyColumn {
  const base = { path: segments.join('.'), segments, optional, scope };
  const codeList = codeListOf(node);
  const nullable = node.anyOf?.some((b) => b.type === 'null') ?? false;
  if (codeList) return { ...base, kind: 'string', nullable, codeList };
  if (node.$id === 'Month') return { ...base, kind: 'string', nullable, period: 'month' };
  const type = node.anyOf?.find((b) => b.type !== 'null')?.type ?? node.type;
  const kind =
    type === 'integer' || type === 'number' || type === 'boolean' || type === 'string' ? type : 'unknown';
  return { ...base, kind, nullable };
}

function walk(
  node: SchemaNode,
  prefix: string[],
  optional: boolean,
  scope: FamilyColumn['scope'],
  skip: ReadonlySet<string>,
  out: FamilyColumn[],
): void {
  if (node.type === 'object' && node.properties) {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties)) {
      if (prefix.length === 0 && skip.has(key)) continue;
      walk(child, [...prefix, key], !required.has(key), scope, skip, out);
    }
    return;
  }
  out.push(leaf(node, prefix, optional, scope));
}

/** The family's columns in schema order (without `id` and `members`: the KK and member columns stand for them). */
export const FAMILY_COLUMNS: readonly FamilyColumn[] = (() => {
  const out: FamilyColumn[] = [];
  walk(Family as SchemaNode, [], false, 'family', new Set(['id', 'members']), out);
  return out;
})();

/** The member's columns in schema order (without `id`: the NIK column stands for it). */
export const MEMBER_COLUMNS: readonly FamilyColumn[] = (() => {
  const out: FamilyColumn[] = [];
  walk(FamilyMember as SchemaNode, [], false, 'member', new Set(['id']), out);
  return out;
})();

/** Indonesian (and other common) header names of the PK21 exports, normalised (see {@link headerKey}). */
const ALIASES: Readonly<Record<string, string>> = {
  no_kk: 'kk',
  nomor_kk: 'kk',
  nokk: 'kk',
  kampung: 'kampungId',
  kode_kampung: 'kampungId',
  kampung_id: 'kampungId',
  id_kampung: 'kampungId',
  kode_desa: 'villageCode',
  kode_kelurahan: 'villageCode',
  kode_wilayah: 'villageCode',
  bulan: 'month',
  periode: 'month',
  bulan_data: 'month',
  no_nik: 'nik',
  nomor_nik: 'nik',
  no_urut: 'line',
  nomor_urut: 'line',
  jenis_kelamin: 'sex',
  jk: 'sex',
  tanggal_lahir: 'birthMonth',
  tgl_lahir: 'birthMonth',
  bulan_lahir: 'birthMonth',
  status_kawin: 'maritalStatus',
  status_perkawinan: 'maritalStatus',
  hubungan: 'relation',
  hubungan_keluarga: 'relation',
  hubungan_dengan_kk: 'relation',
  usia_kawin_pertama: 'ageAtFirstMarriage',
  umur_kawin_pertama: 'ageAtFirstMarriage',
  akta_lahir: 'birthCertificate',
  akta_kelahiran: 'birthCertificate',
  kode_ibu: 'motherLine',
  kode_ibu_kandung: 'motherLine',
  no_urut_ibu: 'motherLine',
  agama: 'religion',
  pendidikan: 'education',
  bekerja: 'working',
  melek_huruf: 'literate',
  kepesertaan_jkn: 'jkn',
  keberadaan: 'presence',
};

/** A header as compared: trimmed, lower case, runs of spaces and hyphens as `_`. */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** What a header names: the KK or NIK column, a family or member column, or nothing known. */
export type HeaderMeaning =
  | { readonly kind: 'kk' }
  | { readonly kind: 'nik' }
  | { readonly kind: 'column'; readonly column: FamilyColumn }
  | { readonly kind: 'unknown' };

const BY_KEY: ReadonlyMap<string, HeaderMeaning> = (() => {
  const map = new Map<string, HeaderMeaning>([
    ['kk', { kind: 'kk' }],
    ['nik', { kind: 'nik' }],
  ]);
  for (const column of [...FAMILY_COLUMNS, ...MEMBER_COLUMNS]) {
    map.set(column.path.toLowerCase(), { kind: 'column', column });
  }
  for (const [alias, path] of Object.entries(ALIASES)) {
    const target = map.get(path.toLowerCase());
    if (target) map.set(alias, target);
  }
  return map;
})();

/** The meaning of a header: a dotted path of the model (any case) or an Indonesian alias (`no_kk`, `jenis_kelamin`). */
export function headerMeaning(header: string): HeaderMeaning {
  return BY_KEY.get(headerKey(header)) ?? { kind: 'unknown' };
}
