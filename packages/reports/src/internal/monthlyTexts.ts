import type { Label, Lang } from '@kampung-kb/model';

/** Texts of the monthly kampung report's charts. */
export const MONTHLY_TEXT = {
  methodMixTitle: { id: 'Peserta KB aktif menurut metode', en: 'Active users by method' },
  methodMixDescription: {
    id: 'Jumlah peserta KB aktif menurut metode ({methods} metode dilaporkan, total {total}); jumlah yang disamarkan dalam laporan publik tidak digambar.',
    en: 'Active users by method ({methods} methods reported, total {total}); counts hidden in a public report are not plotted.',
  },
  usersAxis: { id: 'Peserta', en: 'Users' },
  trendSection: { id: 'Tren 12 bulan', en: '12-month trend' },
} satisfies Record<string, Label>;

/** A monthly report chart text in one language, with `{name}` placeholders filled. */
export function monthlyText(
  key: keyof typeof MONTHLY_TEXT,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  return MONTHLY_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
