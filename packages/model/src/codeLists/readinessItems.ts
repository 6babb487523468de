import type { CodeItem, CodeList } from '../codeList.js';
import type { Label } from '../label.js';

/** Codes of {@link readinessItems}. */
export type ReadinessItemCode =
  | 'mayorPolicy'
  | 'perda'
  | 'rpjmdPriority'
  | 'apbdBudget'
  | 'pokjaKota'
  | 'agencyCommitments'
  | 'csrPartners'
  | 'urunRembug'
  | 'monthlyReporting'
  | 'familyData'
  | 'fieldWorkers';

/** One step of a city's readiness: its default weight and the next step to take when it is not done. */
export interface ReadinessItem extends CodeItem<ReadinessItemCode> {
  /** Default weight in the readiness score (a city may override it in `programme.json`). */
  readonly weight: number;
  /** What to do next when the step is not done. */
  readonly nextStep: Label;
}

/**
 * The sustainability steps of the seed programme (Banjarmasin's Kampung KB–Kampung Baiman), as a
 * checklist a city replicating it works through: the mayor's policy, a Perda, an RPJMD priority, a budget
 * line, a city working group (Pokja Kota) with its lead agency and decree, agencies and CSR partners that
 * committed to intervene, community deliberation (urun rembug warga) in each kampung, monthly Pokja
 * reporting, family data (Pendataan Keluarga) and a family-planning field worker (PKB/PLKB) per kampung.
 *
 * Weights: the three policy steps that keep the programme alive after a change of mayor (policy, Perda,
 * RPJMD priority) and the budget line weigh 2; the others 1. They are the SDK's defaults, not an official
 * scoring; a city sets its own in `programme.json`.
 *
 * Source: Banjarmasin's programme as described by KemenPANRB's Top 99 public-service innovations 2020 and
 * the city's publications (docs/sources.md); Inpres 3/2022 for the role of regional policy and budgets.
 *
 * @example
 * ```ts
 * codeLabel(readinessItems, 'pokjaKota', 'id'); // 'Pokja Kampung KB tingkat kota dengan SK'
 * ```
 */
export const readinessItems: CodeList<ReadinessItemCode, ReadinessItem> = {
  id: 'readiness-items',
  version: '2026.1',
  label: { id: 'Kesiapan program kota', en: 'City programme readiness' },
  source: 'Kampung KB SDK (sustainability steps of Banjarmasin Kampung KB–Kampung Baiman; Inpres 3/2022)',
  items: [
    {
      code: 'mayorPolicy',
      weight: 2,
      label: {
        id: 'Kebijakan wali kota/bupati (Perwali/Perbup atau SK)',
        en: "Mayor's or regent's policy (Perwali/Perbup or decree)",
      },
      nextStep: {
        id: 'Siapkan rancangan Perwali/Perbup atau SK tentang Kampung KB dan ajukan ke bagian hukum',
        en: 'Draft a Perwali/Perbup or decree on Kampung KB and submit it to the legal office',
      },
    },
    {
      code: 'perda',
      weight: 2,
      label: { id: 'Peraturan daerah (Perda)', en: 'Regional regulation (Perda)' },
      nextStep: {
        id: 'Usulkan Kampung KB masuk program pembentukan Perda (Propemperda) bersama DPRD',
        en: 'Propose Kampung KB for the regional legislation programme (Propemperda) with the DPRD',
      },
    },
    {
      code: 'rpjmdPriority',
      weight: 2,
      label: { id: 'Prioritas dalam RPJMD', en: 'Priority in the RPJMD (medium-term plan)' },
      nextStep: {
        id: 'Masukkan Kampung KB sebagai program prioritas pada RPJMD/Renstra perangkat daerah',
        en: 'Put Kampung KB in the RPJMD and agency strategic plans (Renstra) as a priority programme',
      },
    },
    {
      code: 'apbdBudget',
      weight: 2,
      label: { id: 'Mata anggaran APBD', en: 'APBD budget line' },
      nextStep: {
        id: 'Usulkan mata anggaran Kampung KB dalam RKA perangkat daerah untuk APBD tahun depan',
        en: "Propose a Kampung KB budget line in the agencies' work plans (RKA) for next year's APBD",
      },
    },
    {
      code: 'pokjaKota',
      weight: 1,
      label: {
        id: 'Pokja Kampung KB tingkat kota dengan SK',
        en: 'City working group (Pokja Kota) with a decree',
      },
      nextStep: {
        id: 'Bentuk Pokja Kota dengan SK, tetapkan perangkat daerah pengampu (di Banjarmasin: Barenlitbangda)',
        en: 'Form the Pokja Kota by decree and name its lead agency (Barenlitbangda in Banjarmasin)',
      },
    },
    {
      code: 'agencyCommitments',
      weight: 1,
      label: {
        id: 'Perangkat daerah (SKPD) yang berkomitmen melakukan intervensi',
        en: 'City agencies (SKPD) committed to intervene',
      },
      nextStep: {
        id: 'Himpun komitmen intervensi tiap SKPD dalam rapat Pokja Kota dan catat di rencana kerja',
        en: "Collect each agency's intervention commitment at a Pokja Kota meeting and record it in the work plan",
      },
    },
    {
      code: 'csrPartners',
      weight: 1,
      label: { id: 'Mitra CSR', en: 'CSR partners' },
      nextStep: {
        id: 'Petakan perusahaan di wilayah kota dan ajak mereka mengarahkan CSR ke Kampung KB',
        en: 'Map the companies in the city and invite them to steer their CSR to Kampung KB',
      },
    },
    {
      code: 'urunRembug',
      weight: 1,
      label: {
        id: 'Urun rembug warga di setiap kampung',
        en: 'Community deliberation (urun rembug warga) in each kampung',
      },
      nextStep: {
        id: 'Jadwalkan urun rembug warga di kampung yang belum, catat usulannya di proposals.csv',
        en: 'Schedule urun rembug warga where none was held and record the proposals in proposals.csv',
      },
    },
    {
      code: 'monthlyReporting',
      weight: 1,
      label: { id: 'Laporan bulanan Pokja berjalan', en: 'Monthly Pokja reporting running' },
      nextStep: {
        id: 'Bagikan buku kerja kkb template ke operator Pokja dan tetapkan tanggal setor tiap bulan',
        en: 'Give Pokja operators the kkb template workbook and set a monthly due date',
      },
    },
    {
      code: 'familyData',
      weight: 1,
      label: {
        id: 'Data keluarga (Pendataan Keluarga) tersedia',
        en: 'Family data (Pendataan Keluarga) available',
      },
      nextStep: {
        id: 'Minta data PK tingkat kelurahan/desa dari perwakilan BKKBN provinsi',
        en: "Request village-level family data (PK) from the province's BKKBN office",
      },
    },
    {
      code: 'fieldWorkers',
      weight: 1,
      label: {
        id: 'PKB/PLKB ditugaskan di setiap kampung',
        en: 'A family-planning field worker (PKB/PLKB) assigned to each kampung',
      },
      nextStep: {
        id: 'Tetapkan PKB/PLKB pendamping untuk setiap kampung dan catat di profil kampung',
        en: 'Assign a PKB/PLKB to each kampung and record them in the kampung profile',
      },
    },
  ],
};
