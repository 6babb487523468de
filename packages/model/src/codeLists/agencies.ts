import type { Static } from '@sinclair/typebox';
import type { CodeItem, CodeList } from '../codeList.js';
import { codeSchema } from '../codeSchema.js';

/**
 * Codes of {@link agencies}: the official portal's `new_instansi.alias` values, spelling kept exactly
 * (including the portal's `dinas_olagraga`, `odp_ppkb` and `pemerindah_desa`) so data maps one to one.
 */
export type AgencyCode =
  | 'dinas_perhubungan'
  | 'dinas_kelautan'
  | 'dinas_pariwisata'
  | 'dinas_esdm'
  | 'dinas_dukcapil'
  | 'tni_polri'
  | 'kemenkumham'
  | 'dinas_kominfo'
  | 'bumn_bumd'
  | 'dinas_koperasi'
  | 'dinas_perindustrian'
  | 'dinas_perdagangan'
  | 'dinas_pertanian'
  | 'dinas_ketenagakerjaan'
  | 'dinas_pupr'
  | 'dinas_klh'
  | 'dinas_bmpr'
  | 'kanwil_kemenag'
  | 'dinas_kesehatan'
  | 'dinas_sosial'
  | 'dinas_pppa'
  | 'dinas_pendidikan'
  | 'dinas_olagraga'
  | 'dinas_pmds'
  | 'pemerintah_daerah'
  | 'odp_ppkb'
  | 'pemerindah_desa'
  | 'lembaga_pendidikan'
  | 'swasta'
  | 'puskesmas'
  | 'rumah_sakit'
  | 'kmkb'
  | 'bps'
  | 'perwakilan_bkkbn'
  | 'dinas_ketahanan_pangan'
  | 'dinas_dpkh'
  | 'lainnya';

/** An agency entry. */
export interface AgencyItem extends CodeItem<AgencyCode> {
  /**
   * The family-planning office itself (OPD KB) and the BKKBN representative: the classification's
   * cross-sector count leaves them out, as the portal's SQL intends.
   */
  readonly excludedFromCrossSector?: boolean;
}

/**
 * The 37 agencies (instansi: OPD/SKPD, vertical offices, companies, community) that can carry out an
 * intervention in a kampung.
 *
 * Source: kampungkb.bkkbn.go.id `new_instansi` (willyprmn/Kampung-KB InstansiSeeder).
 *
 * @example
 * ```ts
 * agencies.items.filter((a) => a.excludedFromCrossSector).map((a) => a.code); // ['odp_ppkb', 'perwakilan_bkkbn']
 * ```
 */
