import { formatCount, plural } from '../internal/plural.js';
import type { Messages } from './messages.js';

/** The English catalogue. */
export const en: Messages = {
  excludedHeadline: (excluded, read) =>
    `${formatCount('en', excluded)} of ${plural('en', read, { one: 'record', other: 'records' })} left out of the computation:`,
  excludedReason: (reason, n, conflicting) => {
    if (reason === 'schema-invalid')
      return plural('en', n, { one: 'invalid record', other: 'invalid records' });
    if (reason === 'unknown-kampung')
      return plural('en', n, { one: 'record of an unknown kampung', other: 'records of unknown kampung' });
    const d = plural('en', n, { one: 'duplicate', other: 'duplicates' });
    return conflicting > 0
      ? `${d} (${plural('en', conflicting, { other: '{n} differing from the first' })})`
      : d;
  },
  excludedFile: (file, excluded, read, reasons) =>
    `  ${file}: ${formatCount('en', excluded)} of ${formatCount('en', read)} — ${reasons}`,
  excludedHint: "  Run 'kkb validate' for the details; of duplicates the first is used.",
  strictFailed: (excluded) =>
    `--strict: ${plural('en', excluded, { one: 'record was', other: 'records were' })} left out, so the exit code is 1.`,
  dataUnreadable: (dir, problems) =>
    `The data in '${dir}' cannot be read (${plural('en', problems, { one: 'problem', other: 'problems' })}).`,
  reportNotWritten: (out, written, total) =>
    `The reports were not all written to '${out}': ${formatCount('en', written)} of ${plural('en', total, { one: 'file', other: 'files' })} written.`,
  notDataDir: (dir) =>
    `'${dir}' is not a data directory: it has no data file (regions, kampung, profiles, population, monthly, interventions, proposals, budgets; .csv or .json) and no programme.json/programme.yaml.`,
};
