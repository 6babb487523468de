import { similarNames } from '@kampung-kb/kit';
import type { Lang } from '@kampung-kb/model';
import { z } from 'zod';
import { messagesFor } from '../messages/messagesFor.js';

/** The formats `kkb report --format` writes. */
export const REPORT_FORMATS = ['html', 'md', 'pdf', 'xlsx', 'csv'] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What `--format` writes when not given. */
export const DEFAULT_REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md'];

const ReportFormatList = z.array(z.enum(REPORT_FORMATS)).min(1);

/**
 * `--format html,md,pdf`: the formats, each once in the order given (case and spaces ignored), checked
 * with zod; an unknown one is a usage message naming it, with the closest known names.
 */
export function parseReportFormats(
  text: string | undefined,
  lang: Lang,
): { ok: true; formats: readonly ReportFormat[] } | { ok: false; message: string } {
  if (text === undefined) return { ok: true, formats: DEFAULT_REPORT_FORMATS };
  const m = messagesFor(lang);
  const names = [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== ''),
    ),
  ];
  const r = ReportFormatList.safeParse(names);
  if (r.success) return { ok: true, formats: r.data };
  const unknown = names.find((n) => !(REPORT_FORMATS as readonly string[]).includes(n));
  if (unknown === undefined)
    return { ok: false, message: m.invalidValue('--format', m.reportFormatEmpty(REPORT_FORMATS)) };
  const line = m.invalidValue('--format', m.reportFormatUnknown(unknown, REPORT_FORMATS));
  const near = similarNames(unknown, REPORT_FORMATS);
  return { ok: false, message: near.length > 0 ? `${line}\n${m.didYouMean(near)}` : line };
}
