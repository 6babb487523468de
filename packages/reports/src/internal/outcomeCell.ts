import type { KampungOutcome } from '@kampung-kb/indicators';
import type { Lang } from '@kampung-kb/model';
import type { ReportCell } from '../reportDocument.js';

/** The level cell of a kampung: its level, or "Tidak ada laporan" / "No report" (level `no-report`). */
export function outcomeCell(outcome: KampungOutcome, lang: Lang): ReportCell {
  return { kind: 'level', level: outcome.level ?? 'no-report', label: outcome.label[lang] };
}
