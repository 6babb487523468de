import type { Lang } from '@kampung-kb/model';

/** Texts around a chart in HTML, in Indonesian and English. */
export const chartTexts = {
  /** The summary of the folded table that holds a chart's numbers. */
  data: { id: 'Angka', en: 'Data' },
} as const satisfies Record<string, Record<Lang, string>>;
