import type { Label, Lang } from '@kampung-kb/model';

/** Texts of the indicator trend chart ({@link indicatorTrendChart}). */
export const TREND_TEXT = {
  title: { id: 'Tren 12 bulan: {scope}', en: '12-month trend: {scope}' },
  city: { id: 'kota', en: 'city' },
  month: { id: 'Bulan', en: 'Month' },
  yTitle: { id: 'Persen (%)', en: 'Percent (%)' },
  target: { id: 'Target {name}', en: '{name} target' },
  series: {
    id: '{name}: {first} ({from}) menjadi {last} ({to}), perubahan {change} poin',
    en: '{name}: {first} ({from}) to {last} ({to}), a change of {change} points',
  },
  single: { id: '{name}: {last} ({to})', en: '{name}: {last} ({to})' },
  noValue: { id: '{name}: tidak ada nilai yang ditampilkan', en: '{name}: no value shown' },
  vsTarget: {
    id: 'target {year} {target}, capaian {achievement}',
    en: '{year} target {target}, achievement {achievement}',
  },
  onTrack: { id: 'sesuai jalur', en: 'on track' },
  offTrack: { id: 'belum sesuai jalur', en: 'not on track' },
  hiddenNote: {
    id: 'Titik bulan yang disamarkan dalam laporan publik tidak digambar.',
    en: 'Months hidden in the public report are not plotted.',
  },
  empty: { id: 'Belum ada data bulanan.', en: 'No monthly data yet.' },
} satisfies Record<string, Label>;

/** A trend chart text in one language, with `{name}` placeholders filled. */
export function trendText(
  key: keyof typeof TREND_TEXT,
  lang: Lang,
  vars: Record<string, string | number> = {},
): string {
  return TREND_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
