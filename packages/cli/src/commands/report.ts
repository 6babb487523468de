import { join, relative, resolve } from 'node:path';
import { computeKampungIndicators, latestPeriod } from '@kampung-kb/indicators';
import { type OutputFile, writeOutputFiles } from '@kampung-kb/kit';
import { type Issue, type Lang, maskIdentifiers } from '@kampung-kb/model';
import {
  cityRecap,
  monthlyKampungReport,
  type ReportContext,
  renderHtml,
  renderMarkdown,
} from '@kampung-kb/reports';
import { createDatasetValidator, type DatasetValidator, formatIssue } from '@kampung-kb/rules';
import type { CliIo } from '../cliIo.js';
import type { ReportOptions } from '../cliOptions.js';
import { EXIT } from '../exitCodes.js';
import { classificationOptions } from '../internal/classificationOptions.js';
import { displayText } from '../internal/displayText.js';
import { excludedCount, loadData, printExclusions } from '../internal/loadData.js';
import { programmeToday } from '../internal/programmeToday.js';
import { main } from '../main.js';
import { messagesFor } from '../messages/messagesFor.js';

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Runs `kkb report` on parsed options; `usage` prints a usage error and returns its exit code. */
export async function runReport(
  opts: ReportOptions,
  io: CliIo,
  lang: Lang,
  usage: (message: string) => number,
): Promise<number> {
  const m = messagesFor(lang);
  const classification = classificationOptions(opts, lang);
  if (!classification.ok) return usage(classification.message);
  let validator: DatasetValidator | undefined;
  // The report's month and the one before it (the latest two in the data without --period) are kept;
  // every record streams through the validator for the data-quality sections.
  const data = await loadData(opts.dir, io, lang, {
    monthly: { kind: 'window', months: 2, ...(opts.period ? { last: opts.period } : {}) },
    consumer: (programme) => {
      validator = createDatasetValidator({
        today: programmeToday(opts.today, programme?.city.code),
        ...(programme ? { cityCode: programme.city.code } : {}),
      });
      return (type, record, source) => validator?.add(type, record, source);
    },
  });
  if (!data || !validator) return EXIT.usage;
  const { accepted: dataset, records, programme } = data;
  printExclusions(records, lang, io);
  const period = opts.period ?? latestPeriod(dataset);
  if (period === undefined) {
    io.err(displayText(m.noMonthlyReports(opts.dir), lang));
    return EXIT.usage;
  }
  const results = computeKampungIndicators(dataset, period, classification.options);
  const previous = computeKampungIndicators(dataset, previousMonth(period), classification.options);
  const issuesByKampung = new Map<string, Issue[]>();
  for (const issue of validator.finish().issues) {
    const id = issue.location.kampungId;
    if (id === undefined) continue;
    const list = issuesByKampung.get(id);
    if (list) list.push(issue);
    else issuesByKampung.set(id, [issue]);
  }
  const previousById = new Map(previous.map((p) => [p.kampungId, p]));
  const ctx: ReportContext = {
    lang,
    regions: dataset.regions,
    ...(programme ? { programme } : {}),
    ...(opts.public ? { public: true } : {}),
  };
  const outDir = resolve(io.cwd, opts.out);
  const files: OutputFile[] = [];
  const recap = cityRecap({ results, dataset }, ctx);
  files.push(
    { path: `city-recap-${period}.md`, content: renderMarkdown(recap) },
    { path: `city-recap-${period}.html`, content: renderHtml(recap) },
  );
  for (const result of results) {
    const prev = previousById.get(result.kampungId);
    const issues = issuesByKampung.get(result.kampungId) ?? [];
    const doc = monthlyKampungReport({ dataset, result, issues, ...(prev ? { previous: prev } : {}) }, ctx);
    // No ID number in a file name either: the name is masked whole, as every printed line is, so a kampung id
    // whose digits run on into the month's (`1000000000` + `-2023-06`) is listed as the file written.
    const base = `kampung/${maskIdentifiers(`${result.kampungId}-${period}`)}`;
    files.push(
      { path: `${base}.md`, content: renderMarkdown(doc) },
      { path: `${base}.html`, content: renderHtml(doc) },
    );
  }
  const outcome = await writeOutputFiles(outDir, files, { protect: [resolve(io.cwd, opts.dir)] });
  if (!outcome.ok) {
    for (const i of outcome.issues) io.err(displayText(formatIssue(i, lang), lang));
    io.err(displayText(m.reportNotWritten(opts.out, outcome.written.length, files.length), lang));
    return EXIT.usage;
  }
  const written = outcome.written;
  if (opts.json) {
    io.out(JSON.stringify({ period, out: opts.out, files: written, records }, null, 2));
  } else {
    io.out(displayText(m.reportWritten(written.length, results.length, period, opts.out), lang));
    io.out(displayText(`  ${relative(io.cwd, join(outDir, `city-recap-${period}.html`))}`, lang));
  }
  const excluded = excludedCount(records);
  if (opts.strict && excluded > 0) {
    io.err(m.strictFailed(excluded));
    return EXIT.issues;
  }
  return EXIT.ok;
}

/**
 * `kkb report <dir> --out <dir> [--lang id|en] [--period YYYY-MM] [--public] [--strict] [--today YYYY-MM-DD]
 * [--cross-sector-exclusions <codes>] [--zero-denominator zero|missing] [--json]`: writes the city recap
 * (`city-recap-<period>.md/.html`) and one monthly report per kampung (`kampung/<id>-<period>.md/.html`)
 * in the chosen language, from accepted records only. Files are written only inside `--out`, never
 * through a symbolic link, atomically; `--out` may not be the root, the home directory or the data
 * directory (or contain it). `--public` suppresses small cells.
 *
 * @example
 * ```ts
 * await reportCommand(['examples/banjarmasin/data', '--out', 'out', '--lang', 'en'], processIo());
 * ```
 */
export function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  return main(['report', ...args], io);
}