export const agencies: CodeList<AgencyCode, AgencyItem> = {
  id: 'agencies',
  version: '2021.1',
  label: { id: 'Instansi', en: 'Agencies' },
  source: 'kampungkb.bkkbn.go.id new_instansi (InstansiSeeder)',
  items: [
    { code: 'dinas_perhubungan', portalId: 1, label: { id: 'Dinas Perhubungan', en: 'Transport agency' } },
    {
      code: 'dinas_kelautan',
      portalId: 2,
      label: { id: 'Dinas Kelautan dan Perikanan', en: 'Marine and fisheries agency' },
    },
    { code: 'dinas_pariwisata', portalId: 3, label: { id: 'Dinas Pariwisata', en: 'Tourism agency' } },
    {
      code: 'dinas_esdm',
      portalId: 4,
      label: { id: 'Dinas Energi dan Sumber Daya Mineral', en: 'Energy and mineral resources agency' },
    },
    {
      code: 'dinas_dukcapil',
      portalId: 5,
      label: { id: 'Dinas Dukcapil', en: 'Population and civil registration agency (Dukcapil)' },
    },
    {
      code: 'tni_polri',
      portalId: 6,
      label: { id: 'TNI – POLRI', en: 'Armed forces and police (TNI–POLRI)' },
    },
    {
      code: 'kemenkumham',
      portalId: 7,
      label: {
        id: 'Kanwil Kementerian Hukum dan HAM',
        en: 'Regional office, Ministry of Law and Human Rights',
      },
    },
    {
      code: 'dinas_kominfo',
      portalId: 8,
      label: { id: 'Dinas Kominfo', en: 'Communication and informatics agency' },
    },
    {
      code: 'bumn_bumd',
      portalId: 9,
      label: { id: 'BUMN dan BUMD', en: 'State- and region-owned enterprises' },
    },
    { code: 'dinas_koperasi', portalId: 10, label: { id: 'Dinas Koperasi', en: 'Cooperatives agency' } },
    {
      code: 'dinas_perindustrian',
      portalId: 11,
      label: { id: 'Dinas Perindustrian', en: 'Industry agency' },
    },
    { code: 'dinas_perdagangan', portalId: 12, label: { id: 'Dinas Perdagangan', en: 'Trade agency' } },
    { code: 'dinas_pertanian', portalId: 13, label: { id: 'Dinas Pertanian', en: 'Agriculture agency' } },
    {
      code: 'dinas_ketenagakerjaan',
      portalId: 14,
      label: { id: 'Dinas Ketenagakerjaan', en: 'Manpower agency' },
    },
    {
      code: 'dinas_pupr',
      portalId: 15,
      label: {
        id: 'Dinas Pekerjaan Umum dan Perumahan Rakyat',
        en: 'Public works and housing agency (PUPR)',
      },
    },
    {
      code: 'dinas_klh',
      portalId: 16,
      label: { id: 'Dinas Kehutanan dan Lingkungan Hidup', en: 'Forestry and environment agency' },
    },
    {
      code: 'dinas_bmpr',
      portalId: 17,
      label: { id: 'Dinas Bina Marga dan Penataan Ruang', en: 'Roads and spatial planning agency' },
    },
    {
      code: 'kanwil_kemenag',
      portalId: 18,
      label: { id: 'Kanwil Kementerian Agama', en: 'Regional office, Ministry of Religious Affairs' },
    },
    { code: 'dinas_kesehatan', portalId: 19, label: { id: 'Dinas Kesehatan', en: 'Health agency' } },
    { code: 'dinas_sosial', portalId: 20, label: { id: 'Dinas Sosial', en: 'Social affairs agency' } },
    {
      code: 'dinas_pppa',
      portalId: 21,
      label: { id: 'Dinas PP dan PA', en: "Women's empowerment and child protection agency" },
    },
    { code: 'dinas_pendidikan', portalId: 22, label: { id: 'Dinas Pendidikan', en: 'Education agency' } },
    {
      code: 'dinas_olagraga',
      portalId: 23,
      label: { id: 'Dinas Pemuda dan Olahraga', en: 'Youth and sports agency' },
    },
    {
      code: 'dinas_pmds',
      portalId: 24,
      label: { id: 'Dinas Pemberdayaan dan Masyarakat Desa', en: 'Community and village empowerment agency' },
    },
    {
      code: 'pemerintah_daerah',
      portalId: 25,
      label: { id: 'Pemerintahan Daerah', en: 'Regional government' },
    },
    {
      code: 'odp_ppkb',
      portalId: 26,
      label: {
        id: 'OPD Pengendalian Penduduk dan KB',
        en: 'Population control and family planning office (OPD KB)',
      },
      excludedFromCrossSector: true,
    },
    {
      code: 'pemerindah_desa',
      portalId: 27,
      label: { id: 'Pemerintahan Desa/Lurah', en: 'Village or kelurahan government' },
    },
    {
      code: 'lembaga_pendidikan',
      portalId: 28,
      label: { id: 'Lembaga Pendidikan', en: 'Educational institution' },
    },
    { code: 'swasta', portalId: 29, label: { id: 'Swasta/Perusahaan', en: 'Private companies' } },
    {
      code: 'puskesmas',
      portalId: 30,
      label: { id: 'Puskesmas', en: 'Community health centre (Puskesmas)' },
    },
    { code: 'rumah_sakit', portalId: 31, label: { id: 'Rumah Sakit/Klinik', en: 'Hospital or clinic' } },
    {
      code: 'kmkb',
      portalId: 32,
      label: { id: 'Komponen Masyarakat Kampung KB', en: 'Kampung KB community members' },
    },
    { code: 'bps', portalId: 33, label: { id: 'BPS', en: 'Statistics Indonesia (BPS)' } },
    {
      code: 'perwakilan_bkkbn',
      portalId: 34,
      label: { id: 'Perwakilan BKKBN', en: 'BKKBN provincial representative' },
      excludedFromCrossSector: true,
    },
    {
      code: 'dinas_ketahanan_pangan',
      portalId: 35,
      label: { id: 'Dinas Ketahanan Pangan', en: 'Food security agency' },
    },
    {
      code: 'dinas_dpkh',
      portalId: 36,
      label: { id: 'Dinas Peternakan dan Kesehatan Hewan', en: 'Livestock and animal health agency' },
    },
    { code: 'lainnya', portalId: 37, label: { id: 'Lainnya', en: 'Other' } },
  ],
};

/** TypeBox schema of an agency code. */
export const Agency = codeSchema(agencies, 'Agency (instansi).');
/** @see {@link Agency} */
export type Agency = Static<typeof Agency>;
