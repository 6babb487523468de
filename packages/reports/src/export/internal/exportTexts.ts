import type { Lang } from '@kampung-kb/model';

/** Texts of the XLSX export, in Indonesian and English. */
export const EXPORT_TEXTS: Readonly<
  Record<
    Lang,
    {
      readonly aboutSheet: string;
      readonly sheets: string;
      readonly sheet: string;
      readonly section: string;
      readonly title: string;
      readonly notes: string;
      readonly hiddenNote: string;
      readonly suppressedNote: (below: number) => string;
    }
  >
> = {
  id: {
    aboutSheet: 'Tentang',
    sheets: 'Lembar',
    sheet: 'Lembar',
    section: 'Bagian',
    title: 'Judul',
    notes: 'Catatan',
    hiddenNote:
      'Disembunyikan (×): dalam laporan publik, jumlah kecil, atau angka yang dapat dipakai untuk menghitungnya, tidak ditampilkan (kontrol pengungkapan).',
    suppressedNote: (below) => `Kurang dari ${below}: jumlah kecil tidak ditampilkan demi kerahasiaan.`,
  },
  en: {
    aboutSheet: 'About',
    sheets: 'Sheets',
    sheet: 'Sheet',
    section: 'Section',
    title: 'Title',
    notes: 'Notes',
    hiddenNote:
      'Hidden (×): in a public report, a small count, or a figure from which one could be worked out, is withheld (disclosure control).',
    suppressedNote: (below) => `Fewer than ${below}: a small count withheld for privacy.`,
  },
};
