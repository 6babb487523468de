import type { Label, Lang } from '@kampung-kb/model';

/** Texts of the city recap's charts. */
export const RECAP_TEXT = {
  kampungCount: { id: 'Jumlah kampung', en: 'Number of kampung' },
  levelsDescription: { id: '{total} kampung: {parts}.', en: '{total} kampung: {parts}.' },
  rankingTitle: { id: 'Kampung menurut indeks output', en: 'Kampung ranked by the output index' },
  rankingDescription: {
    id: 'Indeks output tertinggi: {top} ({topValue}); terendah: {bottom} ({bottomValue}); {n} kampung dengan laporan bulanan.',
    en: 'Highest output index: {top} ({topValue}); lowest: {bottom} ({bottomValue}); {n} kampung with a monthly report.',
  },
  rankingEmpty: {
    id: 'Belum ada kampung dengan laporan bulanan untuk bulan ini.',
    en: 'No kampung has a monthly report for the month yet.',
  },
  trendSection: { id: 'Tren 12 bulan kota', en: 'The city’s 12-month trend' },
} satisfies Record<string, Label>;

/** A city recap chart text in one language, with `{name}` placeholders filled. */
export function recapText(
  key: keyof typeof RECAP_TEXT,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  return RECAP_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
